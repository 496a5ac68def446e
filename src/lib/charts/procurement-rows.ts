/**
 * From the `procurement` table to what the /procurement/ page shows: the parts by type (goods, works, services)
 * and the nested shares awarded to SMEs and to small and micro firms, as chart rows with short names, colours
 * and tooltips in the reader's language.
 */
import { printedShare } from '../data';
import { formatPercent } from '../format';
import type { Locale } from '../i18n';
import { procurementWords as w } from '../words/procurement';
import type { ProcurementRow } from '../../../contract/tables';
import type { PartRow } from './procurement-by-type';
import type { NestedRow } from './procurement-sme-share';

type Item = ProcurementRow['item'];

/** Each type's colour, fixed so that it means the same in every chart (Okabe-Ito, src/styles/tokens.css). */
const COLORS: Record<Item, string> = {
  total: 'var(--c-neutral)',
  services: 'var(--c1)',
  goods: 'var(--c2)',
  works: 'var(--c3)',
  sme: 'var(--c1)',
  small_micro: 'var(--c4)',
};

/**
 * The table's rows by item.
 * @throws if an item the page needs is missing
 */
export function procurementItems(rows: readonly ProcurementRow[]): Record<Item, ProcurementRow> {
  const out: Partial<Record<Item, ProcurementRow>> = {};
  for (const row of rows) out[row.item] = row;
  for (const item of Object.keys(COLORS) as Item[]) {
    if (!out[item]) throw new Error(`procurementItems: the procurement table has no row for ${item}`);
  }
  return out as Record<Item, ProcurementRow>;
}

/** The short name of an item (货物, Services, …). */
export const procurementName = (item: Item, locale: Locale): string => w(locale, `type.${item}`);

function tipTemplate(row: ProcurementRow, locale: Locale): string {
  const name = locale === 'en' ? (row.item_en ?? row.item_zh) : row.item_zh;
  return w(locale, 'tip', { name, amount: '{0}', share: formatPercent(printedShare(row), locale) });
}

/** Rows for procurementByType: the types that make up the total, largest first. */
export function typeRows(rows: readonly ProcurementRow[], locale: Locale): PartRow[] {
  return rows
    .filter((r) => r.parent === 'total' && r.item !== 'sme')
    .sort((a, b) => b.amount_wan - a.amount_wan)
    .map((row) => ({
      key: row.item,
      label: procurementName(row.item, locale),
      wan: row.amount_wan,
      shareText: formatPercent(printedShare(row), locale),
      color: COLORS[row.item],
      tipTemplate: tipTemplate(row, locale),
    }));
}

/** Rows for procurementSmeShare: all procurement, then what went to SMEs, then to small and micro firms. */
export function smeRows(rows: readonly ProcurementRow[], locale: Locale): NestedRow[] {
  const items = procurementItems(rows);
  return (['total', 'sme', 'small_micro'] as const).map((item, level) => {
    const row = items[item];
    return {
      key: item,
      label: procurementName(item, locale),
      level,
      wan: row.amount_wan,
      shareText: formatPercent(printedShare(row), locale),
      color: COLORS[item],
      tipTemplate: tipTemplate(row, locale),
    };
  });
}
