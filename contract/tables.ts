/**
 * One schema per table in data/derived/ (the CSV and JSON files `npm run data` writes), and the TABLES
 * registry: name → schema, titles and the part of the report it comes from. Columns are declared in output
 * order; row types are inferred from the schemas.
 */
import { z } from 'zod';
import { BANDS } from './bands.ts';
import { KIND_ORDER } from './indicator-kinds.ts';
import { auditColumns, column, flag, int, line, num, oneOf, optional, orNull, provenance, text } from './columns.ts';

/**
 * The columns that identify a row of each table (a figure's `row` in findings.json is their values joined by `/`;
 * empty for a one-row table): the tables' primary keys, checked before anything is written and declared in
 * datapackage.json.
 */
export const TABLE_KEYS = {
  'overview-totals': ['metric'],
  'overview-breakdown': ['kind', 'item_zh'],
  staff: ['establishment_zh'],
  'spending-total': ['name_zh'],
  spending: ['level', 'name_zh'],
  'three-public': ['item'],
  'running-costs': [],
  procurement: ['item'],
  'purchased-services': [],
  glossary: ['number'],
  'evaluation-summary': ['procedure'],
  'incubation-funds': ['item'],
  'incubation-scores': ['dimension'],
  'incubation-employment': ['year'],
  projects: ['slug'],
  'projects-total': [],
  indicators: ['project_slug', 'row'],
  'score-bands': ['band'],
  'points-lost-by-kind': ['kind'],
  'scores-summary': [],
  subject: [],
} as const;

/**
 * The figures each table's rows print (numbers, and the text cells the audit reads): each has its audit columns
 * (`auditColumns`). Recomputed columns are not figures: they are the audit's own numbers.
 */
export const FIGURES = {
  'overview-totals': ['amount_wan', 'prior_year_wan', 'change_wan', 'growth_pct'],
  'overview-breakdown': ['amount_wan', 'share_pct'],
  staff: ['authorised', 'actual'],
  'spending-total': ['amount_wan'],
  spending: ['final_wan', 'budget_wan', 'change_wan', 'growth_pct', 'share_pct'],
  'three-public': ['budget_wan', 'final_wan', 'change_wan'],
  'running-costs': ['amount_wan', 'prior_year_wan', 'change_wan'],
  procurement: ['amount_wan', 'share_pct'],
  'purchased-services': ['amount_wan'],
  glossary: [],
  'evaluation-summary': [
    'projects',
    'amount_wan',
    'share_pct',
    'band_90_plus',
    'band_75_90',
    'band_60_75',
    'band_below_60',
  ],
  'incubation-funds': ['amount_wan'],
  'incubation-scores': ['max_score', 'score'],
  'incubation-employment': ['jobs', 'graduates', 'jobs_growth_pct', 'graduates_growth_pct'],
  projects: [
    'table_year',
    'budget_wan',
    'executed_wan',
    'exec_rate_pct',
    'funds_weight',
    'funds_score',
    'total_score',
    'goal_zh',
    'outcome_zh',
  ],
  'projects-total': [],
  indicators: ['weight', 'score', 'target', 'actual'],
  'score-bands': [],
  'points-lost-by-kind': [],
  'scores-summary': [],
  subject: [],
} as const;

const band = (meaning: string) => oneOf(BANDS as unknown as readonly ['90+', '75-90', '60-75', '<60'], meaning);

