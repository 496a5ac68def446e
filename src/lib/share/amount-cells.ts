/**
 * Data-table markup that follows the unit switch (src/client/unit-switch.ts): amount cells carry their value in
 * 万元 (`data-amount-wan`, `data-amount-bare`, `data-amount-signed`) and amount headers name the unit in a
 * `data-unit-label` element. Only amount columns shown in the default unit and decimals follow the switch, since
 * the script formats with those.
 */
import { amountAttributes } from '../amount-attributes';
import { unitLabel } from '../format';
import type { Column } from '../format-cell';
import type { Locale } from '../i18n';

/** Whether the unit switch re-formats `column`. */
export function followsUnit(column: Column): boolean {
  return column.kind === 'amount' && (column.unit ?? 'wan') === 'wan' && column.digits === undefined;
}

/** The attributes for one cell of `column` holding `value` (none unless it is an amount that follows the switch). */
export function cellAmountAttributes(column: Column, value: unknown): Record<string, string> {
  if (!followsUnit(column) || typeof value !== 'number' || !Number.isFinite(value)) return {};
  return amountAttributes(value, { bare: true, signed: column.signed ?? false });
}

/**
 * A column header split around its unit, `['决算数（', '万元', '）']`, or `null` for a header without a unit that
 * follows the switch (see columnHeader in src/lib/format-cell.ts for the plain text).
 */
export function headerParts(column: Column, locale: Locale): [string, string, string] | null {
  if (!followsUnit(column)) return null;
  const unit = unitLabel(locale, 'wan');
  return locale === 'zh' ? [`${column.label}（`, unit, '）'] : [`${column.label} (`, unit, ')'];
}
