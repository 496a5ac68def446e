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
const TEMPLATE: { id: SectionId; part: 1 | 2 | 3; phrase: RegExp }[] = [
  { id: 'basic_info', part: 1, phrase: /(?:部门|单位)(?:基本情况|概况)|机构设置|人员构成/ },
  { id: 'fiscal_totals', part: 1, phrase: /财政拨款收入支出决算总体情况/ },
  // a template that gives the income and the expenditure their own numbered sections keeps them with the totals
  { id: 'totals', part: 1, phrase: /收入支出决算总体情况|^(?:本年)?(?:收入|支出)决算(?:情况)?说明/ },
  { id: 'spending', part: 1, phrase: /一般公共预算财政拨款支出决算情况/ },
  { id: 'fund_budget', part: 1, phrase: /政府性基金预算/ },
  { id: 'basic_expenditure', part: 1, phrase: /基本支出决算情况/ },
  { id: 'three_public', part: 2, phrase: /“三公”经费/ },
  { id: 'running_costs', part: 2, phrase: /机关运行经费/ },
  { id: 'procurement', part: 2, phrase: /政府采购/ },
  { id: 'state_capital', part: 2, phrase: /国有资本经营/ },
  { id: 'assets', part: 2, phrase: /国有资产/ },
  { id: 'purchased_services', part: 2, phrase: /政府购买服务/ },
  { id: 'terms', part: 2, phrase: /名词解释/ },
  { id: 'eval_summary', part: 3, phrase: /绩效评价工作开展情况/ },
  { id: 'eval_report', part: 3, phrase: /项目绩效评价报告/ },
  { id: 'self_eval', part: 3, phrase: /绩效自评表/ },
];

/** What a section is called in the template, for messages: 政府采购支出情况. */
export const SECTION_TITLES: Record<SectionId, string> = {
  basic_info: '部门基本情况',
  totals: '收入支出决算总体情况说明',
  fiscal_totals: '财政拨款收入支出决算总体情况说明',
  spending: '一般公共预算财政拨款支出决算情况说明',
  fund_budget: '政府性基金预算财政拨款支出决算情况说明',
  basic_expenditure: '财政拨款基本支出决算情况说明',
  three_public: '“三公”经费财政拨款决算情况',
  running_costs: '机关运行经费支出情况',
  procurement: '政府采购支出情况',
  assets: '国有资产占用情况',
  state_capital: '国有资本经营预算财政拨款收支情况',
  purchased_services: '政府购买服务支出说明',
  terms: '专业名词解释',
  eval_summary: '绩效评价工作开展情况',
  eval_report: '项目绩效评价报告',
  self_eval: '项目支出绩效自评表',
};

/** A part heading: 第一部分 … 第九部分, with its title. */
const PART = /^\s*第([一二三四五六七八九])部分\s*(.*)$/;
/**
 * A part is known by its title, not its number: reports of the template number their parts differently (a
 * 决算报表 part first, 名词解释 as a part of its own). `tables` is the part of printed tables (no sentences);
 * `null` a part this reader does not know, whose headings are passed over.
 */
function partOf(title: string): 1 | 2 | 3 | 'tables' | null {
  if (/决算报表|决算表|公开表|报表$/.test(title)) return 'tables';
  if (/其他重要事项|名词解释/.test(title)) return 2;
  if (/绩效/.test(title)) return 3;
  if (/决算(?:情况)?说明|(?:部门|单位)概况/.test(title)) return 1;
  return null;
}
const HEADING = /^\s*([一二三四五六七八九十]+)\s*[、.．]\s*(.+?)\s*$/;
/** A line of a table of contents: the heading, then dot leaders and a page number (`一、部门基本情况……3`). */
const TOC_TAIL = /[\s.．…·\-—_]*\d*\s*$/;
const TOC_HEAD = /^\s*目\s*录\s*$/;
const normal = (text: string) => text.replace(TOC_TAIL, '').replace(/\s+/g, '');

export interface SplitResult {
  sections: Map<SectionId, Section>;
  /** sections the template has that this report lacks */
  missing: SectionId[];
}

/**
 * The lines of a table of contents (目录) before the body: from the 目录 line to the line before the body repeats
 * the contents' first entry. Without a 目录 line, or when nothing repeats its first entry, none.
 */
export function tableOfContents(lines: ReportLine[]): Set<number> {
  const at = lines.findIndex((l) => TOC_HEAD.test(l.text));
  if (at < 0) return new Set();
  const first = lines.slice(at + 1).find((l) => normal(l.text) !== '');
  if (!first) return new Set();
  const entry = normal(first.text);
  const body = lines.findIndex(
    (l, i) => i > at + 1 && l !== first && normal(l.text) === entry && !TOC_TAIL_PAGE.test(l.text),
  );
  if (body < 0) return new Set();
  return new Set(lines.slice(at, body).map((l) => l.n));
}
const TOC_TAIL_PAGE = /(?:…|\.{3,}|·{3,})\s*\d*\s*$|\s\d+\s*$/;
/**
 * A section whose body holds nothing but blank lines and contents entries: a heading of a table of contents that
 * the 目录 line did not announce. The same heading later, in the body, takes its place.
 */
const isEmpty = (s: Section) => s.body.every((l) => l.text.trim() === '' || TOC_TAIL_PAGE.test(l.text));

/**
 * Splits the report into the template's sections by their headings (never by line numbers). A heading belongs
 * to the section of its part whose phrase it holds; before any part heading (a report without parts), to any
 * section. The table of contents is passed over.
 * @throws ReportError when no section of the template is found at all
 */
export function splitSections(lines: ReportLine[], file: string): SplitResult {
  const sections = new Map<SectionId, Section>();
  const toc = tableOfContents(lines);
  let part: 1 | 2 | 3 | 'tables' | null | undefined = undefined;
  let current: Section | null = null;
  for (const line of lines) {
    if (toc.has(line.n)) continue;
    const p = PART.exec(line.text);
    if (p) {
      part = partOf(p[2]!);
      current = null;
      // a part that is itself a section (第四部分 名词解释): its body is that section's
      const own = TEMPLATE.find((s) => s.id === 'terms' && s.phrase.test(p[2]!));
      if (own && !sections.has(own.id)) {
        current = { id: own.id, part: own.part, heading: line, body: [] };
        sections.set(own.id, current);
      }
      continue;
    }
    const h = HEADING.exec(line.text);
    if (h && part !== null && part !== 'tables') {
      // the section of this part whose phrase the heading holds; else of another part (a template that puts the
      // “三公” costs or procurement among the 决算情况说明's numbered sections)
      const spec =
        TEMPLATE.find((s) => (part === undefined || s.part === part) && s.phrase.test(h[2]!)) ??
        TEMPLATE.find((s) => s.phrase.test(h[2]!));
      if (spec && (!sections.has(spec.id) || isEmpty(sections.get(spec.id)!))) {
        current = { id: spec.id, part: spec.part, heading: line, body: [] };
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
  if (sections.size === 0)
    throw new ReportError(
      file,
      null,
      'expected a section of the 部门决算 template (headings such as “一、部门基本情况” or “二、收入支出决算总体情况说明”), found none',
    );
  const missing = TEMPLATE.filter((s) => !sections.has(s.id)).map((s) => s.id);
  return { sections, missing };
}
