/**
 * How the contract's units read: the unit of a figure a finding names (from its table's column), and an amount
 * in 万元 written in millions, as the English pages, charts and finding messages give amounts.
 */
import { columnInfo, type Unit } from './columns.ts';
import type { FigureRef } from './files.ts';
import { TABLES } from './tables.ts';

/** The unit of the column a figure is in (`spending` `budget_wan` → `万元`); null for text or an unknown column. */
export function unitOf(ref: FigureRef): Unit {
  const shape = TABLES[ref.table as keyof typeof TABLES]?.schema.shape as Record<string, unknown> | undefined;
  const schema = shape?.[ref.column];
  return schema ? (columnInfo.get(schema as Parameters<typeof columnInfo.get>[0])?.unit ?? null) : null;
}

/**
 * An amount in 万元 as printed (`687.92`, `-16.5`, `1,040`), written in millions: the decimal point moved two
 * places, every printed digit kept.
 * @example wanAsMillion('687.92') // '6.8792'
 * @example wanAsMillion('5504.37') // '55.0437'
 */
export function wanAsMillion(text: string): string {
  const m = /^(-?)([\d,]*)(?:\.(\d+))?$/.exec(text.trim());
  if (!m) throw new Error(`not an amount: ${JSON.stringify(text)}`);
  const [, sign, whole = '', frac = ''] = m;
  const digits = (whole.replace(/,/g, '') || '0').padStart(3, '0');
  const int = digits.slice(0, -2).replace(/^0+(?=\d)/, '');
  const rest = `${digits.slice(-2)}${frac}`.replace(/0+$/, '');
  const millions = Number(int).toLocaleString('en-US');
  return `${sign}${millions}${rest ? `.${rest}` : ''}`;
}
