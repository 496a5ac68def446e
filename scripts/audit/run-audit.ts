import type { CheckRecord, Finding, FindingsFile } from '../../contract/files.ts';
import type { ParsedReport } from '../lib/model.ts';
import type { Rule } from './check.ts';
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

const SEVERITY_ORDER = { high: 0, medium: 1, low: 2, 'could-not-check': 3 } as const;

export interface AuditResult {
  file: FindingsFile;
  checks: CheckRecord[];
}

/** Runs every rule; a finding for each check that failed or could not run, most severe first. */
export function runAudit(report: ParsedReport, rules: Rule[] = RULES): AuditResult {
  const results = rules.flatMap((rule) => rule.run(report));
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
  const findings = results
    .flatMap((r) => (r.finding ? [r.finding] : []))
    .sort(
      (a: Finding, b: Finding) =>
        SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
        (a.source_lines[0] ?? 0) - (b.source_lines[0] ?? 0) ||
        a.id.localeCompare(b.id),
    );
  return {
    checks,
    file: {
      source_file: report.file,
      source_sha256: report.sha256,
      checks_run: checks.filter((c) => c.status !== 'could-not-check').length,
      checks_passed: checks.filter((c) => c.status === 'passed').length,
      checks_failed: checks.filter((c) => c.status === 'failed').length,
      checks_could_not_run: checks.filter((c) => c.status === 'could-not-check').length,
      findings,
    },
  };
}