export const SubjectRow = z.strictObject({
  department_zh: orNull(
    text('the department’s full name as the report prints it (北京市…区…局); null where it does not'),
  ),
  department_en: orNull(text('its English name (from data/glossary.json; null where it has none)')),
  department_line: orNull(line('the line the name is read from')),
  local_zh: orNull(text('the name without its municipality (…区…局), as prose names it')),
  local_en: orNull(text('its English name (from data/glossary.json; null where it has none)')),
  short_zh: orNull(
    text('its short name: the report’s `（以下简称…）`, else the full name without its municipality and district'),
  ),
  short_printed: flag('true where the short name is the report’s own (`以下简称`), false where it follows the rule'),
  short_line: orNull(line('the line the short name is read from')),
  headline_zh: orNull(text('the name a headline uses: the district and the short name (…区 + 以下简称)')),
  headline_en: orNull(text('its English name (from data/glossary.json; null where it has none)')),
  kind_zh: orNull(text('the kind of body the name ends with (局, 委员会, 中心 …)')),
  kind_en: orNull(text('its English word, lower case (from data/glossary.json; null where it has none)')),
  city_zh: orNull(text('the municipality the name begins with (北京市), where it does')),
  district_zh: orNull(text('the district or county the name begins with (…区, …县), where it does')),
  place_zh: orNull(text('municipality and district together (北京市…区): the place the accounts cover')),
  place_en: orNull(text('its English name (from data/glossary.json; null where it has none)')),
  year: int(null, 'the year of the accounts (`YYYY年度部门决算`)'),
  year_line: line('the line the year is read from'),
  prior_year: int(null, 'the year the report compares with: `比上年` is the year before, `比2017年` the year printed'),
  prior_year_zh: orNull(
    text('the words the report compares with, as printed (上年, 2017年); null where it compares with none'),
  ),
  prior_year_line: orNull(line('the first line that compares with it; null where none does')),
  evaluation_year: orNull(int(null, 'the year the projects were evaluated (`YYYY年，…对…年度…实施了绩效评价`)')),
  evaluation_year_line: orNull(line('the line it is read from')),
  formed_from_zh: orNull(
    text(
      'what §一 says the department was formed from (`将<A>与<B>整合，成立…` → <A>与<B>); null where it does not say',
    ),
  ),
  formed_from_en: orNull(text('its English (from data/glossary.json; null where it has none)')),
  formed_year: orNull(
    int(null, 'the year the formation sentence prints (`YYYY年`, else its document’s `〔YYYY〕`); null where none'),
  ),
  formed_line: orNull(line('the line of §一 that says how the department was formed; null where none does')),
  ...provenance,
});

export const TotalRow = z.strictObject({
  metric: oneOf(
    [
      'income_expenditure_total',
      'income_grand_total',
      'expenditure_grand_total',
      'income_total',
      'expenditure_total',
      'fiscal_total',
    ],
    'which total (`income_grand_total`, `expenditure_grand_total`: 收入总计 and 支出总计, in reports that print them apart)',
  ),
  name_zh: text('label (Chinese)'),
  name_en: orNull(text('label (English; null where the glossary has none)')),
  amount_wan: num('万元', 'the report year’s figure'),
  prior_year_wan: num(
    '万元',
    'the prior year’s figure as printed, or `amount_wan − change_wan` where `prior_year_derived`',
  ),
  prior_year_derived: optional(
    flag(
      'true where the report prints no prior-year figure (`比上年增加X万元`) and `prior_year_wan` is derived as `amount_wan − change_wan`, never printed; only in reports that leave one out',
    ),
  ),
  change_wan: num('万元', 'change as printed'),
  change_wan_recomputed: num('万元', '`amount_wan − prior_year_wan`'),
  growth_pct: num('%', 'growth as printed'),
  growth_pct_recomputed: orNull(num('%', 'recomputed growth; null where the prior year is 0')),
  reason_zh: orNull(text('the reason the report gives')),
  ...auditColumns(FIGURES['overview-totals']),
  ...provenance,
});

export const BreakdownRow = z.strictObject({
  kind: oneOf(['income', 'expenditure'], 'income by source or expenditure by type'),
  item_zh: text('e.g. 财政拨款收入'),
  item_en: orNull(text('e.g. Fiscal appropriation')),
  amount_wan: num('万元', 'the item’s amount'),
  share_pct: orNull(num('%', 'share of the total as printed (null where not printed)')),
  share_pct_recomputed: orNull(num('%', '`amount_wan / total`; null where the total is 0')),
  ...auditColumns(FIGURES['overview-breakdown']),
  ...provenance,
});

