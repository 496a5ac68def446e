/**
 * `datapackage.json`: the derived tables as a Frictionless Tabular Data Package (https://specs.frictionlessdata.io/),
 * made from the contract — one resource per table (its CSV), each column with its Table Schema type, unit and
 * meaning, the primary key where the template gives one, the report as the source (with its sha256) and the
 * licence. The pipeline writes it into data/derived/; the site serves it at /data/datapackage.json and, with
 * paths that point into /data/, at the site's root.
 */
import { z } from 'zod';
import { columnInfo } from './columns.ts';
import { TABLE_KEYS, TABLES, TABLE_NAMES, type TableSpec } from './tables.ts';

/** The licence of this project's transcription and tables (the report itself is the bureau's publication). */
export const DATA_LICENCE = {
  name: 'CC-BY-4.0',
  path: 'https://creativecommons.org/licenses/by/4.0/',
  title: 'Creative Commons Attribution 4.0 (this site’s transcription and tables)',
} as const;

export interface DataPackageSource {
  /** the report's file name as received */
  file: string;
  sha256: string;
  /** the report's first heading, e.g. `第一部分 2019年度部门决算说明` */
  heading: string;
  /** the year the report covers, from its heading */
  year: number | null;
  /** the department the report is about (the `subject` table), where the text names it */
  department?: { zh: string | null; en: string | null };
}

interface Field {
  name: string;
  type: 'number' | 'integer' | 'string' | 'boolean';
  description: string;
  unit?: string;
  format?: string;
  constraints?: { required?: boolean; enum?: string[] };
}

/** A column's Table Schema field: its type (a list of line numbers is a `;`-separated string in the CSV). */
function field(name: string, schema: z.ZodType): Field {
  // an optional column that a report writes is a column like the others (required where it is not nullable)
  if (schema instanceof z.ZodOptional) return field(name, schema.unwrap() as z.ZodType);
  const info = columnInfo.get(schema);
  const nullable = schema instanceof z.ZodNullable;
  const inner = nullable ? (schema.unwrap() as z.ZodType) : schema;
  const base = { name, description: info?.meaning ?? '', ...(info?.unit ? { unit: info.unit } : {}) };
  const required = nullable ? {} : { required: true };
  if (inner instanceof z.ZodNumber)
    return { ...base, type: inner.format === 'safeint' ? 'integer' : 'number', constraints: required };
  if (inner instanceof z.ZodEnum)
    return { ...base, type: 'string', constraints: { ...required, enum: inner.options as string[] } };
  if (inner instanceof z.ZodString) return { ...base, type: 'string', constraints: required };
  if (inner instanceof z.ZodBoolean) return { ...base, type: 'boolean', constraints: required };
  if (inner instanceof z.ZodArray)
    return { ...base, type: 'string', format: 'default', description: `${base.description} (\`;\`-separated)` };
  throw new Error(`datapackage: no Table Schema type for column ${name} (${inner.def.type})`);
}

function resource(
  name: (typeof TABLE_NAMES)[number],
  spec: TableSpec,
  pathPrefix: string,
  columns: readonly string[] | undefined,
) {
  const key: readonly string[] = TABLE_KEYS[name];
  return {
    profile: 'tabular-data-resource',
    name,
    path: `${pathPrefix}${name}.csv`,
    title: `${spec.title_zh} / ${spec.title_en}`,
    title_zh: spec.title_zh,
    title_en: spec.title_en,
    description: `Read from the report's ${spec.section}.`,
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    schema: {
      fields: Object.entries(spec.schema.shape)
        .filter(([c]) => !columns || columns.includes(c))
        .map(([c, s]) => field(c, s as z.ZodType)),
      missingValues: [''],
      ...(key.length ? { primaryKey: [...key] } : {}),
    },
  };
}

/**
 * The package's title: the report's heading, with the department's name where the text gives it.
 * @example packageTitle({ heading: '第一部分 2019年度部门决算说明', year: 2019, department: { zh: '北京市丰台区科学技术和信息化局', en: 'Fengtai District Science, Technology and Informatization Bureau' }, … })
 *   // '北京市丰台区科学技术和信息化局2019年度部门决算说明：数据表 / the 2019 final accounts of the Fengtai District Science, Technology and Informatization Bureau as tables'
 */
export function packageTitle(source: DataPackageSource): string {
  const heading = source.heading.replace(/^第[一二三四五六七八九十]+部分\s*/, '');
  const zh = source.department?.zh;
  if (!zh) return `${heading}：数据表 / the report as tables`;
  const en = source.department?.en ?? zh;
  return `${heading.startsWith(zh) ? '' : zh}${heading}：数据表 / the ${source.year ? `${source.year} ` : ''}final accounts of ${source.department?.en ? `the ${en}` : en} as tables`;
}

/**
 * The data package descriptor.
 * @param [pathPrefix=''] what comes before each CSV's file name (`data/` at the site's root)
 * @param [columnsOf] the columns each table has (an optional column is listed only where a report writes it)
 */
export function dataPackage(
  source: DataPackageSource,
  pathPrefix = '',
  columnsOf?: (table: (typeof TABLE_NAMES)[number]) => readonly string[],
) {
  return {
    profile: 'tabular-data-package',
    name: `final-accounts-${source.year ?? 'report'}`,
    title: packageTitle(source),
    description:
      'Every figure of the report as a table, each row with the report line(s) it was read from and the sentence it quotes; amounts in 万元 (10,000 yuan). The recomputed columns (`*_recomputed`) are this project’s arithmetic check of the report.',
    // schema.org's word for the period the data covers (a custom property; the /data/ page's Dataset JSON-LD reads it)
    ...(source.year ? { temporalCoverage: String(source.year) } : {}),
    sources: [{ title: `${source.file} (sha256 ${source.sha256})`, path: `${pathPrefix}${source.file}` }],
    licenses: [DATA_LICENCE],
    resources: TABLE_NAMES.map((name) => resource(name, TABLES[name], pathPrefix, columnsOf?.(name))),
  };
}
