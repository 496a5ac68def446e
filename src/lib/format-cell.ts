/**
 * Formats one cell of a chart's data table for the reader's locale; ChartFigure renders the result.
 */
import {
  formatAmount,
  formatNumber,
  formatPercent,
  formatPoints,
  printedScore,
  unitLabel,
  MISSING,
  type AmountUnit,
} from './format';
import type { Locale } from './i18n';

export type ColumnKind = 'text' | 'amount' | 'percent' | 'points' | 'number';

export interface Column {
  /** the row property shown in this column, e.g. `final_wan` */
  key: string;
  /** the column header, without the unit (amount columns add it) */
  label: string;
  /** [kind='text'] how values are formatted; amounts are in 万元 */
  kind?: ColumnKind;
  /** [unit='wan'] for amount columns: the unit shown (English turns 'wan' into CNY million) */
  unit?: AmountUnit;
  /** fixed decimals, overriding the kind's default */
  digits?: number;
  /** [signed=false] show `+` on positive values, for changes */
  signed?: boolean;
  /**
   * for points columns that show a score or weight the report prints: the row property holding its printed text
   * (`score_printed`), shown as printed (printedScore) while the column's own value stays the number (downloads)
   */
  printed?: string;
}

/**
 * The header of `column`: amount columns name their unit, `决算数（万元）` / `Final amount (CNY million)`.
 * @example columnHeader({ key: 'final_wan', label: 'Final', kind: 'amount' }, 'en') // 'Final (CNY million)'
 */
export function columnHeader(column: Column, locale: Locale): string {
  if (column.kind !== 'amount') return column.label;
  const unit = unitLabel(locale, column.unit);
  return locale === 'zh' ? `${column.label}（${unit}）` : `${column.label} (${unit})`;
}

/** Whether the column holds numbers (right-aligned). */
export function isNumeric(column: Column): boolean {
  return (column.kind ?? 'text') !== 'text';
}

/**
 * `value` as shown in `column`: amounts bare (the header has the unit), percentages with `%`, points with
 * their unit (a printed score as printed, from `row[column.printed]`), text as is; `—` for null or undefined.
 * @throws if a numeric column holds something other than a number, or a printed column's row lacks its text
 */
export function formatCell(
  value: unknown,
  column: Column,
  locale: Locale,
  row: Readonly<Record<string, unknown>> = {},
): string {
  if (value === null || value === undefined) return MISSING;
  if (column.printed !== undefined) {
    const text = row[column.printed];
    if (typeof text !== 'string')
      throw new Error(`formatCell: column ${column.key} shows ${column.printed}, found ${JSON.stringify(text)}`);
    return printedScore(text, locale);
  }
  const kind = column.kind ?? 'text';
  if (kind === 'text') return String(value);
  if (typeof value !== 'number') {
    throw new Error(`formatCell: column ${column.key} expects a number, found ${JSON.stringify(value)}`);
  }
  const { digits, signed } = column;
  switch (kind) {
    case 'amount':
      return formatAmount(value, locale, { unit: column.unit, digits, signed, bare: true });
    case 'percent':
      return formatPercent(value, locale, { digits, signed });
    case 'points':
      return formatPoints(value, locale, { digits, signed });
    case 'number':
      return formatNumber(value, locale, { digits, signed });
    default:
      throw new Error(`formatCell: invalid column kind ${String(kind)}`);
  }
}
