/**
 * Row shapes of the tables in data/derived/ (written by scripts/, read by the site).
 * Columns are snake_case with the unit in the name; see data/README.md for the dictionary.
 */

export interface Provenance {
  /** report lines the row was read from */
  source_lines: number[];
  /** the sentence or cell the figures were read from, verbatim */
  quote: string;
}

export interface TotalRow extends Provenance {
  metric: 'income_expenditure_total' | 'income_total' | 'expenditure_total' | 'fiscal_total';
  name_zh: string;
  name_en: string | null;
  amount_wan: number;
  prior_year_wan: number;
  change_wan: number;
  change_wan_recomputed: number;
  growth_pct: number;
  growth_pct_recomputed: number;
  reason_zh: string | null;
}

export interface BreakdownRow extends Provenance {
  kind: 'income' | 'expenditure';
  item_zh: string;
  item_en: string | null;
  amount_wan: number;
  share_pct: number | null;
  share_pct_recomputed: number;
}

export interface StaffRow extends Provenance {
  establishment_zh: string;
  establishment_en: string | null;
  authorised: number;
  actual: number;
}

export interface SpendingRow extends Provenance {
  level: 'category' | 'subcategory';
  category_zh: string;
  category_en: string | null;
  name_zh: string;
  name_en: string | null;
  final_wan: number;
  budget_wan: number;
  budget_stated: boolean;
  change_wan: number | null;
  change_wan_recomputed: number;
  growth_pct: number | null;
  growth_pct_recomputed: number | null;
  share_pct: number | null;
  share_pct_recomputed: number;
  reason_zh: string | null;
}

export interface ThreePublicRow extends Provenance {
  item: 'total' | 'overseas_travel' | 'official_reception' | 'vehicles';
  item_zh: string;
  item_en: string | null;
  budget_wan: number;
  final_wan: number;
  change_wan: number | null;
  reason_zh: string | null;
}

export interface RunningCostsRow extends Provenance {
  amount_wan: number;
  prior_year_wan: number;
  change_wan: number;
  change_wan_recomputed: number;
  reason_zh: string | null;
}

export interface ProcurementRow extends Provenance {
  item: 'total' | 'goods' | 'works' | 'services' | 'sme' | 'small_micro';
  item_zh: string;
  item_en: string | null;
  parent: 'total' | 'sme' | null;
  amount_wan: number;
  share_pct: number | null;
  share_pct_recomputed: number;
}

export interface PurchasedServicesRow extends Provenance {
  amount_wan: number;
}

export interface EvaluationSummaryRow extends Provenance {
  procedure: 'all' | 'normal' | 'simple';
  procedure_zh: string;
  procedure_en: string | null;
  projects: number;
  amount_wan: number;
  share_pct: number | null;
  band_90_plus: number | null;
  band_75_90: number | null;
  band_60_75: number | null;
  band_below_60: number | null;
}

export interface IncubationFundRow extends Provenance {
  item: 'budget' | 'executed' | 'incubators' | 'maker_spaces' | 'awards_2018' | 'balance';
  item_zh: string;
  item_en: string | null;
  amount_wan: number;
  in_scope: boolean;
}

export interface IncubationScoreRow extends Provenance {
  dimension: 'decision' | 'management' | 'performance' | 'total';
  dimension_zh: string;
  dimension_en: string | null;
  max_score: number | null;
  score: number;
}

export interface IncubationEmploymentRow extends Provenance {
  year: number;
  jobs: number;
  graduates: number;
  jobs_growth_pct: number | null;
  jobs_growth_pct_recomputed: number | null;
  graduates_growth_pct: number | null;
  graduates_growth_pct_recomputed: number | null;
}

export type ScoreBand = '90+' | '75-90' | '60-75' | '<60';

export interface ProjectRow extends Provenance {
  slug: string;
  name_zh: string | null;
  name_en: string | null;
  table_kind: 'full' | 'short' | 'fragment';
  table_year: number | null;
  budget_wan: number | null;
  executed_wan: number | null;
  exec_rate_printed: string | null;
  exec_rate_pct: number | null;
  exec_rate_pct_recomputed: number | null;
  funds_weight: number | null;
  funds_score: number | null;
  funds_score_recomputed: number | null;
  executed_from: 'funds_row' | 'cost_indicator' | null;
  indicator_count: number;
  total_score: number | null;
  total_score_recomputed: number;
  score_band: ScoreBand | null;
  points_lost: number | null;
  goal_zh: string | null;
  outcome_zh: string | null;
}

export interface IndicatorRow extends Provenance {
  project_slug: string;
  row: number;
  level1_zh: string | null;
  level1_en: string | null;
  level2_zh: string | null;
  level2_en: string | null;
  name_zh: string | null;
  weight: number | null;
  target: string | null;
  actual: string | null;
  score: number | null;
  points_lost: number | null;
  reason_zh: string | null;
  complete: boolean;
}

export type Severity = 'high' | 'medium' | 'low' | 'could-not-check';

export interface Finding {
  id: string;
  rule: string;
  severity: Severity;
  claim: string;
  printed: number | string | null;
  recomputed: number | string | null;
  source_lines: number[];
  quote: string;
  message_zh: string;
  message_en: string;
}

export interface CheckRecord {
  id: string;
  rule: string;
  status: 'passed' | 'failed' | 'could-not-check';
  source_lines: number[];
  description_zh: string;
  description_en: string;
}

export interface FindingsFile {
  source_file: string;
  source_sha256: string;
  checks_run: number;
  checks_passed: number;
  checks_failed: number;
  checks_could_not_run: number;
  findings: Finding[];
}
