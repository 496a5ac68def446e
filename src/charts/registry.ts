/**
 * Every chart of the site, in page order. Pages, embed pages, chart downloads and social cards are all made from
 * this list: a chart is added by writing its module and listing it here.
 */
import { available, type PagePart } from '../lib/availability';
import type { Locale } from '../lib/i18n';
import type { ChartDefinition, ChartSpec } from './chart-spec';
import { disputedOf } from './disputed';
import { auditSummaryCharts } from './audit-summary';
// the overview (/)
import { overviewExecutionChart } from './overview-execution';
import { overviewScoresChart } from './overview-scores';
import { overviewSpendingChart } from './overview-spending';
import { procurementByTypeChart } from './procurement-by-type';
import { procurementSmeShareChart } from './procurement-sme-share';
import { projectPointsLostCharts } from './project-points-lost';
import { projectsBudgetExecutedCharts } from './projects-budget-executed';
import { projectsExecutionCharts } from './projects-execution';
import { scoresBandCountsCharts } from './scores-band-counts';
import { scoresDistributionCharts } from './scores-distribution';
import { scoresIncubationDimensionsCharts } from './scores-incubation-dimensions';
import { scoresPointsLostByKindCharts } from './scores-points-lost-by-kind';
import { scoresVsExecutionCharts } from './scores-vs-execution';
import { spendingBudgetVsFinalChart } from './spending-budget-vs-final';
import { spendingByCategoryChart } from './spending-by-category';
import { spendingSubCharts } from './spending-sub';

let definitions: readonly ChartDefinition[] | null = null;

/** Every chart definition; throws if two charts share an id. */
export function chartDefinitions(): readonly ChartDefinition[] {
  if (definitions) return definitions;
  // a page whose part of the report is missing has no charts (lib/availability.ts): none is built, so no embed,
  // download or card of an empty chart exists
  const when = (part: PagePart, charts: () => readonly ChartDefinition[]) => (available(part) ? charts() : []);
  const all = [
    // the overview (/)
    ...when('overview', () => [overviewSpendingChart, overviewExecutionChart, overviewScoresChart]),
    // /spending/
    ...when('spending', () => [spendingByCategoryChart, spendingBudgetVsFinalChart, ...spendingSubCharts()]),
    // /projects/ and /projects/<slug>/
    ...when('projects', () => [
      ...projectsExecutionCharts(),
      ...projectsBudgetExecutedCharts(),
      ...projectPointsLostCharts(),
    ]),
    // /procurement/
    ...when('procurement', () => [procurementByTypeChart, procurementSmeShareChart]),
    // /scores/: each chart listed only when its data exists
    ...when('scores', () => [
      ...scoresDistributionCharts(),
      ...scoresBandCountsCharts(),
      ...scoresVsExecutionCharts(),
      ...scoresPointsLostByKindCharts(),
      ...scoresIncubationDimensionsCharts(),
    ]),
    // /audit/: the findings by section and severity
    ...auditSummaryCharts(),
  ];
  const seen = new Set<string>();
  for (const d of all) {
    if (seen.has(d.id)) throw new Error(`chart registry: two charts have the id ${d.id}`);
    seen.add(d.id);
  }
  definitions = all;
  return all;
}

const cache = new Map<string, ChartSpec>();

/**
 * The chart `id` in `locale`, built once per build (pages, embeds and downloads share it), with the findings its
 * shown figures are in conflict with (`disputed`, src/charts/disputed.ts) computed from its rows.
 * @throws if no chart has that id
 * @example chart('procurement-by-type', 'en').title
 */
export function chart(id: string, locale: Locale): ChartSpec {
  const key = `${locale}:${id}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const definition = chartDefinitions().find((d) => d.id === id);
  if (!definition) throw new Error(`chart registry: no chart ${id}`);
  const built = definition.build(locale);
  if (built.id !== id || built.locale !== locale)
    throw new Error(`chart registry: ${id} built as ${built.id} (${built.locale})`);
  const columns = built.columns.slice(1).map((c) => c.key);
  const spec: ChartSpec = { ...built, disputed: disputedOf(built.rows, columns, locale) };
  cache.set(key, spec);
  return spec;
}

/** The charts shown on `route`, in page order. */
export function chartsOn(route: string): readonly ChartDefinition[] {
  return chartDefinitions().filter((d) => d.route === route);
}
