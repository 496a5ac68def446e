/**
 * Where the site shows the figures a finding is about, for "shown in" under each finding on /audit/: every chart of
 * the registry whose data table shows one of its figures (a column its rows' `figures` name, src/charts/figure-refs.ts;
 * a recomputed value stands for the printed figure), and the page of
 * each self-evaluation table one of its figures belongs to (a project page shows all of its table's figures).
 * Computed once per locale from the registry's rows.
 */
import type { FigureRef, Finding } from '../../contract/files';
import { words } from '../lib/words/projects';
import { projectName } from '../lib/project-facts';
import { data } from '../lib/data';
import { t, type Locale } from '../lib/i18n';
import { SECTIONS } from '../lib/sections';
import { chart, chartDefinitions } from './registry';

/** A place a finding's figures are shown: a chart (`chart` its id) on its page, or a project page itself. */
export interface FindingPlace {
  /** the route and anchor, without locale or base (`/spending/#spending-budget-vs-final`, `/projects/x/`) */
  route: string;
  /** the chart's title, or the project's name for a project page */
  title: string;
  /** the page's name (`支出`, the project's name) */
  page: string;
  /** the chart's id; undefined for a project page */
  chart?: string;
}

const refKey = (r: FigureRef) => `${r.table}|${r.row}|${r.column}`;
const cache = new Map<Locale, Map<string, FindingPlace[]>>();

/** The name of the page at `route`: its navigation name, or the project's name on a project page. */
function pageName(route: string, locale: Locale): string {
  const slug = /^\/projects\/([^/]+)\/$/.exec(route)?.[1];
  if (slug) {
    const p = data.projects.find((x) => x.slug === slug);
    if (p) return projectName(p, locale, words(locale, 'untitled'));
  }
  const section = SECTIONS.find((s) => s.route === route);
  return section ? t(locale, section.key) : route;
}

/** The slug of the self-evaluation table a figure of `projects` or `indicators` belongs to. */
function projectOf(ref: FigureRef): string | null {
  if (ref.table === 'projects') return ref.row;
  if (ref.table === 'indicators') return ref.row.split('/')[0] ?? null;
  return null;
}

/**
 * Every finding's places, by finding id (a finding whose figures no chart or project page shows has none): charts
 * in registry order, then project pages in report order.
 */
export function findingPlaces(locale: Locale): ReadonlyMap<string, readonly FindingPlace[]> {
  const cached = cache.get(locale);
  if (cached) return cached;
  // each figure → the charts whose rows name it
  const charts = new Map<string, string[]>();
  for (const d of chartDefinitions()) {
    const spec = chart(d.id, locale);
    // the figures its data table shows (a recomputed column stands for the printed figure it recomputes)
    const shown = new Set(spec.columns.map((c) => c.key));
    for (const row of spec.rows)
      for (const [column, ref] of Object.entries(row.figures ?? {})) {
        if (!shown.has(column)) continue;
        const list = charts.get(refKey(ref)) ?? [];
        if (!list.includes(d.id)) list.push(d.id);
        charts.set(refKey(ref), list);
      }
  }
  const order = chartDefinitions().map((d) => d.id);
  const places = new Map<string, FindingPlace[]>();
  for (const f of data.findings.findings) {
    const ids = new Set(f.figures.flatMap((ref) => charts.get(refKey(ref)) ?? []));
    const list: FindingPlace[] = order
      .filter((id) => ids.has(id))
      .map((id) => {
        const spec = chart(id, locale);
        return { route: `${spec.route}#${id}`, title: spec.title, page: pageName(spec.route, locale), chart: id };
      });
    const slugs = new Set(f.figures.map(projectOf).filter((s): s is string => s !== null));
    for (const p of data.projects.filter((x) => slugs.has(x.slug))) {
      const route = `/projects/${p.slug}/`;
      const name = pageName(route, locale);
      list.push({ route, title: name, page: name });
    }
    if (list.length) places.set(f.id, list);
  }
  cache.set(locale, places);
  return places;
}

/** The places of one finding (none when no chart or project page shows its figures). */
export const placesOf = (finding: Finding, locale: Locale): readonly FindingPlace[] =>
  findingPlaces(locale).get(finding.id) ?? [];
