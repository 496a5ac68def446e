/**
 * Which pages a report's tables can fill. A report of the template may lack sections (a partial copy, a unit
 * with no procurement or no performance tables): a page whose figures are missing is built all the same, and says
 * so plainly instead of drawing an empty chart (components/MissingPage.astro); its charts, embeds, downloads and
 * cards are not made (charts/registry.ts), and the navigation marks it. With every table filled (this report),
 * every page is available and nothing changes.
 */
import { data } from './data';

export type PagePart = 'overview' | 'spending' | 'projects' | 'procurement' | 'scores' | 'briefing';

/** The report sections each page is made from (their ids in manifest.json's missing_sections). */
export const PAGE_SECTIONS: Record<PagePart, readonly string[]> = {
  spending: ['spending'],
  projects: ['self_eval'],
  procurement: ['procurement', 'three_public', 'running_costs', 'purchased_services'],
  scores: ['self_eval', 'eval_summary', 'eval_report'],
  overview: ['totals', 'spending', 'procurement', 'self_eval', 'eval_summary', 'eval_report'],
  briefing: ['totals', 'spending', 'procurement', 'self_eval', 'eval_summary', 'eval_report'],
};

const categories = () => data.spending.filter((r) => r.level === 'category').length;
const has = {
  spending: () => categories() >= 2 && data.spendingTotal.length > 0,
  projects: () => data.projects.length > 0,
  procurement: () =>
    ['total', 'goods', 'works', 'services', 'sme', 'small_micro'].every((i) =>
      data.procurement.some((r) => r.item === i),
    ) &&
    data.threePublic.some((r) => r.item === 'total') &&
    data.runningCosts.length > 0 &&
    data.purchasedServices.length > 0,
  scores: () => data.projects.length > 0 && data.evaluationSummary.length > 0 && data.incubationScores.length > 0,
  totals: () => ['income_total', 'expenditure_total'].every((m) => data.overviewTotals.some((r) => r.metric === m)),
};

/** Whether the tables hold what `part`'s page needs. */
export function available(part: PagePart): boolean {
  switch (part) {
    case 'spending':
    case 'projects':
    case 'procurement':
    case 'scores':
      return has[part]();
    case 'overview':
    case 'briefing':
      return has.totals() && has.spending() && has.projects() && has.procurement() && has.scores();
  }
}

/** The sections `part`'s page is made from that this report lacks, in the template's order. */
export function missingSections(part: PagePart): string[] {
  const missing = new Set(data.manifest.missing_sections);
  return PAGE_SECTIONS[part].filter((s) => missing.has(s));
}

/** The page of a site route, if it is one that can be missing. */
export function partOfRoute(route: string): PagePart | null {
  const parts: Record<string, PagePart> = {
    '/': 'overview',
    '/spending/': 'spending',
    '/projects/': 'projects',
    '/procurement/': 'procurement',
    '/scores/': 'scores',
    '/briefing/': 'briefing',
  };
  return parts[route] ?? null;
}
