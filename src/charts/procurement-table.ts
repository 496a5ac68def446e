/** The data table both procurement charts share: item, amount, share as printed and recomputed. */
import { procurementWords as w } from '../lib/words/procurement';
import { figuresOf } from './figure-refs';
import type { Column } from '../lib/format-cell';
import type { Locale } from '../lib/i18n';
import type { ProcurementRow } from '../../contract/tables';

export function procurementColumns(locale: Locale): Column[] {
  return [
    { key: 'name', label: w(locale, 'col.item') },
    { key: 'amount_wan', label: w(locale, 'col.amount'), kind: 'amount' },
    { key: 'share_pct', label: w(locale, 'col.share'), kind: 'percent' },
    { key: 'share_pct_recomputed', label: w(locale, 'col.shareRecomputed'), kind: 'percent' },
  ];
}

/** A procurement row with its full name in the reader's language as `name`. */
export function procurementTableRow(row: ProcurementRow, locale: Locale) {
  return {
    ...row,
    name: locale === 'en' ? (row.item_en ?? row.item_zh) : row.item_zh,
    recomputedColumns: ['share_pct_recomputed'],
    figures: figuresOf('procurement', row, {
      amount_wan: 'amount_wan',
      share_pct: 'share_pct',
      share_pct_recomputed: 'share_pct',
    }),
  };
}
