/**
 * How a finding's printed and recomputed values are shown. The findings carry no unit (their messages do) and
 * some values are years or counts, so numbers are written as the report writes them: their own decimals, no
 * thousands separators, only a true minus sign.
 */
import { MISSING } from './format';

/**
 * `value` for the audit page: numbers with their own decimals (`687.92`, `−54`, `0.6`, `2020`), text as is, `—`
 * for null. The same in both languages.
 * @example formatFindingValue(-46.42) // '−46.42'
 */
export function formatFindingValue(value: number | string | null | undefined): string {
  if (value === null || value === undefined) return MISSING;
  if (typeof value === 'string') return value;
  if (!Number.isFinite(value)) throw new Error(`formatFindingValue: invalid number ${value}`);
  return value.toFixed(decimalsOf(value)).replace('-', '\u2212');
}

/** The number of decimals a number is written with: 687.92 → 2, 100 → 0, 1e-7 → 7. */
export function decimalsOf(value: number): number {
  const [mantissa = '', exponent = '0'] = String(Math.abs(value)).split('e');
  const decimals = (mantissa.split('.')[1] ?? '').length - Number(exponent);
  return Math.max(0, decimals);
}