export const StaffRow = z.strictObject({
  establishment_zh: text('kind of establishment (Chinese)'),
  establishment_en: orNull(text('kind of establishment (English)')),
  authorised: int('count', 'authorised posts (people)'),
  actual: int('count', 'actual staff (people)'),
  ...auditColumns(FIGURES['staff']),
  ...provenance,
});

export const SpendingTotalRow = z.strictObject({
  name_zh: text('一般公共预算财政拨款支出'),
  name_en: orNull(text('its English name')),
  amount_wan: num('万元', 'the total the category list adds up to'),
  categories_budget_wan: num(
    '万元',
    'the categories’ initial budgets as printed, added up (derived; a category without one counts 0)',
  ),
  final_to_budget: orNull(
    num(null, 'the total as a multiple of the budgets (amount_wan ÷ categories_budget_wan, 4 decimals); null for 0'),
  ),
  top_two_share_pct: orNull(
    num(
      '%',
      'the two largest categories’ shares of the total (`spending.share_pct` as printed, else `share_pct_recomputed`) added up, to 2 decimals; null where there are fewer than two categories',
    ),
  ),
  ...auditColumns(FIGURES['spending-total']),
  ...provenance,
});

export const SpendingRow = z.strictObject({
  level: oneOf(['category', 'subcategory'], '类 or 款'),
  category_zh: text('the 类'),
  category_en: orNull(text('the 类 in English')),
  name_zh: text('the row’s own name (the 类 or the 款)'),
  name_en: orNull(text('the row’s own name in English')),
  slug: text('URL-safe id of the row, from its English name (categories: used in URLs)'),
  final_wan: num('万元', 'final amount for the year'),
  final_line: line('the line that prints the final amount'),
  budget_wan: num('万元', 'initial budget (0 where the report says there was none)'),
  budget_line: orNull(line('the line that prints the budget (null where none is printed)')),
  budget_stated: flag('whether the report printed a budget figure'),
  final_to_budget: orNull(
    num(
      null,
      'the final amount as a multiple of the budget (`final_wan ÷ budget_wan`, 4 decimals); null where no budget, or 0, is printed',
    ),
  ),
  change_wan: orNull(num('万元', 'change as printed')),
  change_wan_recomputed: num('万元', '`final_wan − budget_wan`'),
  growth_pct: orNull(num('%', 'growth as printed')),
  growth_pct_recomputed: orNull(num('%', 'recomputed growth; null where the budget is 0')),
  share_pct: orNull(num('%', 'share of the total as printed (categories only)')),
  share_line: orNull(line('the line that prints the share (categories only)')),
  share_pct_recomputed: num('%', 'share of the total'),
  category_share_pct: orNull(num('%', 'a sub-category’s share of its category’s final amount (null for categories)')),
  reason_zh: orNull(text('the reason given for the difference')),
  ...auditColumns(FIGURES['spending']),
  ...provenance,
});

export const ThreePublicRow = z.strictObject({
  item: oneOf(['total', 'overseas_travel', 'official_reception', 'vehicles'], 'which cost'),
  item_zh: text('name (Chinese)'),
  item_en: orNull(text('name (English)')),
  budget_wan: num('万元', 'initial budget (the final amount where the report says they are equal)'),
  final_wan: num('万元', 'final amount for the year'),
  change_wan: orNull(num('万元', 'change as printed')),
  reason_zh: orNull(text('the reason the report gives')),
  ...auditColumns(FIGURES['three-public']),
  ...provenance,
});

export const RunningCostsRow = z.strictObject({
  amount_wan: num('万元', 'running costs for the year'),
  prior_year_wan: num('万元', 'running costs in the prior year'),
  change_wan: num('万元', 'change as printed'),
  change_wan_recomputed: num('万元', '`amount_wan − prior_year_wan`'),
  reason_zh: orNull(text('the reason the report gives')),
  ...auditColumns(FIGURES['running-costs']),
  ...provenance,
});

