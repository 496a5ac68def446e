/**
 * How a finding's printed and recomputed values are shown. The findings carry no unit (their messages do) and
 * some values are years or counts, so numbers are written as the report writes them: their own decimals, no
 * thousands separators, only a true minus sign.
 */
import { MISSING } from './format';

/** Numbers as JavaScript writes them (the shortest form that reads back the same), without exponent or grouping. */
const plain = new Intl.NumberFormat('en-US', { useGrouping: false, maximumFractionDigits: 20 });

/**
 * `value` for the audit page: numbers with their own decimals (`687.92`, `−54`, `0.6`, `2020`), text as is, `—`
 * for null. The same in both languages.
 * @example formatFindingValue(-46.42) // '−46.42'
 */
export function formatFindingValue(value: number | string | null | undefined): string {
  if (value === null || value === undefined) return MISSING;
  if (typeof value === 'string') return value;
  if (!Number.isFinite(value)) throw new Error(`formatFindingValue: invalid number ${value}`);
  return plain.format(value).replace('-', '\u2212');
}
