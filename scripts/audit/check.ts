import { createHash } from 'node:crypto';
import type { CheckRecord, FigureRef, Finding, Severity, WrongBase } from '../../contract/files.ts';
import { FIGURES, type TableName } from '../../contract/tables.ts';
import type { ParsedReport, Quoted } from '../lib/model.ts';
import { halfUnit, round, type Fig } from '../lib/read-figures.ts';
import { unitOf, wanAsMillion } from '../../contract/units.ts';

/** A finding as a rule makes it: all but its anchor, which runAudit gives it once its id is final. */
export type FindingDraft = Omit<Finding, 'anchor'>;

/** The outcome of one check: a record for checks.json and, when it did not pass, a finding. */
export interface CheckResult {
  record: CheckRecord;
  finding: FindingDraft | null;
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

/**
 * Figures of a derived table row: `at('spending', ['category', '教育支出'], 'final_wan')`. The key values are the
 * row's TABLE_KEYS columns in order (none for a one-row table).
 * @throws on a column that is not one of the table's FIGURES
 */
export function at(table: TableName, key: readonly (string | number)[], ...columns: string[]): FigureRef[] {
  for (const column of columns)
    if (!(FIGURES[table] as readonly string[]).includes(column))
      throw new Error(`at: ${column} is not a figure of ${table} (contract/tables.ts FIGURES)`);
  return columns.map((column) => ({ table, row: key.join('/'), column }));
}

/** What every check says about itself: the rule, what it is about, the claim in words and where it stands. */
interface CheckSpec {
  rule: Rule | { id: string };
  subject: string;
  /** what the report claims, in words: 「科学技术支出占比75.77%」 */
  claim_zh: string;
  claim_en: string;
  from: (Quoted | null | undefined)[];
  /** the figures the check is about: a failure puts them in conflict */
  figures: FigureRef[];
  /** the figures the claim is recomputed from: consistent when the check passes */
  inputs?: FigureRef[];
}

/**
 * The unit of a finding's printed and recomputed values: the one the check compared in, else the unit of the
 * column of the figure it is about (a score in `points`); null where the values are not numbers.
 */
function valueUnit(
  finding: { printed: unknown; recomputed: unknown; unit?: string },
  figures: FigureRef[],
): Finding['unit'] {
  if (typeof finding.printed !== 'number' && typeof finding.recomputed !== 'number') return null;
  const unit = finding.unit || (figures[0] ? unitOf(figures[0]) : null);
  return unit === '万元' || unit === '%' || unit === 'points' || unit === 'count' ? unit : null;
}

/** The record of a check and, unless it passed (`null`), its finding, with the fields both share filled in. */
function result(
  spec: CheckSpec,
  finding:
    | (Pick<Finding, 'severity' | 'printed' | 'recomputed' | 'message_zh' | 'message_en'> & {
        wrong_base?: WrongBase | null;
        unit?: string;
      })
    | null,
): CheckResult {
  const figures = spec.figures;
  const inputs = spec.inputs ?? [];
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
      figures,
      inputs,
    },
    finding: finding && {
      id,
      rule: spec.rule.id,
      severity: finding.severity,
      claim: spec.claim_zh,
      printed: finding.printed,
      recomputed: finding.recomputed,
      unit: valueUnit(finding, figures),
      source_lines,
      quote: quotes(...spec.from),
      message_zh: finding.message_zh,
      message_en: finding.message_en,
      figures,
      inputs,
      wrong_base: finding.wrong_base ?? null,
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
  /** a growth rate: this year's figure and its base, so that a wrong rate can be explained (`wrongBase`) */
  growth?: { current: number; base: number };
}

const WRONG_BASE_WORDS: Record<WrongBase['kind'], { zh: string; en: string; why_zh: string; why_en: string }> = {
  'change-over-current': {
    zh: '增减额除以本年数',
    en: 'the change divided by this year’s figure',
    why_zh: '疑以本年数而非比较基数为分母',
    why_en: 'this year’s figure taken as the base',
  },
  ratio: {
    zh: '本年数除以比较基数的比值',
    en: 'this year’s figure divided by the base',
    why_zh: '疑把比值当作增长率印出',
    why_en: 'a ratio printed as a growth rate',
  },
  'percent-times-100': {
    zh: '正确增长率乘以100',
    en: 'the right growth rate times 100',
    why_zh: '疑百分数错了100倍',
    why_en: 'a percentage off by a factor of 100',
  },
  'percent-over-100': {
    zh: '正确增长率除以100',
    en: 'the right growth rate divided by 100',
    why_zh: '疑百分数错了100倍',
    why_en: 'a percentage off by a factor of 100',
  },
};

/**
 * What a wrong printed growth rate is instead, where one of the usual slips reproduces it at its printed
 * precision: the change over this year's figure, the ratio of the two years, or the right rate off by 100 (with
 * the sign as printed, else reversed). Null where none does.
 */
export function wrongBase(printed: Fig, current: number, base: number): WrongBase | null {
  const right = base ? ((current - base) / base) * 100 : null;
  const candidates: [WrongBase['kind'], number | null][] = [
    ['change-over-current', current ? ((current - base) / current) * 100 : null],
    ['ratio', base ? (current / base) * 100 : null],
    ['percent-times-100', right === null ? null : right * 100],
    ['percent-over-100', right === null ? null : right / 100],
  ];
  const near = (x: number) => Math.abs(x - printed.value) <= halfUnit(printed) + 1e-9;
  for (const reversed of [false, true]) {
    for (const [kind, value] of candidates) {
      if (value === null || value === 0) continue;
      if (near(reversed ? -value : value))
        return { kind, value: round(value, Math.max(printed.decimals, 2)), sign_reversed: reversed };
    }
  }
  return null;
}

function wrongBaseWords(w: WrongBase, unit: string): { zh: string; en: string } {
  const words = WRONG_BASE_WORDS[w.kind];
  return {
    zh: `所印数字与${words.zh}（${w.value}${unit}）相符${w.sign_reversed ? '（符号相反）' : ''}，${words.why_zh}。`,
    en: ` The printed figure matches ${words.en} (${w.value}${unit})${w.sign_reversed ? ' with the sign reversed' : ''}: ${words.why_en}.`,
  };
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
  const wrong = spec.growth && !near ? wrongBase(printed, spec.growth.current, spec.growth.base) : null;
  const why = wrong ? wrongBaseWords(wrong, u) : { zh: '', en: '' };
  return result(spec, {
    severity: near ? 'low' : spec.severity,
    printed: printed.value,
    recomputed: shown,
    unit: u,
    message_zh: `${spec.claim_zh}：报告为${printed.text}${u}，按报告其他数字重算为${shown}${u}${near ? '（差异小于末位一个单位，疑为截断而非四舍五入）' : ''}。${why.zh}`,
    message_en: `${spec.claim_en}. The report prints ${en(printed.text)}; recomputed from its other figures, it is ${en(String(shown))}${near ? ' (less than one unit in the last printed digit: truncated rather than rounded)' : ''}.${why.en}`,
    wrong_base: wrong,
  });
}

/** A check that could not run (a figure it needs is missing or the table lost cells): said, never passed. */
export function couldNotCheck(
  rule: Rule | { id: string },
  subject: string,
  zh: string,
  en: string,
  from: (Quoted | null | undefined)[],
  figures: FigureRef[],
): CheckResult {
  return result(
    { rule, subject, claim_zh: zh, claim_en: en, from, figures },
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
export const sumSlack = (parts: Fig[], total: Fig) =>
  parts.reduce((s, p) => s + (p.value === 0 ? 0 : halfUnit({ decimals: Math.max(p.decimals, total.decimals) })), 0);
export const sum = (figs: Fig[]) => figs.reduce((s, f) => s + f.value, 0);

/** Compares a printed growth rate in % with (current − base) / base, explaining a wrong one (`wrongBase`). */
export const compareGrowth = ({
  current,
  base,
  ...spec
}: Omit<CompareSpec, 'recomputed' | 'unit' | 'growth'> & { current: number; base: number }) =>
  compare({ ...spec, unit: '%', recomputed: ((current - base) / base) * 100, growth: { current, base } });

/**
 * A total row and its part rows of one table, for compareSum: each row's printed figure and, cited, the same rows'
 * cells on `column` (`cell` gives a row's key and figure), so that a finding cites exactly what was summed.
 */
export function sumOfRows<T>(
  table: TableName,
  column: string,
  total: T,
  parts: readonly T[],
  cell: (x: T) => [key: readonly (string | number)[], printed: Fig],
) {
  return {
    printed: cell(total)[1],
    parts: parts.map((x) => cell(x)[1]),
    figures: at(table, cell(total)[0], column),
    inputs: parts.flatMap((x) => at(table, cell(x)[0], column)),
  };
}

/** Compares a printed total with the sum of its printed parts, allowing each part's rounding (`sumSlack`). */
export const compareSum = (spec: Omit<CompareSpec, 'recomputed' | 'slack'> & { parts: Fig[] }) =>
  compare({ ...spec, recomputed: sum(spec.parts), slack: sumSlack(spec.parts, spec.printed) });
