/**
 * Every chart of the site, in page order. Pages, embed pages, chart downloads and social cards are all made from
 * this list: a chart is added by writing its module and listing it here.
 */
import type { Locale } from '../lib/i18n';
import type { ChartDefinition, ChartSpec } from './chart-spec';
import { procurementByTypeChart } from './procurement-by-type';
import { procurementSmeShareChart } from './procurement-sme-share';
// /projects/ and /projects/<slug>/
import { projectPointsLostCharts } from './project-points-lost';
import { projectsBudgetExecutedCharts } from './projects-budget-executed';
import { projectsExecutionCharts } from './projects-execution';

let definitions: readonly ChartDefinition[] | null = null;

/** Every chart definition; throws if two charts share an id. */
export function chartDefinitions(): readonly ChartDefinition[] {
  if (definitions) return definitions;
  const all = [
    procurementByTypeChart,
    procurementSmeShareChart,
    // /projects/ and /projects/<slug>/
    ...projectsExecutionCharts(),
    ...projectsBudgetExecutedCharts(),
    ...projectPointsLostCharts(),
  ];
  const seen = new Set<string>();
  for (const d of all) {
    if (seen.has(d.id)) throw new Error(`chart registry: two charts have the id ${d.id}`);
    seen.add(d.id);
  }
  definitions = all;
  return all;
}

const built = new Map<string, ChartSpec>();

/**
 * The chart `id` in `locale`, built once per build (pages, embeds and downloads share it).
 * @throws if no chart has that id
 * @example chart('procurement-by-type', 'en').title
 */
export function chart(id: string, locale: Locale): ChartSpec {
  const key = `${locale}:${id}`;
  const cached = built.get(key);
  if (cached) return cached;
  const definition = chartDefinitions().find((d) => d.id === id);
  if (!definition) throw new Error(`chart registry: no chart ${id}`);
  const spec = definition.build(locale);
  if (spec.id !== id || spec.locale !== locale)
    throw new Error(`chart registry: ${id} built as ${spec.id} (${spec.locale})`);
  built.set(key, spec);
  return spec;
}

/** The charts shown on `route`, in page order. */
export function chartsOn(route: string): readonly ChartDefinition[] {
  return chartDefinitions().filter((d) => d.route === route);
}