export const ProcurementRow = z.strictObject({
  item: oneOf(['total', 'goods', 'works', 'services', 'sme', 'small_micro'], 'which amount'),
  item_zh: text('name (Chinese)'),
  item_en: orNull(text('name (English)')),
  parent: orNull(oneOf(['total', 'sme'], '`total` for the three types and SMEs; `sme` for small and micro firms')),
  amount_wan: num('万元', 'the amount'),
  share_pct: orNull(num('%', 'share of total procurement as printed')),
  share_pct_recomputed: num('%', '`amount_wan / total`'),
  ...auditColumns(FIGURES['procurement']),
  ...provenance,
});

export const PurchasedServicesRow = z.strictObject({
  amount_wan: num('万元', 'government-purchased services'),
  ...auditColumns(FIGURES['purchased-services']),
  ...provenance,
});

export const GlossaryRow = z.strictObject({
  number: int(null, 'the entry’s number in the report’s list'),
  term_zh: text('the term as the report prints it'),
  term_en: orNull(text('its English name (from data/glossary.json; null where it has none)')),
  definition_zh: text('the report’s definition, verbatim'),
  ...provenance,
});

export const EvaluationSummaryRow = z.strictObject({
  procedure: oneOf(['all', 'normal', 'simple'], 'which evaluation procedure'),
  procedure_zh: text('name (Chinese)'),
  procedure_en: orNull(text('name (English)')),
  projects: int('count', 'projects evaluated'),
  amount_wan: num('万元', 'their funds'),
  share_pct: orNull(num('%', 'share of all projects (`all` only)')),
  band_90_plus: orNull(int('count', 'projects scoring 90 or more')),
  band_75_90: orNull(int('count', 'projects scoring 75 to under 90')),
  band_60_75: orNull(int('count', 'projects scoring 60 to under 75')),
  band_below_60: orNull(int('count', 'projects scoring under 60')),
  ...auditColumns(FIGURES['evaluation-summary']),
  ...provenance,
});

export const IncubationFundRow = z.strictObject({
  item: oneOf(['budget', 'executed', 'incubators', 'maker_spaces', 'awards_2018', 'balance'], 'which amount'),
  item_zh: text('name (Chinese)'),
  item_en: orNull(text('name (English)')),
  amount_wan: num('万元', 'the amount'),
  in_scope: flag('false for money the evaluation excludes'),
  ...auditColumns(FIGURES['incubation-funds']),
  ...provenance,
});

export const IncubationScoreRow = z.strictObject({
  fund_zh: orNull(text('the evaluated project’s name as §二 prints it (下达经费名称为“…”); null where it does not')),
  fund_en: orNull(text('its English name (from data/glossary.json; null where it has none)')),
  dimension: oneOf(['decision', 'management', 'performance', 'total'], 'which score'),
  dimension_zh: text('name (Chinese)'),
  dimension_en: orNull(text('name (English)')),
  max_score: orNull(num('points', 'the dimension’s maximum')),
  max_score_printed: orNull(text('the maximum exactly as printed (`15`); null where none is printed')),
  score: num('points', 'the score as printed'),
  score_printed: text('the score exactly as printed (`82.64`)'),
  share_of_max_pct: orNull(num('%', '`score / max_score`, to 2 decimals; null where no maximum (or 0) is printed')),
  score_band: orNull(band('the evaluation band of the overall score (`total` only)')),
  ...auditColumns(FIGURES['incubation-scores']),
  ...provenance,
});

export const IncubationEmploymentRow = z.strictObject({
  year: int(null, 'the year'),
  jobs: int('count', 'jobs in incubated firms'),
  graduates: int('count', 'new graduates hired'),
  jobs_growth_pct: orNull(num('%', 'growth in jobs as printed (on the later year)')),
  jobs_growth_pct_recomputed: orNull(num('%', 'recomputed growth in jobs')),
  graduates_growth_pct: orNull(num('%', 'growth in graduates as printed (on the later year)')),
  graduates_growth_pct_recomputed: orNull(num('%', 'recomputed growth in graduates')),
  ...auditColumns(FIGURES['incubation-employment']),
  ...provenance,
});

