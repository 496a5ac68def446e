/**
 * The data behind a chart, as its downloads give it (`charts/<id>.csv` and `.json`, src/lib/share/chart-files.ts):
 * the data table's columns and rows, unformatted.
 */
import { csvFormatValue } from 'd3-dsv';
import type { Column } from '../../lib/format-cell';
import type { Locale } from '../../lib/i18n';

export interface ChartData {
  id: string;
  locale: Locale;
  title: string;
  subtitle: string;
  /** report lines the chart's figures come from */
  source_lines: number[];
  /** the data table's columns, in its order; amounts are in 万元 whatever the page shows */
  columns: { key: string; label: string; kind: string; unit?: '万元' }[];
  /** one object per table row: the columns' keys and `source_lines`, values as in the tables (unformatted) */
  rows: Record<string, unknown>[];
}

/**
 * The chart's data: only the data table's columns (and each row's source lines), values unformatted.
 * @throws if a row lacks one of the columns
 */
export function chartData(
  chart: Omit<ChartData, 'columns' | 'rows' | 'source_lines'> & { sourceLines: readonly number[] },
  columns: readonly Column[],
  rows: readonly Record<string, unknown>[],
): ChartData {
  const keys = columns.map((c) => c.key);
  return {
    id: chart.id,
    locale: chart.locale,
    title: chart.title,
    subtitle: chart.subtitle,
    source_lines: [...chart.sourceLines],
    columns: columns.map((c) => ({
      key: c.key,
      label: c.label,
      kind: c.kind ?? 'text',
      ...(c.kind === 'amount' ? { unit: '万元' as const } : {}),
    })),
    rows: rows.map((row, i) => {
      const out: Record<string, unknown> = {};
      for (const key of keys) {
        if (!(key in row)) throw new Error(`chartData ${chart.id}: row ${i + 1} has no ${key}`);
        out[key] = row[key] ?? null;
      }
      out.source_lines = [...((row.source_lines as readonly number[] | undefined) ?? [])];
      return out;
    }),
  };
}

const BOM = '\uFEFF';

/** A value as CSV text: empty for a missing value, arrays (source lines) as `49;52`, objects as JSON. */
function csvText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.join(';');
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/**
 * A CSV field: d3-dsv quotes it where it holds `"`, `,` or a line break; a field with leading or trailing
 * whitespace is quoted too, so that spreadsheets that trim unquoted fields keep it.
 */
function csvField(value: unknown): string {
  const text = csvText(value);
  const field = csvFormatValue(text);
  return field === text && /^\s|\s$/.test(text) ? `"${text}"` : field;
}

/**
 * The chart's rows as CSV for spreadsheets: UTF-8 with a byte-order mark, a header of column keys (then
 * `source_lines`, as `49;52`), numbers as in the tables, empty for a missing value, one row per line.
 * @example toCsv(data) // '\uFEFFname,final_wan,source_lines\n科学技术支出,5504.37,49\n'
 */
export function toCsv(data: ChartData): string {
  const keys = [...data.columns.map((c) => c.key), 'source_lines'];
  const lines = [keys, ...data.rows.map((row) => keys.map((k) => row[k]))].map((cells) =>
    cells.map(csvField).join(','),
  );
  return `${BOM}${lines.join('\n')}\n`;
}

/** The chart's data as a JSON file: title, subtitle, source lines, columns (key, label, kind) and rows. */
export function toJson(data: ChartData): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}
