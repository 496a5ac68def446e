/**
 * /spending/: one chart per category of the drill-down, `spending-sub-<slug>`: its sub-categories' initial budget
 * against final amount.
 */
import { budgetFinalList, spendingName, subcategoryTitle, type SpendingCategory } from '../lib/charts/spending-rows';
import { spendingWords as w } from '../lib/words/spending';
import { linesOf } from '../lib/data';
import type { Locale } from '../lib/i18n';
import { spendingFacts } from '../lib/pages/spending-facts';
import { auditLinks } from './audit-links';
import type { ChartDefinition, ChartSpec } from './chart-spec';
import { budgetFinalBars, budgetFinalSvgs } from './spending-budget-bars';
import { budgetFinalColumns, spendingTableRow } from './spending-table';
import { unitSubtitles } from './unit-chart';

const route = '/spending/';

/** The id of a category's sub-category chart (and of its drill-down panel). */
export const spendingSubChartId = (slug: string) => `spending-sub-${slug}`;

function spendingSubChart(category: SpendingCategory): ChartDefinition {
  const id = spendingSubChartId(category.slug);
  const { row, subcategories } = category;
  const lines = linesOf(subcategories);
  const build = (locale: Locale): ChartSpec => {
    const name = spendingName(row, locale);
    const columns = budgetFinalColumns(locale, 'subcategory');
    const table = subcategories.map((s) => spendingTableRow(s, locale));
    const bars = budgetFinalBars(subcategories, table, columns, locale);
    return {
      id,
      locale,
      route,
      level: 3,
      title: subcategoryTitle(category, locale),
      ...unitSubtitles(locale, w(locale, 'sub.subtitle', { category: name })),
      ...budgetFinalSvgs(bars, locale, id, w(locale, 'sub.aria', { category: name })),
      alt: w(locale, 'sub.alt', { list: budgetFinalList(subcategories, locale) }),
      sourceLines: lines,
      columns,
      rows: table,
      auditLinks: auditLinks(locale, lines),
    };
  };
  return { id, route, build };
}

/** One chart per category, in the order of the drill-down (largest final amount first). */
export function spendingSubCharts(): ChartDefinition[] {
  return spendingFacts().categories.map(spendingSubChart);
}