export const ProjectRow = z.strictObject({
  slug: text('stable id used in URLs'),
  name_zh: orNull(text('project name (null where the table lost its header)')),
  name_en: orNull(text('project name in English')),
  table_kind: oneOf(['full', 'short', 'fragment'], '事后绩效自评表, 自评简表, or a table with its header missing'),
  table_year: orNull(int(null, 'the year the table is labelled with')),
  budget_wan: orNull(num('万元', 'initial budget (A)')),
  budget_line: orNull(line('the line that prints A')),
  executed_wan: orNull(num('万元', 'executed (B)')),
  executed_line: orNull(line('the line that prints B')),
  executed_from: orNull(
    oneOf(
      ['funds_row', 'cost_indicator'],
      'where B comes from (the cost indicator’s actual where the funds row is lost)',
    ),
  ),
  exec_rate_printed: orNull(text('the execution rate exactly as printed (`0.60%`)')),
  exec_rate_pct: orNull(num('%', 'execution rate as printed, as a number')),
  exec_rate_line: orNull(line('the line that prints the execution rate')),
  exec_rate_pct_recomputed: orNull(num('%', '`B / A`')),
  unspent_wan: orNull(num('万元', '`A − B`, to the fen; 0 where the table spent A or more')),
  shortfall_rank: orNull(
    int(
      null,
      'the table’s place among the shortfalls (`exec_rate_pct_recomputed` below 100): 1 for the most money unspent, ties in report order; null where it is no shortfall',
    ),
  ),
  funds_weight: orNull(num('points', 'the funds row’s maximum (10)')),
  funds_weight_printed: orNull(text('the funds row’s maximum exactly as printed (`10`)')),
  funds_score: orNull(num('points', 'funds score as printed')),
  funds_score_printed: orNull(text('the funds score exactly as printed (`6.0`)')),
  funds_score_line: orNull(line('the line that prints the funds score')),
  funds_score_recomputed: orNull(num('points', '`min(rate, 1) × weight`')),
  funds_points_lost: orNull(
    num(
      'points',
      'the points the funds row lost: `funds_weight − funds_score`, to 2 decimals; null where either is not printed',
    ),
  ),
  indicator_count: int('count', 'indicator rows read'),
  total_score: orNull(num('points', 'total score as printed')),
  total_score_printed: orNull(text('the total score exactly as printed (`99.6`)')),
  total_score_line: orNull(line('the line that prints the total score')),
  total_score_recomputed: num('points', 'funds score + indicator scores'),
  total_score_diff: orNull(
    num(
      'points',
      'the printed total against the recomputed one: `|total_score − total_score_recomputed|`, to 2 decimals; null where no total is printed',
    ),
  ),
  score_band: orNull(band('the band of the printed total')),
  score_band_recomputed: band('the band of the recomputed total'),
  points_lost: orNull(num('points', '`100 − total_score`')),
  goal_zh: orNull(text('the goal as printed')),
  outcome_zh: orNull(text('the outcome as printed')),
  ...auditColumns(FIGURES['projects']),
  ...provenance,
});

export const ProjectsTotalRow = z.strictObject({
  tables: int('count', 'self-evaluation tables'),
  budget_wan: num('万元', 'their initial budgets (A) added up, to the fen (a table without one counts 0)'),
  executed_wan: num('万元', 'what they spent (B) added up, to the fen'),
  unspent_wan: num('万元', 'their money left unspent (`projects.unspent_wan`) added up, to the fen'),
  shortfalls: int('count', 'tables that spent less than their budget (`projects.exec_rate_pct_recomputed` below 100)'),
  top_shortfalls: int(
    'count',
    'the fewest shortfalls, most money unspent first (ties in report order), whose money unspent reaches nine tenths of `unspent_wan`; 0 where nothing is unspent',
  ),
  top_shortfalls_unspent_wan: num('万元', 'their money left unspent added up, to the fen'),
  top_shortfalls_share_pct: num('%', 'that as a share of `unspent_wan`, to 2 decimals; 0 where nothing is unspent'),
  source_lines: column(
    z.array(z.number().int().positive()),
    'line numbers',
    'the lines that print the tables’ A and B (CSV: `52;54`)',
  ),
});

