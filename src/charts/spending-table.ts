/**
 * The data tables of the /spending/ charts: a category's or sub-category's row with its name in the reader's
 * language and its initial budget shown only where the report states one; the columns of the share chart and of
 * the budget-against-final charts.
 */
import { spendingName } from '../lib/charts/spending-rows';
import { spendingWords as w } from '../lib/words/spending';
import type { Column } from '../lib/format-cell';
import type { Locale } from '../lib/i18n';
import type { SpendingRow } from '../../contract/tables';
import { figuresOf } from './figure-refs';

/** A spending row with `name` in `locale` and `budget_shown` (null where the report states no budget). */
export function spendingTableRow(row: SpendingRow, locale: Locale) {
  return {
    ...row,
    name: spendingName(row, locale),
    budget_shown: row.budget_stated ? row.budget_wan : null,
    // recomputed columns stand for the printed figure they recompute
    recomputedColumns: ['share_pct_recomputed', 'change_wan_recomputed', 'growth_pct_recomputed'],
    figures: figuresOf('spending', row, {
      final_wan: 'final_wan',
      share_pct: 'share_pct',
      share_pct_recomputed: 'share_pct',
      budget_shown: 'budget_wan',
      change_wan_recomputed: 'change_wan',
      growth_pct: 'growth_pct',
      growth_pct_recomputed: 'growth_pct',
    }),
  };
}

/** Category, final amount, share as printed and recomputed. */
export function shareColumns(locale: Locale): Column[] {
  return [
    { key: 'name', label: w(locale, 'col.category') },
    { key: 'final_wan', label: w(locale, 'col.final'), kind: 'amount' },
    { key: 'share_pct', label: w(locale, 'col.share'), kind: 'percent' },
    { key: 'share_pct_recomputed', label: w(locale, 'col.shareRecomputed'), kind: 'percent' },
  ];
}

/** Category (or sub-category), initial budget, final amount, the difference, growth as printed and recomputed. */
export function budgetFinalColumns(locale: Locale, level: 'category' | 'subcategory'): Column[] {
  return [
    { key: 'name', label: w(locale, level === 'category' ? 'col.category' : 'col.subcategory') },
    { key: 'budget_shown', label: w(locale, 'col.budget'), kind: 'amount' },
    { key: 'final_wan', label: w(locale, 'col.final'), kind: 'amount' },
    { key: 'change_wan_recomputed', label: w(locale, 'col.change'), kind: 'amount', signed: true },
    { key: 'growth_pct', label: w(locale, 'col.growth'), kind: 'percent', signed: true },
    { key: 'growth_pct_recomputed', label: w(locale, 'col.growthRecomputed'), kind: 'percent', signed: true },
  ];
}
