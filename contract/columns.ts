/**
 * The building blocks of the contract: a column is a zod schema registered with its unit and meaning, so the
 * pipeline (manifest.json), the site (load-time parsing) and data/README.md (the dictionary) all read one
 * declaration.
 */
import { z } from 'zod';

/** The units a column can hold; null for text, flags, ids and years. */
export type Unit = '万元' | '%' | 'points' | 'count' | 'line numbers' | null;

/** What a column declares besides its type. */
export interface ColumnInfo {
  unit: Unit;
  /** a short meaning, in English, as the data dictionary shows it */
  meaning: string;
}

/** Every column's unit and meaning, keyed by its schema. */
export const columnInfo = z.registry<ColumnInfo>();

/** A column: `schema` registered with its unit and meaning. */
export function column<T extends z.ZodType>(schema: T, unit: Unit, meaning: string): T {
  columnInfo.add(schema, { unit, meaning });
  return schema;
}

/** `wrapped` (a wrapping of the declared column `schema`) registered with the same unit and meaning. */
function sameColumn<W extends z.ZodType>(schema: z.ZodType, wrapped: W, by: string): W {
  const info = columnInfo.get(schema);
  if (!info) throw new Error(`${by}: the schema is not a declared column`);
  columnInfo.add(wrapped, info);
  return wrapped;
}

/** The same column, nullable (null where the report prints nothing). */
export const orNull = <T extends z.ZodType>(schema: T) => sameColumn(schema, z.nullable(schema), 'orNull');

/**
 * The same column, optional: written only by reports that need it (every row then has it), left out of the
 * others' files altogether, so a report without it keeps its files as they were.
 */
export const optional = <T extends z.ZodType>(schema: T) => sameColumn(schema, z.optional(schema), 'optional');

/** Whether a column may be left out of a table (`optional`). */
export const isOptional = (schema: z.ZodType) => schema instanceof z.ZodOptional;

/** A number in `unit`. */
export const num = (unit: Unit, meaning: string) => column(z.number(), unit, meaning);
/** A whole number in `unit` (counts, years, row numbers). */
export const int = (unit: Unit, meaning: string) => column(z.number().int(), unit, meaning);
/** Free text. */
export const text = (meaning: string) => column(z.string(), null, meaning);
/** One of a fixed list of codes. */
export const oneOf = <const T extends readonly [string, ...string[]]>(values: T, meaning: string) =>
  column(z.enum(values), null, meaning);
/** True or false. */
export const flag = (meaning: string) => column(z.boolean(), null, meaning);
/** One report line (1-based), where a single figure was printed. */
export const line = (meaning: string) => column(z.number().int().positive(), 'line numbers', meaning);

/** The two provenance columns every table ends with. */
export const provenance = {
  source_lines: column(
    z.array(z.number().int().positive()),
    'line numbers',
    'the report line(s) the row was read from (CSV: `52;54`)',
  ),
  quote: text('the sentence or table cell the figures were read from, verbatim'),
};

/** A figure's verdict: every check on it passed, one failed, one could not run, or none applies. */
export const AUDIT_STATUSES = ['consistent', 'conflict', 'could-not-check', 'not-checked'] as const;
export type AuditStatus = (typeof AUDIT_STATUSES)[number];

/** The status and finding-id columns of `figure`: `audit_status` alone where a row has one figure. */
export const auditColumnNames = (figure: string, figures: readonly string[]) =>
  figures.length === 1
    ? { status: 'audit_status', ids: 'finding_ids' }
    : { status: `${figure}_audit_status`, ids: `${figure}_finding_ids` };

/**
 * The audit columns of a table whose rows print `figures`: for each, its status and the ids of the findings
 * about it (space-separated, in findings.json order; empty where none), both null where the figure is not
 * printed. Named `audit_status` and `finding_ids` where a row has one figure, else `<figure>_audit_status` and
 * `<figure>_finding_ids`. Computed once in the pipeline from what each check names (findings.json `figures`).
 */
type StatusColumn = z.ZodNullable<z.ZodEnum<{ [K in AuditStatus]: K }>>;
type IdsColumn = z.ZodNullable<z.ZodString>;
type AuditShape<F extends readonly string[]> = F['length'] extends 1
  ? { audit_status: StatusColumn; finding_ids: IdsColumn }
  : { [K in F[number] as `${K}_audit_status`]: StatusColumn } & { [K in F[number] as `${K}_finding_ids`]: IdsColumn };

export function auditColumns<const F extends readonly string[]>(figures: F): AuditShape<F> {
  const shape: Record<string, z.ZodType> = {};
  for (const f of figures) {
    const names = auditColumnNames(f, figures);
    shape[names.status] = orNull(
      column(
        z.enum(AUDIT_STATUSES),
        null,
        `the audit's verdict on \`${f}\`: conflict (a check about it failed), could-not-check, consistent (checks on it passed, none failed) or not-checked (no check applies); null where nothing is printed`,
      ),
    );
    shape[names.ids] = orNull(
      text(`the findings about \`${f}\` (findings.json ids, space-separated; empty where none)`),
    );
  }
  return shape as AuditShape<F>;
}

/** A column's type as the manifest and the dictionary write it: `number`, `string|null`, `array`, … */
export function columnType(schema: z.ZodType): string {
  if (schema instanceof z.ZodNullable) return `${columnType(schema.unwrap() as z.ZodType)}|null`;
  if (schema instanceof z.ZodOptional) return columnType(schema.unwrap() as z.ZodType);
  if (schema instanceof z.ZodNumber) return 'number';
  if (schema instanceof z.ZodString || schema instanceof z.ZodEnum) return 'string';
  if (schema instanceof z.ZodBoolean) return 'boolean';
  if (schema instanceof z.ZodArray) return 'array';
  throw new Error(`columnType: no type name for ${schema.def.type}`);
}

/** The codes an enum column allows (unwrapping null), or null for other columns. */
export function columnValues(schema: z.ZodType): string[] | null {
  const inner =
    schema instanceof z.ZodNullable || schema instanceof z.ZodOptional ? (schema.unwrap() as z.ZodType) : schema;
  return inner instanceof z.ZodEnum ? (inner.options as string[]) : null;
}
