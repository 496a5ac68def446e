import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { escape, type ColumnTable } from 'arquero';
import { columnInfo, columnType } from '../contract/columns.ts';
import { ChecksFile, FindingsFile, Manifest, type CheckRecord } from '../contract/files.ts';
import { TABLE_KEYS, TABLES, TABLE_NAMES, type TableName, type TableSpec } from '../contract/tables.ts';
import { dataPackage } from '../contract/datapackage.ts';
import { checkColumns, ContractError, duplicateKey, parseFile, parseRows } from '../contract/validate.ts';
import { buildReportBlocks } from './build-report-blocks.ts';
import type { Report } from './lib/load-report.ts';
import { ReportError, ReportErrors } from './lib/report-error.ts';

const BOM = '\uFEFF';

/** CSV for spreadsheets: UTF-8 with a BOM; a list of lines (source_lines, …) as `49;52`. */
export function toCsv(table: ColumnTable): string {
  const first = table.numRows() ? (table.object(0) as Record<string, unknown>) : {};
  const lists = table.columnNames().filter((c) => c === 'source_lines' || Array.isArray(first[c]));
  const flat = lists.length
    ? table.derive(Object.fromEntries(lists.map((c) => [c, escape((d: Record<string, number[]>) => d[c]!.join(';'))])))
    : table;
  return BOM + flat.toCSV() + '\n';
}

export interface DerivedOutput {
  tables: Record<string, ColumnTable>;
  findings: FindingsFile;
  checks: CheckRecord[];
  report: Report;
  recordedSha256: string | null;
  missing: string[];
  untranslated: string[];
}

/** Every file the pipeline writes, by name → contents. Deterministic: no dates, stable order. */
export function renderDerived(o: DerivedOutput): Map<string, string> {
  const files = new Map<string, string>();
  const json = (x: unknown) => JSON.stringify(x, null, 2) + '\n';
  const names = Object.keys(o.tables);
  const unknown = names.find((n) => !(n in TABLES));
  if (unknown) throw new ContractError(`${unknown}.json: no such table in the contract (contract/tables.ts)`);
  const absent = TABLE_NAMES.find((n) => !names.includes(n));
  if (absent) throw new ContractError(`${absent}.json: the contract declares this table but the pipeline built none`);
  const manifestTables = [];
  for (const name of TABLE_NAMES) {
    const table = o.tables[name]!;
    const { schema } = TABLES[name as TableName] as TableSpec;
    const primaryKey: readonly string[] = TABLE_KEYS[name as TableName];
    checkColumns(`${name}.json`, schema, table.columnNames());
    const rows = parseRows(`${name}.json`, schema, table.objects());
    const dup = primaryKey.length ? duplicateKey(`${name}.json`, primaryKey, rows) : null;
    // a row the report prints twice: its input, not the pipeline, is at fault, so say where
    if (dup) {
      const at = (i: number) => (rows[i] as { source_lines?: number[] }).source_lines?.at(-1) ?? 1;
      throw new ReportErrors([
        new ReportError(
          o.report.file,
          at(dup.row),
          `expected each row of ${name} once, found ${primaryKey.join(', ')} = ${dup.values.map((v) => JSON.stringify(v)).join(', ')} again (first at line ${at(dup.first)})`,
        ),
      ]);
    }
    files.set(`${name}.csv`, toCsv(table));
    files.set(`${name}.json`, json(rows));
    manifestTables.push({
      name,
      files: { csv: `${name}.csv`, json: `${name}.json` },
      rows: table.numRows(),
      columns: Object.entries(schema.shape)
        .filter(([c]) => table.columnNames().includes(c))
        .map(([c, s]) => ({
          name: c,
          type: columnType(s),
          unit: columnInfo.get(s)?.unit ?? null,
        })),
    });
  }
  files.set('findings.json', json(parseFile('findings.json', FindingsFile, o.findings)));
  files.set('checks.json', json(parseFile('checks.json', ChecksFile, o.checks)));
  files.set('report-lines.json', json(o.report.lines));
  const heading = o.report.lines.find((l) => /\d{4}年度部门决算说明/.test(l.text))?.text.trim() ?? o.report.file;
  files.set(
    'datapackage.json',
    json(
      dataPackage(
        {
          file: o.report.file,
          sha256: o.report.sha256,
          heading,
          year: Number(/(\d{4})年度/.exec(heading)?.[1]) || null,
          ...subjectOf(o.tables['subject']!),
        },
        '',
        (name) => o.tables[name]!.columnNames(),
      ),
    ),
  );
  files.set('report-blocks.json', json(buildReportBlocks(o.report.lines, o.report.file)));
  files.set(
    'manifest.json',
    json(
      parseFile('manifest.json', Manifest, {
        source: {
          file: o.report.file,
          sha256: o.report.sha256,
          recorded_sha256: o.recordedSha256,
          matches_record: o.recordedSha256 === o.report.sha256,
          lines: o.report.lines.length,
        },
        tables: manifestTables,
        other_files: {
          'findings.json': 'the audit: counts of checks and one record per check that failed or could not run',
          'checks.json': 'every check the audit ran, with its status',
          'report-lines.json': 'the report, one record per line (n, text)',
          'report-blocks.json':
            'the report as headings, lines of text and tables (rows of cells with the lines they span)',
          'datapackage.json':
            'the tables as a Frictionless Tabular Data Package: each CSV with its columns’ types and units',
        },
        missing_sections: o.missing,
        untranslated_names: o.untranslated,
      }),
    ),
  );
  return files;
}

/** The department of the one-row `subject` table, for the data package's title. */
function subjectOf(t: ColumnTable): { department?: { zh: string | null; en: string | null } } {
  const row = t.numRows() ? (t.object(0) as { department_zh: string | null; department_en: string | null }) : null;
  return row ? { department: { zh: row.department_zh, en: row.department_en } } : {};
}

/**
 * Writes the files into `out` all at once: into a sibling temporary folder first, then swapped in, so a failure
 * part-way leaves the previous output as it was.
 */
export function writeDerived(out: string, files: Map<string, string>): void {
  const target = resolve(out);
  const parent = dirname(target);
  mkdirSync(parent, { recursive: true });
  const tmp = join(parent, `.${basename(target)}.tmp-${process.pid}`);
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp);
  for (const [name, text] of files) writeFileSync(join(tmp, name), text);
  let old: string | null = null;
  try {
    if (readdirSync(target).length >= 0) {
      old = join(parent, `.${basename(target)}.old-${process.pid}`);
      renameSync(target, old);
    }
  } catch {
    old = null;
  }
  renameSync(tmp, target);
  if (old) rmSync(old, { recursive: true, force: true });
}
