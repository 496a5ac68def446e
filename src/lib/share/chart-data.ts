/**
 * The data behind a chart, as its downloads give it (`charts/<id>.csv` and `.json`, src/lib/share/chart-files.ts):
 * the data table's columns and rows, unformatted.
 */
import { csvFormatValue } from 'd3-dsv';
import { auditColumnNames } from '../../../contract/columns';
import type { FigureRef } from '../../../contract/files';
import type { FigureVerdict } from '../data';
import type { Column } from '../format-cell';
import type { Locale } from '../i18n';
import { shareWords } from '../words/share';

export interface ChartData {
  id: string;
  locale: Locale;
  title: string;
  subtitle: string;
  /** report lines the chart's figures come from */
  source_lines: number[];
  /** the unit of every amount: 万元 (10,000 yuan), whatever the page shows */
  amount_unit: '万元';
  /** what the numbers are: amounts in 万元 = 10,000 yuan, unformatted; source_lines are the site's copy's lines */
  note: string;
  /** the data table's columns, in its order: each with its kind, its unit (万元 for amounts, % for percentages) and what it holds */
  columns: { key: string; label: string; kind: string; unit?: string; about: string }[];
  /**
   * the audit's verdict on each of the report's figures the table shows (`of`: its column; null where the table
   * shows none, only counts of this site's): the status and finding-id keys each row carries for it
   */
  audit_columns: { of: string | null; status: string; finding_ids: string; about: string }[];
  /** one object per table row: the columns' keys, the audit columns and `source_lines`, values unformatted */
  rows: Record<string, unknown>[];
}

/** Where a chart's download reads each figure's verdict (src/lib/data.ts `figureVerdict`). */
export type VerdictOf = (ref: FigureRef) => FigureVerdict | null;

/**
 * The chart's data: only the data table's columns (and each row's source lines), values unformatted.
 * @throws if a row lacks one of the columns
 */
export function chartData(
  chart: Pick<ChartData, 'id' | 'locale' | 'title' | 'subtitle'> & { sourceLines: readonly number[] },
  columns: readonly Column[],
  rows: readonly (Record<string, unknown> & { figures?: Readonly<Record<string, FigureRef>> })[],
  verdictOf: VerdictOf = () => null,
): ChartData {
  const keys = columns.map((c) => c.key);
  const w = (key: Parameters<typeof shareWords>[1]) => shareWords(chart.locale, key);
  // the figures shown: the columns the rows name a figure for; a chart that shows none of the report's figures
  // (counts the site makes) has one pair for its rows, not-checked
  const named = keys.filter((k) => rows.some((r) => r.figures?.[k] !== undefined));
  const audit = (named.length ? named : [null]).map((k) => {
    const names = k === null ? auditColumnNames('', ['']) : auditColumnNames(k, named);
    return {
      of: k,
      status: names.status,
      finding_ids: names.ids,
      about: w(k === null ? 'data.col.auditNone' : 'data.col.audit'),
    };
  });
  return {
    id: chart.id,
    locale: chart.locale,
    title: chart.title,
    subtitle: chart.subtitle,
    source_lines: [...chart.sourceLines],
    amount_unit: '万元',
    note: w('data.note'),
    columns: columns.map((c) => ({
      key: c.key,
      label: c.label,
      kind: c.kind ?? 'text',
      ...columnUnit(c, chart.locale),
    })),
    audit_columns: audit,
    rows: rows.map((row, i) => {
      const out: Record<string, unknown> = {};
      for (const key of keys) {
        if (!(key in row)) throw new Error(`chartData ${chart.id}: row ${i + 1} has no ${key}`);
        out[key] = row[key] ?? null;
      }
      for (const a of audit) {
        const ref = a.of === null ? undefined : row.figures?.[a.of];
        const shown = a.of === null || (row[a.of] !== null && row[a.of] !== undefined);
        const verdict = shown ? ((ref && verdictOf(ref)) ?? { status: 'not-checked' as const, finding_ids: '' }) : null;
        out[a.status] = verdict?.status ?? null;
        out[a.finding_ids] = verdict ? verdict.finding_ids : null;
      }
      out.source_lines = [...((row.source_lines as readonly number[] | undefined) ?? [])];
      return out;
    }),
  };
}

/** A column's unit and what it holds: amounts in 万元, percentages in %, printed text said to be text. */
function columnUnit(column: Column, locale: Locale): { unit?: string; about: string } {
  const w = (key: Parameters<typeof shareWords>[1]) => shareWords(locale, key);
  switch (column.kind ?? 'text') {
    case 'amount':
      return { unit: '万元', about: w('data.col.amount') };
    case 'percent':
      return { unit: '%', about: w('data.col.percent') };
    case 'points':
      return { unit: w('data.unit.points'), about: w('data.col.points') };
    case 'number':
      return { about: w('data.col.number') };
    default:
      return { about: w(column.key.endsWith('_printed') ? 'data.col.printed' : 'data.col.text') };
  }
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
  const keys = [
    ...data.columns.map((c) => c.key),
    ...data.audit_columns.flatMap((a) => [a.status, a.finding_ids]),
    'source_lines',
  ];
  const lines = [keys, ...data.rows.map((row) => keys.map((k) => row[k]))].map((cells) =>
    cells.map(csvField).join(','),
  );
  return `${BOM}${lines.join('\n')}\n`;
}

/**
 * The chart's data as a JSON file: title, subtitle, source lines, the amount unit and a note, columns (key, label,
 * kind, unit, what each holds) and rows.
 */
export function toJson(data: ChartData): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}
