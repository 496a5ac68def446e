/**
 * Checks data against the contract and says precisely where it differs:
 * `data/derived/spending.json: row 3, column final_wan: expected a number, found "55O4"` (rows count from 1).
 */
import { z } from 'zod';
import { columnType, isOptional } from './columns.ts';

/** Data that does not match its schema; the message names the file, row, column and what was expected. */
export class ContractError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ContractError';
  }
}

const shown = (x: unknown) => (x === undefined ? 'nothing' : JSON.stringify(x));
const article = (type: string) => (/^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`);

/** What one zod issue says, in the contract's words. */
function describe(issue: z.core.$ZodIssue & { input?: unknown }, nullable: boolean): string {
  const orNull = nullable ? ' or null' : '';
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${article(issue.expected)}${orNull}, found ${shown(issue.input)}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}${orNull}, found ${shown(issue.input)}`;
    case 'unrecognized_keys':
      return `unexpected column${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}`;
    case 'too_small':
    case 'too_big':
    case 'invalid_format':
      return `${issue.message.replace(/^Invalid input: /, '')}, found ${shown(issue.input)}`;
    default:
      return `${issue.message}, found ${shown(issue.input)}`;
  }
}

/** `row 3, column final_wan` from a path into an array of rows. */
function where(path: PropertyKey[]): string {
  const [row, column, ...rest] = path;
  const parts: string[] = [];
  if (typeof row === 'number') parts.push(`row ${row + 1}`);
  if (column !== undefined) parts.push(`column ${String(column)}`);
  if (rest.length) parts.push(`at ${rest.map(String).join('.')}`);
  return parts.join(', ');
}

/**
 * The problems of `rows` against `schema` (an object schema for one row), one message each; empty when they
 * match.
 * @param file how to name the rows' file in messages, e.g. `data/derived/spending.json`
 */
export function rowProblems(file: string, schema: z.ZodObject, rows: unknown): string[] {
  if (!Array.isArray(rows)) return [`${file}: expected an array of rows, found ${typeof rows}`];
  const result = z.array(schema).safeParse(rows, { reportInput: true });
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const column = issue.path[1];
    const columnSchema = typeof column === 'string' ? (schema.shape[column] as z.ZodType | undefined) : undefined;
    const nullable = columnSchema ? columnType(columnSchema).endsWith('|null') : false;
    const at = where(issue.path);
    return `${file}: ${at ? `${at}: ` : ''}${describe(issue, nullable)}`;
  });
}

/**
 * The rows, typed, when they match `schema`.
 * @throws ContractError with the first problem (file, row, column, what was expected and what was found)
 * @example parseRows('data/derived/spending.json', SpendingRow, rows)
 */
export function parseRows<S extends z.ZodObject>(file: string, schema: S, rows: unknown): z.infer<S>[] {
  const problems = rowProblems(file, schema, rows);
  if (problems.length) throw new ContractError(problems[0]!);
  return rows as z.infer<S>[];
}

/**
 * The first problem of `value` (a whole file, an object or array of any shape) against `schema`, naming the file and
 * the path of the problem; empty when it matches.
 */
export function fileProblems(file: string, schema: z.ZodType, value: unknown): string[] {
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) return [];
  const issue = result.error.issues[0]!;
  const at = issue.path.length ? `at ${issue.path.map(String).join('.')}: ` : '';
  return [`${file}: ${at}${describe(issue, false)}`];
}

/**
 * A whole file when it matches `schema`: the value itself, not zod's copy, so its keys keep the order they were
 * written in.
 * @throws ContractError naming the file and the path of the first problem
 */
export function parseFile<S extends z.ZodType>(file: string, schema: S, value: unknown): z.infer<S> {
  const problems = fileProblems(file, schema, value);
  if (problems.length) throw new ContractError(problems[0]!);
  return value as z.infer<S>;
}

/**
 * Whether a table's columns are the schema's, in its order.
 * @throws ContractError naming the first missing, extra or misplaced column
 */
export function checkColumns(file: string, schema: z.ZodObject, columns: readonly string[]): void {
  const shape = schema.shape as Record<string, z.ZodType>;
  // an optional column (`optional`) is either there, in its place, or not at all
  const declared = Object.keys(shape).filter((c) => columns.includes(c) || !isOptional(shape[c]!));
  const missing = declared.filter((c) => !columns.includes(c));
  const extra = columns.filter((c) => !declared.includes(c));
  if (missing.length)
    throw new ContractError(`${file}: missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`);
  if (extra.length)
    throw new ContractError(`${file}: unexpected column${extra.length > 1 ? 's' : ''} ${extra.join(', ')}`);
  const k = declared.findIndex((c, i) => columns[i] !== c);
  if (k >= 0)
    throw new ContractError(`${file}: column ${k + 1} is ${columns[k]}, the contract puts ${declared[k]} there`);
}

/** Where rows repeat a key: the 0-based index of the row and of the first row with the same key. */
export interface DuplicateKey {
  row: number;
  first: number;
  values: unknown[];
}

/**
 * The first row whose `key` values repeat an earlier row's, or null when every row has its own.
 * @throws ContractError when a key column is null (a key is never missing)
 */
export function duplicateKey(
  file: string,
  key: readonly string[],
  rows: readonly Record<string, unknown>[],
): DuplicateKey | null {
  const seen = new Map<string, number>();
  for (const [i, row] of rows.entries()) {
    const values = key.map((c) => row[c]);
    const nullAt = values.findIndex((v) => v === null || v === undefined);
    if (nullAt >= 0)
      throw new ContractError(`${file}: row ${i + 1}, column ${key[nullAt]}: the primary key cannot be null`);
    const id = JSON.stringify(values);
    const first = seen.get(id);
    if (first !== undefined) return { row: i, first, values };
    seen.set(id, i);
  }
  return null;
}
