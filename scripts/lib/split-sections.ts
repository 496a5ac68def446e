import type { ReportLine } from './load-report.ts';
import { ReportError } from './report-error.ts';

export type SectionId =
  | 'basic_info'
  | 'totals'
  | 'fiscal_totals'
  | 'spending'
  | 'fund_budget'
  | 'basic_expenditure'
  | 'three_public'
  | 'running_costs'
  | 'procurement'
  | 'assets'
  | 'state_capital'
  | 'purchased_services'
  | 'terms'
  | 'eval_summary'
  | 'eval_report'
  | 'self_eval';

export interface Section {
  id: SectionId;
  part: 1 | 2 | 3;
  heading: ReportLine;
  /** the lines after the heading, up to the next heading */
  body: ReportLine[];
}

/**
 * How the template names its sections: part, and a phrase of the heading. Order matters where one phrase
 * contains another (财政拨款收入支出 before 收入支出).
 */
const TEMPLATE: { id: SectionId; part: 1 | 2 | 3; phrase: RegExp; required: boolean }[] = [
  { id: 'basic_info', part: 1, phrase: /部门基本情况/, required: false },
  { id: 'fiscal_totals', part: 1, phrase: /财政拨款收入支出决算总体情况/, required: false },
  { id: 'totals', part: 1, phrase: /收入支出决算总体情况/, required: true },
  { id: 'spending', part: 1, phrase: /一般公共预算财政拨款支出决算情况/, required: true },
  { id: 'fund_budget', part: 1, phrase: /政府性基金预算/, required: false },
  { id: 'basic_expenditure', part: 1, phrase: /基本支出决算情况/, required: false },
  { id: 'three_public', part: 2, phrase: /“三公”经费/, required: false },
  { id: 'running_costs', part: 2, phrase: /机关运行经费/, required: false },
  { id: 'procurement', part: 2, phrase: /政府采购/, required: false },
  { id: 'state_capital', part: 2, phrase: /国有资本经营/, required: false },
  { id: 'assets', part: 2, phrase: /国有资产/, required: false },
  { id: 'purchased_services', part: 2, phrase: /政府购买服务/, required: false },
  { id: 'terms', part: 2, phrase: /名词解释/, required: false },
  { id: 'eval_summary', part: 3, phrase: /绩效评价工作开展情况/, required: false },
  { id: 'eval_report', part: 3, phrase: /项目绩效评价报告/, required: false },
  { id: 'self_eval', part: 3, phrase: /绩效自评表/, required: true },
];

const PART = /^\s*第([一二三])部分/;
const HEADING = /^([一二三四五六七八九十]+)、(.+)$/;
const PART_NO: Record<string, 1 | 2 | 3> = { 一: 1, 二: 2, 三: 3 };

export interface SplitResult {
  sections: Map<SectionId, Section>;
  /** optional sections the template has that this report lacks */
  missing: SectionId[];
}

/** Splits the report into the template's sections by their headings (never by line numbers). */
export function splitSections(lines: ReportLine[], file: string): SplitResult {
  const sections = new Map<SectionId, Section>();
  let part: 1 | 2 | 3 | null = null;
  let current: Section | null = null;
  for (const line of lines) {
    const p = PART.exec(line.text);
    if (p) {
      part = PART_NO[p[1]!]!;
      current = null;
      continue;
    }
    const h = HEADING.exec(line.text);
    if (h && part !== null) {
      const spec = TEMPLATE.find((s) => s.part === part && s.phrase.test(h[2]!));
      if (spec && !sections.has(spec.id)) {
        current = { id: spec.id, part, heading: line, body: [] };
        sections.set(spec.id, current);
        continue;
      }
      if (!spec) {
        current = null;
        continue;
      }
    }
    current?.body.push(line);
  }
  const absentRequired = TEMPLATE.filter((s) => s.required && !sections.has(s.id));
  if (absentRequired.length) {
    throw new ReportError(
      file,
      null,
      `expected the section ${absentRequired.map((s) => `“${s.phrase.source}” (part ${s.part})`).join(', ')}, found none`,
    );
  }
  const missing = TEMPLATE.filter((s) => !s.required && !sections.has(s.id)).map((s) => s.id);
  return { sections, missing };
}
