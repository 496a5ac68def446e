import type { Subject } from './subject.ts';
import type { Fig } from './read-figures.ts';

/** What the parsers read, with every figure as printed (value and precision) and its line. */

export interface Quoted {
  lines: number[];
  quote: string;
}

export interface TotalItem extends Quoted {
  metric:
    | 'income_expenditure_total'
    | 'income_grand_total'
    | 'expenditure_grand_total'
    | 'income_total'
    | 'expenditure_total'
    | 'fiscal_total';
  name_zh: string;
  amount: Fig;
  /** as printed; where the report prints only the change (`比上年增加X万元`), amount − change (`prior_derived`) */
  prior: Fig;
  /** true where `prior` is not printed but derived as amount − change */
  prior_derived: boolean;
  /** what the report compares with, as printed: 上年, 2018年 */
  prior_label_zh: string;
  /** signed: negative where the report says 减少 */
  change: Fig;
  growth: Fig;
  reason_zh: string | null;
}

export interface PartItem extends Quoted {
  name_zh: string;
  amount: Fig;
  share: Fig | null;
}

export interface Breakdown extends Quoted {
  kind: 'income' | 'expenditure';
  total: Fig;
  parts: PartItem[];
}

export interface Staff extends Quoted {
  establishment_zh: string;
  authorised: Fig;
  actual: Fig;
}

export interface Overview {
  totals: TotalItem[];
  breakdowns: Breakdown[];
  staff: Staff[];
  /** 基本支出 stated again in the basic-expenditure section */
  basicExpenditure: (Quoted & { amount: Fig }) | null;
}

export interface SpendingItem extends Quoted {
  level: 'category' | 'subcategory';
  category_zh: string;
  name_zh: string;
  final: Fig;
  /** null where the report says there was no initial budget */
  budget: Fig | null;
  change: Fig | null;
  growth: Fig | null;
  reason_zh: string | null;
}

export interface Spending {
  total: Fig;
  totalQuote: Quoted;
  /** the overview sentence's list: category → amount and share */
  overview: (Quoted & { name_zh: string; amount: Fig; share: Fig | null })[];
  items: SpendingItem[];
}

export interface ThreePublicItem extends Quoted {
  item: 'total' | 'overseas_travel' | 'official_reception' | 'vehicles';
  item_zh: string;
  final: Fig;
  /** null where the report says the budget equals the final amount (与年初预算数一致) */
  budget: Fig | null;
  change: Fig | null;
  reason_zh: string | null;
}

/** One entry of the report's own glossary (专业名词解释). */
export interface Term extends Quoted {
  /** its number in the list */
  number: number;
  term_zh: string;
  definition_zh: string;
}

export interface OtherMatters {
  threePublic: ThreePublicItem[];
  runningCosts: (Quoted & { amount: Fig; prior: Fig; change: Fig; reason_zh: string | null }) | null;
  procurement: (Quoted & {
    item: 'total' | 'goods' | 'works' | 'services' | 'sme' | 'small_micro';
    item_zh: string;
    amount: Fig;
    share: Fig | null;
  })[];
  purchasedServices: (Quoted & { amount: Fig }) | null;
  /** the report's glossary (专业名词解释), in its order */
  terms: Term[];
}

export interface EvaluationProcedure extends Quoted {
  procedure: 'all' | 'normal' | 'simple';
  procedure_zh: string;
  projects: Fig;
  amount: Fig;
  share: Fig | null;
  /** ≥90, 75–90, 60–75, <60 */
  bands: [Fig, Fig, Fig, Fig] | null;
}

export interface IncubationFund {
  name_zh: string;
  funds: (Quoted & {
    item: 'budget' | 'executed' | 'incubators' | 'maker_spaces' | 'awards_2018' | 'balance';
    item_zh: string;
    amount: Fig;
    in_scope: boolean;
  })[];
  executionRate: (Quoted & { rate: Fig }) | null;
  scores: (Quoted & {
    dimension: 'decision' | 'management' | 'performance' | 'total';
    dimension_zh: string;
    max: Fig | null;
    score: Fig;
  })[];
  employment: (Quoted & { year: number; jobs: Fig; graduates: Fig })[];
  employmentGrowth: (Quoted & { jobs: Fig; graduates: Fig }) | null;
}

export interface Evaluation {
  procedures: EvaluationProcedure[];
  incubation: IncubationFund | null;
}

export interface Indicator extends Quoted {
  row: number;
  level1_zh: string | null;
  level1_max: Fig | null;
  level2_zh: string | null;
  level2_max: Fig | null;
  name_zh: string | null;
  weight: Fig | null;
  target: string | null;
  /** the line the target is printed on */
  target_line: number | null;
  actual: string | null;
  /** the line the actual value is printed on */
  actual_line: number | null;
  score: Fig | null;
  reason_zh: string | null;
  complete: boolean;
}

export interface Project extends Quoted {
  slug: string;
  name_zh: string | null;
  /** from the glossary; null where it has none */
  name_en: string | null;
  table_kind: 'full' | 'short' | 'fragment';
  table_year: number | null;
  budget: Fig | null;
  executed: Fig | null;
  /** where `executed` came from when the funds rows are missing */
  executed_from: 'funds_row' | 'cost_indicator' | null;
  funds_weight: Fig | null;
  exec_rate: Fig | null;
  funds_score: Fig | null;
  goal_zh: string | null;
  outcome_zh: string | null;
  indicators: Indicator[];
  total: Fig | null;
  totalLine: number | null;
}

export interface ParsedReport {
  file: string;
  sha256: string;
  year: number;
  /** the department or unit as the report names itself (北京市丰台区科学技术和信息化局); null where it does not */
  department_zh?: string | null;
  /** the report's subject as its text names it (scripts/lib/subject.ts) */
  subject?: Subject;
  /** the line a cut-off report breaks off in (its last clause left out), if it does */
  cut_line?: number | null;
  overview: Overview;
  spending: Spending;
  other: OtherMatters;
  evaluation: Evaluation;
  projects: Project[];
  missing: string[];
  /** zh → en names from the glossary, for English audit messages */
  names_en: Record<string, string>;
  /** the report's lines, where the audit has them (the repeated-text rule finds a goal's lines in them) */
  text?: readonly { n: number; text: string }[];
}
