import type { ReportLine } from '../lib/load-report.ts';
import type { Breakdown, Overview, PartItem, Staff, TotalItem } from '../lib/model.ts';
import { readNumber, type Fig } from '../lib/read-figures.ts';
import { ReportError, type Problems } from '../lib/report-error.ts';
import { amountIn, clauses, findLine, percentIn, T } from '../lib/sentence.ts';

/**
 * `2019年度本年收入合计7661.60万元，比上年995.40万元增加6666.20万元，增长669.70%，…`; the prior-year figure may
 * be left out (`比上年增加…`), the comparison may name a year (`比2018年`), the change may be 减少 and the rate 下降.
 * Groups: 1 label, 2 amount, 3 what it compares with, 4 prior, 5 增加/减少, 6 change, 7 增长/下降, 8 rate, 9 the rest.
 * Read on folded text (`fold`): full-width punctuation only.
 */
const totalShape = (label: string) =>
  new RegExp(
    `(${label})(?:为)?${T}万元，比(上年|\\d{4}年度?)(?:决算数?)?${T}(?:万元)?(增加|减少)${T}万元，(增长|下降|减少)${T}%(?:[，。；](.*))?$`,
  );

const METRICS: {
  metric: TotalItem['metric'];
  label: string;
  section: 'totals' | 'fiscal_totals';
  required: boolean;
}[] = [
  { metric: 'income_expenditure_total', label: '(?<!财政拨款)收、?支总计', section: 'totals', required: false },
  { metric: 'income_grand_total', label: '(?<!财政拨款)收入总计', section: 'totals', required: false },
  { metric: 'expenditure_grand_total', label: '(?<!财政拨款)支出总计', section: 'totals', required: false },
  { metric: 'income_total', label: '本年收入合计', section: 'totals', required: true },
  { metric: 'expenditure_total', label: '本年支出合计', section: 'totals', required: true },
  { metric: 'fiscal_total', label: '财政拨款收、?支总计', section: 'fiscal_totals', required: false },
];
/** Where a sentence holds two totals (`收入总计…；支出总计…`), the first one's rest ends where the next begins. */
const NEXT_TOTAL = /(?:^|[；。])\s*(?:\d{4}年度?)?(?:本年)?(?:收入总计|支出总计|收入合计|支出合计)/;

function signed(fig: Fig, word: string): Fig {
  return /减少|下降/.test(word) ? { ...fig, value: -fig.value } : fig;
}

export function reasonIn(text: string): string | null {
  const m = /主要原因(?:为|是)?[：:]?(.+)$/.exec(text);
  return m ? m[1]!.trim().replace(/[。.]$/, '') : null;
}

/** One clause of a 其中 list: `财政拨款收入7650.49万元，占收入合计的99.85%` or `上级补助收入为0`. */
export function readPart(clause: string, file: string, line: number): PartItem {
  const m = new RegExp(`^([\\u4e00-\\u9fa5“”（）()]+?)(?:为)?${T}(?:万元|元)?(?:[，,]占[^%]*?的?${T}%)?$`).exec(clause);
  if (!m)
    throw new ReportError(file, line, `expected “name amount万元，占…%” in the list after 其中, found "${clause}"`);
  return {
    name_zh: m[1]!,
    amount: amountIn(m, 2, file, line, m[1]!),
    share: m[3] !== undefined ? percentIn(m, 3, file, line, `${m[1]}的占比`) : null,
    lines: [line],
    quote: clause,
  };
}

function readTotal(
  lines: ReportLine[],
  spec: (typeof METRICS)[number],
  file: string,
): { item: TotalItem; rest: string; line: ReportLine } | null {
  const found = findLine(lines, totalShape(spec.label));
  if (!found) {
    const mention = lines.find((l) => new RegExp(spec.label).test(l.text));
    if (mention)
      throw new ReportError(
        file,
        mention.n,
        `expected “${spec.label}X万元，比上年Y万元增加Z万元，增长G%”, found "${mention.text.trim().slice(0, 60)}"`,
      );
    return null;
  }
  const { line, match: m } = found;
  const label = m[1]!;
  const amount = amountIn(m, 2, file, line.n, label);
  const change = signed(amountIn(m, 6, file, line.n, m[5]!), m[5]!);
  const printedPrior = m[4] !== '';
  const decimals = Math.max(amount.decimals, change.decimals);
  const rest = (m[9] ?? '').split(NEXT_TOTAL)[0]!;
  const item: TotalItem = {
    metric: spec.metric,
    name_zh: label,
    amount,
    prior: printedPrior
      ? amountIn(m, 4, file, line.n, `比${m[3]}`)
      : {
          value: amount.value - change.value,
          decimals,
          text: (amount.value - change.value).toFixed(decimals),
          line: line.n,
        },
    prior_derived: !printedPrior,
    prior_label_zh: m[3]!,
    change,
    growth: signed(percentIn(m, 8, file, line.n, m[7]!), m[7]!),
    reason_zh: reasonIn(rest),
    lines: [line.n],
    quote: line.text.trim(),
  };
  return { item, rest, line };
}

