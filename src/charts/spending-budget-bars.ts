/**
 * The paired bars (initial budget above final amount) that the category chart and each category's sub-category
 * chart on /spending/ draw: the key's words and the wide and narrow SVGs.
 */
import { NARROW_WIDTH } from '../lib/charts/narrow';
import { spendingBudgetVsFinal, type BudgetFinalRow } from '../lib/charts/spending-budget-vs-final';
import { spendingWords as w } from '../lib/charts/spending-rows';
import type { Locale } from '../lib/i18n';
import { renderPlot } from '../lib/render-plot';

/** The chart's key and its label for a row without a budget. */
export function budgetFinalWords(locale: Locale) {
  return { budget: w(locale, 'key.budget'), final: w(locale, 'key.final'), noBudget: w(locale, 'noBudget') };
}

/** The chart of `rows` rendered wide (id `id`) and NARROW_WIDTH wide (id `<id>-narrow`). */
export function budgetFinalSvgs(
  rows: readonly BudgetFinalRow[],
  locale: Locale,
  id: string,
  ariaLabel: string,
): { svg: string; svgNarrow: string } {
  const words = budgetFinalWords(locale);
  return {
    svg: renderPlot(spendingBudgetVsFinal(rows, { locale, words }), { id, ariaLabel }),
    svgNarrow: renderPlot(spendingBudgetVsFinal(rows, { locale, words, width: NARROW_WIDTH }), {
      id: `${id}-narrow`,
      ariaLabel,
    }),
  };
}