export const IndicatorRow = z.strictObject({
  project_slug: text('the project’s slug'),
  row: int(null, 'the row’s number in its table'),
  level1_zh: orNull(text('level-1 indicator: 产出指标 outputs, 效果指标 outcomes')),
  level1_en: orNull(text('level-1 indicator in English')),
  level2_zh: orNull(text('level-2 indicator: 数量, 质量, 进度, 成本, 效益, 满意度')),
  level2_en: orNull(text('level-2 indicator in English')),
  name_zh: orNull(text('the indicator')),
  weight: orNull(num('points', 'the row’s maximum')),
  weight_printed: orNull(text('the row’s maximum exactly as printed (`20`)')),
  target: orNull(text('target as printed')),
  actual: orNull(text('actual as printed')),
  score: orNull(num('points', 'score as printed')),
  score_printed: orNull(text('the score exactly as printed (`19.6`)')),
  points_lost: orNull(num('points', '`weight − score`')),
  reason_zh: orNull(text('the reason given for lost points')),
  complete: flag('false where the table lost cells of this row'),
  ...auditColumns(FIGURES['indicators']),
  ...provenance,
});

/** A list of report lines, as `source_lines` holds them (CSV: `52;54`). */
const lines = (meaning: string) => column(z.array(z.number().int().positive()), 'line numbers', meaning);

export const ScoreBandRow = z.strictObject({
  band: band('the evaluation band (contract/bands.ts), best first'),
  report_count: orNull(
    int(
      'count',
      'projects in the band as the report’s summary states them: its counts summed over the procedures (normal, simple); null where no procedure states them',
    ),
  ),
  printed_count: int(
    'count',
    'projects in the band by their printed totals: the self-evaluation tables that print a total (`projects.score_band`) and the externally evaluated fund (`incubation-scores.score_band`)',
  ),
  printed_lines: lines('the lines that print those totals: each table’s last line, the fund’s score sentence'),
  printed_count_at_or_below: int(
    'count',
    'printed totals in this band or a lower one (on 60-75: the totals below 75; on 90+: every printed total)',
  ),
  recomputed_count: int(
    'count',
    'projects in the band by their recomputed totals (`projects.score_band_recomputed`, for the tables that print a total) and the fund’s printed total (it has no table to recompute)',
  ),
  report_matches_printed: orNull(
    flag('whether the summary’s count is the printed totals’ count; null where no procedure states the counts'),
  ),
  ...provenance,
});

export const PointsLostByKindRow = z.strictObject({
  kind: oneOf(
    KIND_ORDER,
    'the kind of indicator (contract/indicator-kinds.ts): the funds row, the six second-level kinds, `unclassified` (rows whose second-level cell the report lost)',
  ),
  name_zh: orNull(text('the kind’s second-level name as the tables print it; null for funds and unclassified')),
  name_en: orNull(text('its English name (from data/glossary.json; null where it has none)')),
  lost: num(
    'points',
    'points lost (`weight − score`), summed over the rows that scored at or below their weight (`indicators.points_lost`; the funds row’s `funds_weight − funds_score`)',
  ),
  weight: num('points', 'the points the scored rows were worth, summed'),
  rows: int('count', 'rows of this kind with a score'),
  rows_lost: int('count', 'rows that lost points'),
  above_weight: num('points', 'points scored above the weight, summed (apart, not netted against `lost`)'),
  rows_above: int('count', 'rows that scored above their weight'),
  incomplete: int('count', 'rows whose cells the report lost (not counted)'),
  lost_lines: lines('the first line of each row that lost points or scored above its weight'),
  share_pct: orNull(
    num('%', '`lost` as a share of the points lost by every kind, to 2 decimals; null where none lost any'),
  ),
  ...provenance,
});

