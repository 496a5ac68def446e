/**
 * Which figure of the derived tables each cell of a chart's data table shows, so that its download can carry the
 * audit's verdict on it (read from the table's audit columns by `figureVerdict`, src/lib/data.ts; never
 * recomputed here). A column that shows a recomputed value stands for the printed figure it recomputes.
 */
import type { FigureRef } from '../../contract/files';
import { TABLE_KEYS, type TableName } from '../../contract/tables';

/** A row's key in `table` (its TABLE_KEYS columns' values joined by `/`), as findings.json names it. */
export function rowKey(table: TableName, row: Readonly<Record<string, unknown>>): string {
  return (TABLE_KEYS[table] as readonly string[]).map((k) => String(row[k])).join('/');
}

/**
 * The figures a chart row shows: data-table column key → the column of `row` in `table` it shows.
 * @example figuresOf('projects', p, { budget_wan: 'budget_wan', rate: 'exec_rate_pct' })
 */
export function figuresOf(
  table: TableName,
  row: Readonly<Record<string, unknown>>,
  columns: Readonly<Record<string, string>>,
): Record<string, FigureRef> {
  const key = rowKey(table, row);
  return Object.fromEntries(Object.entries(columns).map(([k, column]) => [k, { table, row: key, column }]));
}