function readBreakdown(
  kind: Breakdown['kind'],
  total: TotalItem,
  rest: string,
  line: ReportLine,
  file: string,
  problems: Problems,
): Breakdown | null {
  const list = /其中[：:](.*)$/.exec(rest);
  if (!list) return null;
  const parts = clauses(list[1]!)
    .map((c) => problems.attempt(() => readPart(c, file, line.n), null))
    .filter((p): p is PartItem => p !== null);
  return { kind, total: total.amount, parts, lines: [line.n], quote: line.text.trim() };
}

/**
 * `行政编制27人，实际23人，事业编制30人，实际26人` or `行政编制N人，实有人数N人；事业编制N人，实有人数N人`, one
 * kind of post or several; retirees (离退休人员N人) are not posts and are passed over.
 */
const STAFF = new RegExp(
  `((?:参照公务员法管理)?(?:行政|事业|工勤|参公)编制)(?:数|人数)?${T}人[，；]?(?:其中)?(?:实际|实有人数|实有)(?:人数)?${T}人`,
  'g',
);

function readStaff(lines: ReportLine[], file: string): Staff[] {
  const line = lines.find((l) => new RegExp(STAFF.source).test(l.text));
  if (!line) return [];
  const quote = line.text.trim();
  return [...line.text.matchAll(STAFF)].map((m) => ({
    establishment_zh: m[1]!,
    authorised: readNumber(m[2]!, file, line.n, 'a head count'),
    actual: readNumber(m[3]!, file, line.n, 'a head count'),
    lines: [line.n],
    quote,
  }));
}

const BASIC = new RegExp(`一般公共预算财政拨款安排基本支出${T}万元`);

/** Parses Part 1 §一 (staff), §二 (totals, income and expenditure), §三 (fiscal totals), §六 (basic spending). */
export function parseOverview(
  sections: {
    basic_info?: ReportLine[];
    totals: ReportLine[];
    fiscal_totals?: ReportLine[];
    basic_expenditure?: ReportLine[];
  },
  file: string,
  problems: Problems,
): Overview {
  const totals: TotalItem[] = [];
  const breakdowns: Breakdown[] = [];
  for (const spec of METRICS) {
    const lines = spec.section === 'totals' ? sections.totals : sections.fiscal_totals;
    if (!lines) continue;
    const got = problems.attempt(() => readTotal(lines, spec, file), undefined);
    if (got === undefined) continue; // already reported
    if (!got) {
      const split = spec.metric === 'income_expenditure_total' && lines.some((l) => /收入总计/.test(l.text));
      if (spec.section === 'totals' && (spec.required || (spec.metric === 'income_expenditure_total' && !split)))
        problems.error(
          lines[0]?.n ?? null,
          `expected the sentence “${spec.label.replace(/\(.*?\)/, '')}X万元，比上年…” in 收入支出决算总体情况说明, found none`,
        );
      continue;
    }
    totals.push(got.item);
    if (spec.metric === 'income_total' || spec.metric === 'expenditure_total') {
      const kind = spec.metric === 'income_total' ? 'income' : 'expenditure';
      const b = readBreakdown(kind, got.item, got.rest, got.line, file, problems);
      if (b) breakdowns.push(b);
    }
  }
  const staff = sections.basic_info ? problems.attempt(() => readStaff(sections.basic_info!, file), []) : [];
  let basicExpenditure: Overview['basicExpenditure'] = null;
  const basic = sections.basic_expenditure && findLine(sections.basic_expenditure, BASIC);
  if (basic) {
    basicExpenditure = problems.attempt(
      () => ({
        amount: amountIn(basic.match, 1, file, basic.line.n, '基本支出'),
        lines: [basic.line.n],
        quote: basic.line.text.trim().slice(0, basic.match.index + basic.match[0].length),
      }),
      null,
    );
  }
  return { totals, breakdowns, staff, basicExpenditure };
}