const from = (what: string) =>
  oneOf(
    ['summary', 'tables'],
    `where ${what} comes from: \`summary\` (the evaluation summary states it, Part 3 §一) or \`tables\` (counted from the tables, where it does not)`,
  );

export const ScoresSummaryRow = z.strictObject({
  evaluated: int(
    'count',
    'projects evaluated: the summary’s `all`, else the self-evaluated and the externally evaluated added up',
  ),
  evaluated_from: from('`evaluated`'),
  self_evaluated: int(
    'count',
    'projects that evaluated themselves: the summary’s `simple`, else the self-evaluation tables (`projects-total.tables`)',
  ),
  self_evaluated_from: from('`self_evaluated`'),
  external: int(
    'count',
    'projects evaluated by a third party: the summary’s `normal`, else 1 where the report scores the externally evaluated fund (`incubation-scores`), 0 where not',
  ),
  external_from: from('`external`'),
  scores: int(
    'count',
    'printed total scores: the self-evaluation tables that print one (`projects.total_score`) and the fund’s (`incubation-scores`, `total`)',
  ),
  self_scores: int('count', 'of those, the self-evaluation tables’ (`projects.total_score` printed)'),
  min_score: orNull(num('points', 'the lowest printed total; null where none is printed')),
  min_score_printed: orNull(text('it exactly as printed (`80.1`)')),
  max_score: orNull(num('points', 'the highest printed total')),
  max_score_printed: orNull(text('it exactly as printed')),
  mode_score: orNull(
    num('points', 'the most frequent printed total (between totals as frequent, the first in report order)'),
  ),
  mode_score_printed: orNull(text('it exactly as printed')),
  mode_count: int('count', 'the printed totals equal to `mode_score`; 0 where none is printed'),
  points_lost: num('points', 'points lost by every kind of indicator, added up (`points-lost-by-kind.lost`)'),
  points_above: num('points', 'points scored above the weight, added up (`points-lost-by-kind.above_weight`)'),
  rows_above: int('count', 'rows that scored above their weight (`points-lost-by-kind.rows_above`)'),
  rows_incomplete: int('count', 'rows whose cells the report lost (`points-lost-by-kind.incomplete`)'),
  source_lines: lines('the lines of the evaluation summary and those that print the totals'),
});

export type SpendingTotalRow = z.infer<typeof SpendingTotalRow>;
export type SpendingRow = z.infer<typeof SpendingRow>;
export type ProcurementRow = z.infer<typeof ProcurementRow>;
export type SubjectRow = z.infer<typeof SubjectRow>;
export type IncubationScoreRow = z.infer<typeof IncubationScoreRow>;
export type ProjectRow = z.infer<typeof ProjectRow>;
export type ScoreBandRow = z.infer<typeof ScoreBandRow>;
export type ProjectsTotalRow = z.infer<typeof ProjectsTotalRow>;
export type PointsLostByKindRow = z.infer<typeof PointsLostByKindRow>;
export type ScoresSummaryRow = z.infer<typeof ScoresSummaryRow>;
export type IndicatorRow = z.infer<typeof IndicatorRow>;

/** What the registry knows about a table. */
export interface TableSpec {
  schema: z.ZodObject;
  title_zh: string;
  title_en: string;
  /** the part of the report it is read from */
  section: string;
}

