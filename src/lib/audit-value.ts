/**
 * How a finding's printed and recomputed values are shown: numbers as the report writes them (their own decimals,
 * no thousands separators, only a true minus sign), with the finding's unit (`unit`, recorded by
 * the audit) as its message gives it — `687.92 万元`, and in English `CNY 6.8792 million`.
 * Years, counts and text have no unit.
 */
import type { Finding } from '../../contract/files';
import { wanAsMillion } from '../../contract/units';
import { MISSING } from './format';
import type { Locale } from './i18n';

/** Numbers as JavaScript writes them (the shortest form that reads back the same), without exponent or grouping. */
const plain = new Intl.NumberFormat('en-US', { useGrouping: false, maximumFractionDigits: 20 });

/**
 * `value` for the audit page: numbers with their own decimals (`687.92`, `−54`, `0.6`, `2020`), text as is, `—`
 * for null. The same in both languages.
 * @example formatFindingValue(-46.42) // '−46.42'
 */
export function formatFindingValue(
  value: number | string | null | undefined,
  unit: Finding['unit'] = null,
  locale: Locale = 'zh',
): string {
  if (value === null || value === undefined) return MISSING;
  if (typeof value === 'string') return value;
  if (!Number.isFinite(value)) throw new Error(`formatFindingValue: invalid number ${value}`);
  const text = plain.format(value);
  const minus = (s: string) => s.replace('-', '\u2212');
  if (unit === '万元') return locale === 'zh' ? `${minus(text)} 万元` : `CNY ${minus(wanAsMillion(text))} million`;
  if (unit === '%') return `${minus(text)}%`;
  if (unit === 'points') return locale === 'zh' ? `${minus(text)} 分` : `${minus(text)} ${text === '1' ? 'pt' : 'pts'}`;
  return minus(text);
}
