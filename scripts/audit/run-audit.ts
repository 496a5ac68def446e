import type { CheckRecord, Finding, FindingsFile } from '../../contract/files.ts';
import type { ParsedReport } from '../lib/model.ts';
import { at, couldNotCheck, type CheckResult, type Rule } from './check.ts';
import { evaluationRules } from './rules/evaluation-rules.ts';
import { otherRules } from './rules/other-rules.ts';
import { overviewRules } from './rules/overview-rules.ts';
import { projectRules } from './rules/project-rules.ts';
import { spendingRules } from './rules/spending-rules.ts';
import { statementRules } from './rules/statement-rules.ts';

export const RULES: Rule[] = [
  ...overviewRules,
  ...spendingRules,
  ...otherRules,
  ...evaluationRules,
  ...projectRules,
  ...statementRules,
];

/**
 * The sections a rule compares figures of. A report without one of them (a partial report) does not run the
 * rule: the audit runs on what is there, and a figure of an absent section is neither passed nor failed.
 * Rules not listed read only sections whose absence leaves them nothing to check.
 */
const NEEDS: Record<string, string[]> = {
  'basic-expenditure-twice': ['totals', 'basic_expenditure'],
  'spending-total': ['spending'],
  'spending-share': ['spending'],
  'spending-stated-twice': ['spending'],
  'subcategory-sum': ['spending'],
  'spending-change': ['spending'],
  'spending-growth': ['spending'],
  'evaluation-vs-projects': ['eval_summary', 'self_eval'],
};

/** 「北京市丰台区XX局2020年度」: whose accounts and which year, for messages about what a report left out. */
const whose = (r: ParsedReport) => `${r.department_zh ?? ''}${r.year}年度`;

/**
 * Where the report prints no prior-year figure, the prior year is derived as amount − change: the change then
 * cannot be checked (it would agree by construction) and the growth is checked as change ÷ (amount − change).
 * The messages say so, naming the department and year.
 */
function withDerivedPriors(report: ParsedReport, results: CheckResult[]): CheckResult[] {
  const derived = new Map(report.overview.totals.filter((t) => t.prior_derived).map((t) => [t.metric, t]));
  if (!derived.size) return results;
  return results.map((res) => {
    const [rule, subject] = [res.record.rule, res.record.id.slice(res.record.rule.length + 1)];
    const t = [...derived.values()].find((x) => x.metric.replace(/_/g, '-') === subject);
    if (!t) return res;
    const zh = `${whose(report)}${t.name_zh}未列出${t.prior_label_zh}数`;
    const en = `${report.department_zh ? `${report.department_zh}, ` : ''}${report.year}: the report prints no prior-year figure for ${t.metric.replace(/_/g, ' ')}`;
    if (rule === 'totals-change')
      return couldNotCheck(
        { id: rule },
        subject,
        `${zh}，增减额无法核对`,
        `${en}; the change cannot be checked`,
        [t],
        at('overview-totals', [t.metric], 'change_wan'),
      );
    if (rule === 'totals-growth') {
      const note = (x: string, e: boolean) =>
        e ? `${x} (${en}: the prior year is derived as amount − change)` : `${x}（${zh}，上年数按本年数减增减额推算）`;
      res.record.description_zh = note(res.record.description_zh, false);
      res.record.description_en = note(res.record.description_en, true);
      if (res.finding) {
        res.finding.claim = res.record.description_zh;
        res.finding.message_zh = note(res.finding.message_zh.replace(/。$/, ''), false) + '。';
        res.finding.message_en = note(res.finding.message_en.replace(/\.$/, ''), true) + '.';
      }
    }
    return res;
  });
}

/**
 * A finding's anchor on the audit page (finding ids contain `/`): `finding-` + its id, each run of characters
 * other than A–Z, a–z, 0–9 and `-` written `-` (`totals-growth/income` → `finding-totals-growth-income`).
 */
export function findingAnchor(id: string): string {
  return `finding-${id.replace(/[^A-Za-z0-9-]+/g, '-')}`;
}

/**
 * Each finding with its anchor, right after its id; two ids that write the same anchor (`a/b-c`, `a-b/c`) get
 * `-2`, `-3`, … after the first, so every anchor on the audit page is its own.
 */
export function withAnchors<F extends { id: string }>(findings: readonly F[]): (F & { anchor: string })[] {
  const seen = new Map<string, number>();
  return findings.map(({ id, ...rest }) => {
    const anchor = findingAnchor(id);
    const n = (seen.get(anchor) ?? 0) + 1;
    seen.set(anchor, n);
    return { id, anchor: n > 1 ? `${anchor}-${n}` : anchor, ...rest } as F & { anchor: string };
  });
}

const SEVERITY_ORDER = { high: 0, medium: 1, low: 2, 'could-not-check': 3 } as const;

export interface AuditResult {
  file: FindingsFile;
  checks: CheckRecord[];
}

/**
 * A check that failed on figures of the line a cut-off report breaks off in (a list whose last items are lost)
 * says it could not check, naming the department, year and line, instead of reporting a wrong sum.
 */
function withCutOff(report: ParsedReport, results: CheckResult[]): CheckResult[] {
  const n = report.cut_line;
  if (!n) return results;
  return results.map((res) =>
    res.record.status === 'failed' && res.record.source_lines.includes(n)
      ? couldNotCheck(
          { id: res.record.rule },
          res.record.id.slice(res.record.rule.length + 1),
          `${whose(report)}报告在第${n}行中断，${res.record.description_zh}无法核对`,
          `${report.department_zh ? `${report.department_zh}, ` : ''}${report.year}: the report breaks off at line ${n}; ${res.record.description_en.replace(/^./, (c) => c.toLowerCase())} cannot be checked`,
          [{ lines: res.record.source_lines, quote: res.finding?.quote ?? '' }],
          res.record.figures,
        )
      : res,
  );
}

/** Runs every rule; a finding for each check that failed or could not run, most severe first. */
export function runAudit(report: ParsedReport, rules: Rule[] = RULES): AuditResult {
  const absent = new Set(report.missing);
  const runnable = rules.filter((rule) => !(NEEDS[rule.id] ?? []).some((id) => absent.has(id)));
  const results = withCutOff(
    report,
    withDerivedPriors(
      report,
      runnable.flatMap((rule) => rule.run(report)),
    ),
  );
  // the same subject stated twice (a repeated line) gets a numbered id, in report order
  const seen = new Map<string, number>();
  for (const r of results) {
    const n = (seen.get(r.record.id) ?? 0) + 1;
    seen.set(r.record.id, n);
    if (n > 1) {
      r.record.id = `${r.record.id}-${n}`;
      if (r.finding) r.finding.id = r.record.id;
    }
  }
  const checks = results.map((r) => r.record);
  const findings: Finding[] = withAnchors(
    results
      .flatMap((r) => (r.finding ? [r.finding] : []))
      .sort(
        (a, b) =>
          SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
          (a.source_lines[0] ?? 0) - (b.source_lines[0] ?? 0) ||
          a.id.localeCompare(b.id),
      ),
  );
  return {
    checks,
    file: {
      source_file: report.file,
      source_sha256: report.sha256,
      checks_total: checks.length,
      checks_run: checks.filter((c) => c.status !== 'could-not-check').length,
      checks_passed: checks.filter((c) => c.status === 'passed').length,
      checks_failed: checks.filter((c) => c.status === 'failed').length,
      checks_could_not_run: checks.filter((c) => c.status === 'could-not-check').length,
      findings,
    },
  };
}