/** Every table in data/derived/, by file name, in the order the pipeline writes them. */
export const TABLES = {
  'overview-totals': {
    schema: TotalRow,
    title_zh: '收支总额',
    title_en: 'income and expenditure totals',
    section: 'Part 1 §二, §三',
  },
  'overview-breakdown': {
    schema: BreakdownRow,
    title_zh: '收入、支出构成',
    title_en: 'income by source, expenditure by type',
    section: 'Part 1 §二',
  },
  staff: {
    schema: StaffRow,
    title_zh: '人员编制',
    title_en: 'staff establishment',
    section: 'Part 1 §一',
  },
  'spending-total': {
    schema: SpendingTotalRow,
    title_zh: '一般公共预算财政拨款支出',
    title_en: 'the total the category list adds up to',
    section: 'Part 1 §四',
  },
  spending: {
    schema: SpendingRow,
    title_zh: '一般公共预算财政拨款支出（类、款）',
    title_en: 'general-public-budget spending by functional category 类 and sub-category 款',
    section: 'Part 1 §四',
  },
  'three-public': {
    schema: ThreePublicRow,
    title_zh: '“三公”经费',
    title_en: '“三公” costs',
    section: 'Part 2 §一',
  },
  'running-costs': {
    schema: RunningCostsRow,
    title_zh: '机关运行经费',
    title_en: 'agency running costs',
    section: 'Part 2 §二',
  },
  procurement: {
    schema: ProcurementRow,
    title_zh: '政府采购',
    title_en: 'government procurement',
    section: 'Part 2 §三',
  },
  'purchased-services': {
    schema: PurchasedServicesRow,
    title_zh: '政府购买服务',
    title_en: 'government-purchased services',
    section: 'Part 2 §六',
  },
  glossary: {
    schema: GlossaryRow,
    title_zh: '专业名词解释',
    title_en: 'the report’s own glossary',
    section: 'Part 2 §七',
  },
  'evaluation-summary': {
    schema: EvaluationSummaryRow,
    title_zh: '绩效评价总体情况',
    title_en: 'the performance evaluation summary',
    section: 'Part 3 §一',
  },
  'incubation-funds': {
    schema: IncubationFundRow,
    title_zh: '孵化专项资金',
    title_en: 'the externally evaluated fund: its money',
    section: 'Part 3 §二',
  },
  'incubation-scores': {
    schema: IncubationScoreRow,
    title_zh: '孵化专项资金评价得分',
    title_en: 'the externally evaluated fund: its scores',
    section: 'Part 3 §二',
  },
  'incubation-employment': {
    schema: IncubationEmploymentRow,
    title_zh: '孵化载体就业',
    title_en: 'the externally evaluated fund: jobs',
    section: 'Part 3 §二',
  },
  projects: {
    schema: ProjectRow,
    title_zh: '项目支出绩效自评表',
    title_en: 'one row per project self-evaluation table',
    section: 'Part 3 §三',
  },
  'projects-total': {
    schema: ProjectsTotalRow,
    title_zh: '项目合计',
    title_en: 'the self-evaluation tables’ budgets, spending and money left unspent, added up',
    section: 'Part 3 §三',
  },
  indicators: {
    schema: IndicatorRow,
    title_zh: '绩效指标',
    title_en: 'one row per indicator row of those tables',
    section: 'Part 3 §三',
  },
  'score-bands': {
    schema: ScoreBandRow,
    title_zh: '各分数段项目数',
    title_en: 'projects per score band, counted three ways: the summary, the printed totals, the recomputed totals',
    section: 'Part 3 §一, §二, §三',
  },
  'points-lost-by-kind': {
    schema: PointsLostByKindRow,
    title_zh: '各类指标失分',
    title_en: 'points lost by kind of indicator, summed over the self-evaluation tables',
    section: 'Part 3 §三',
  },
  'scores-summary': {
    schema: ScoresSummaryRow,
    title_zh: '评价概况',
    title_en: 'the evaluation as a whole: projects evaluated, the printed totals’ range, the points lost added up',
    section: 'Part 3 §一, §二, §三',
  },
  subject: {
    schema: SubjectRow,
    title_zh: '报告主体',
    title_en: 'the report’s subject: the department, its short name, the year and the place',
    section: 'title, Part 1 §一, §二',
  },
} satisfies Record<string, TableSpec>;

/** A table's file name in data/derived/ (without `.csv` / `.json`). */
export type TableName = keyof typeof TABLES;

/** The table names, in the order the pipeline writes them. */
export const TABLE_NAMES = Object.keys(TABLES) as TableName[];
