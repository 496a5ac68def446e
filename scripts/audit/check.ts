import { createHash } from 'node:crypto';
import type { CheckRecord, Finding, Severity } from '../../contract/files.ts';
import type { ParsedReport, Quoted } from '../lib/model.ts';
import { halfUnit, round, type Fig } from '../lib/read-figures.ts';

/** The outcome of one check: a record for checks.json and, when it did not pass, a finding. */
export interface CheckResult {
  record: CheckRecord;
  finding: Finding | null;
}

export interface Rule {
  /** stable id, used in finding ids and test names */
  id: string;
  run(report: ParsedReport): CheckResult[];
}

/** A Chinese name in English for English messages, quoted; the Chinese as printed where the glossary has none. */
export const enName = (r: ParsedReport, zh: string) => quoted(r.names_en[zh] ?? zh);
/** “name”, unless the name already starts with a quotation mark */
export const quoted = (name: string) => (/^[“"]/.test(name) ? name : `“${name}”`);

/** A stable, URL-safe key for what a check is about. */
export function key(...parts: (string | number | null | undefined)[]): string {
  const text = parts.filter((p) => p !== null && p !== undefined && p !== '').join('/');
  const ascii = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return ascii && /^\p{ASCII}*$/u.test(text) ? ascii : createHash('sha1').update(text).digest('hex').slice(0, 8);
}

export const lines = (...q: (Quoted | null | undefined)[]) =>
  [...new Set(q.flatMap((x) => x?.lines ?? []))].sort((a, b) => a - b);
export const quotes = (...q: (Quoted | null | undefined)[]) =>
  [...new Set(q.filter(Boolean).map((x) => x!.quote))].join(' … ');

/** What every check says about itself: the rule, what it is about, the claim in words and where it stands. */
interface CheckSpec {
  rule: Rule | { id: string };
  subject: string;
  /** what the report claims, in words: 「科学技术支出占比75.77%」 */
  claim_zh: string;
  claim_en: string;
  from: (Quoted | null | undefined)[];
}

/** The record of a check and, unless it passed (`null`), its finding, with the fields both share filled in. */
function result(
  spec: CheckSpec,
  finding: Pick<Finding, 'severity' | 'printed' | 'recomputed' | 'message_zh' | 'message_en'> | null,
): CheckResult {
  const id = `${spec.rule.id}/${spec.subject}`;
  const source_lines = lines(...spec.from);
  const status = !finding ? 'passed' : finding.severity === 'could-not-check' ? 'could-not-check' : 'failed';
  return {
    record: {
      id,
      rule: spec.rule.id,
      status,
      source_lines,
      description_zh: spec.claim_zh,
      description_en: spec.claim_en,
    },
    finding: finding && {
      id,
      rule: spec.rule.id,
      severity: finding.severity,
      claim: spec.claim_zh,
      printed: finding.printed,
      recomputed: finding.recomputed,
      source_lines,
      quote: quotes(...spec.from),
      message_zh: finding.message_zh,
      message_en: finding.message_en,
    },
  };
}

interface CompareSpec extends CheckSpec {
  printed: Fig;
  recomputed: number;
  /** extra rounding slack, e.g. for a sum of rounded parts */
  slack?: number;
  severity: Exclude<Severity, 'could-not-check'>;
  unit?: string;
}

/**
 * Compares a printed figure with its recomputed value at the printed precision. Off by less than one unit of
 * the last printed digit (truncated instead of rounded) is a low-severity finding; more is the rule's severity.
 */
export function compare(spec: CompareSpec): CheckResult {
  const { printed, recomputed } = spec;
  const diff = Math.abs(printed.value - recomputed);
  if (diff <= halfUnit(printed) + (spec.slack ?? 0) + 1e-9) return result(spec, null);
  const near = diff < 2 * halfUnit(printed) + (spec.slack ?? 0) + 1e-9;
  const shown = round(recomputed, Math.max(printed.decimals, 2));
  const u = spec.unit ?? '';
  // English states amounts in CNY million, as the English pages and charts do: 687.92 万元 is CNY 6.8792 million
  const en = (text: string) => (u === '万元' ? `CNY ${wanAsMillion(text)} million` : `${text}${u}`);
  return result(spec, {
    severity: near ? 'low' : spec.severity,
    printed: printed.value,
    recomputed: shown,
    message_zh: `${spec.claim_zh}：报告为${printed.text}${u}，按报告其他数字重算为${shown}${u}${near ? '（差异小于末位一个单位，疑为截断而非四舍五入）' : ''}。`,
    message_en: `${spec.claim_en}. The report prints ${en(printed.text)}; recomputed from its other figures, it is ${en(String(shown))}${near ? ' (less than one unit in the last printed digit: truncated rather than rounded)' : ''}.`,
  });
}

/**
 * An amount in 万元 as printed (`687.92`, `-16.5`, `1,040`), written in millions: the decimal point moved two
 * places, every printed digit kept.
 * @example wanAsMillion('687.92') // '6.8792'
 * @example wanAsMillion('5504.37') // '55.0437'
 */
export function wanAsMillion(text: string): string {
  const m = /^(-?)([\d,]*)(?:\.(\d+))?$/.exec(text.trim());
  if (!m) throw new Error(`not an amount: ${JSON.stringify(text)}`);
  const [, sign, whole = '', frac = ''] = m;
  const digits = (whole.replace(/,/g, '') || '0').padStart(3, '0');
  const int = digits.slice(0, -2).replace(/^0+(?=\d)/, '');
  const rest = `${digits.slice(-2)}${frac}`.replace(/0+$/, '');
  const millions = Number(int).toLocaleString('en-US');
  return `${sign}${millions}${rest ? `.${rest}` : ''}`;
}

/** A check that could not run (a figure it needs is missing or the table lost cells): said, never passed. */
export function couldNotCheck(
  rule: Rule | { id: string },
  subject: string,
  zh: string,
  en: string,
  from: (Quoted | null | undefined)[],
): CheckResult {
  return result(
    { rule, subject, claim_zh: zh, claim_en: en, from },
    { severity: 'could-not-check', printed: null, recomputed: null, message_zh: zh, message_en: en },
  );
}

/** A check that is not about a number (a label, a year): passed or a finding of the given severity. */
export function assertThat(
  spec: CheckSpec & {
    ok: boolean;
    severity: Exclude<Severity, 'could-not-check'>;
    printed: string | number | null;
    expected: string | number | null;
    message_zh: string;
    message_en: string;
  },
): CheckResult {
  if (spec.ok) return result(spec, null);
  const { severity, printed, expected: recomputed, message_zh, message_en } = spec;
  return result(spec, { severity, printed, recomputed, message_zh, message_en });
}

/**
 * Slack for a sum of printed parts: each part may be off by half a unit of its own precision. A printed 0 is
 * exact, and a part printed with fewer decimals than the total (`1040` beside `4353.02`) is taken as printed
 * without its trailing zeros, not as rounded to whole units.
 */
export const sumSlack = (parts: Fig[], total?: Fig) =>
  parts.reduce(
    (s, p) => s + (p.value === 0 ? 0 : halfUnit({ decimals: Math.max(p.decimals, total?.decimals ?? 0) })),
    0,
  );
export const sum = (figs: Fig[]) => figs.reduce((s, f) => s + f.value, 0);

/** Compares a printed total with the sum of its printed parts, allowing each part's rounding (`sumSlack`). */
export const compareSum = (spec: Omit<CompareSpec, 'recomputed' | 'slack'> & { parts: Fig[] }) =>
  compare({ ...spec, recomputed: sum(spec.parts), slack: sumSlack(spec.parts, spec.printed) });
