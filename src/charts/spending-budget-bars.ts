/**
 * The paired bars (initial budget above final amount) that the category chart and each category's sub-category
 * chart on /spending/ draw: the key's words and the wide and narrow SVGs.
 */
import { spendingBudgetVsFinal, type BudgetFinalRow } from '../lib/charts/spending-budget-vs-final';
import { budgetFinalRows } from '../lib/charts/spending-rows';
import { spendingWords as w } from '../lib/words/spending';
import type { Column } from '../lib/format-cell';
import type { Locale } from '../lib/i18n';
import { renderWideAndNarrow } from '../lib/render-plot';
import type { SpendingRow } from '../../contract/tables';
import type { TableRow } from './chart-spec';
import { disputeLabel, isDisputed } from './disputed';

/** The chart's key and its label for a row without a budget. */
export function budgetFinalWords(locale: Locale) {
  return {
    budget: w(locale, 'key.budget'),
    final: w(locale, 'key.final'),
    noBudget: w(locale, 'noBudget'),
    dispute: disputeLabel(locale),
  };
}

/**
 * The bars of `rows` (spending rows) beside their data table's rows (`table`, in the same order): a row that shows
 * a figure the audit disputes in one of the table's `columns` is marked "≠" (src/charts/disputed.ts).
 */
export function budgetFinalBars(
  rows: readonly SpendingRow[],
  table: readonly TableRow[],
  columns: readonly Column[],
  locale: Locale,
): BudgetFinalRow[] {
  const shown = columns.slice(1).map((c) => c.key);
  return budgetFinalRows(rows, locale).map((r, i) => ({ ...r, disputed: isDisputed(table[i]!, shown) }));
}

/** The chart of `rows` rendered wide (id `id`) and NARROW_WIDTH wide (id `<id>-narrow`). */
export function budgetFinalSvgs(
  rows: readonly BudgetFinalRow[],
  locale: Locale,
  id: string,
  ariaLabel: string,
): { svg: string; svgNarrow: string } {
  const words = budgetFinalWords(locale);
  return renderWideAndNarrow((width) => spendingBudgetVsFinal(rows, { locale, words, width }), { id, ariaLabel });
}
