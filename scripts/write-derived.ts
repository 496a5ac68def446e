import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { escape, type ColumnTable } from 'arquero';
import type { CheckRecord, FindingsFile } from '../src/lib/schema.ts';
import { buildReportBlocks } from './build-report-blocks.ts';
import type { Report } from './lib/load-report.ts';

const BOM = '\uFEFF';

/** The unit a column holds, read from its name (the naming convention puts the unit in the name). */
export function unitOf(column: string): string | null {
  if (/_wan(_|$)/.test(column)) return '万元';
  if (/_pct(_|$)/.test(column)) return '%';
  if (/(^|_)(score|weight|max_score|points_lost|funds_weight|funds_score)(_|$)/.test(column)) return 'points';
  if (/^(authorised|actual|jobs|graduates|projects|indicator_count)$/.test(column) || /^band_/.test(column))
    return 'count';
  if (column === 'source_lines') return 'line numbers';
  return null;
}

function typeOf(values: unknown[]): string {
  const kinds = new Set(
    values.filter((x) => x !== null && x !== undefined).map((x) => (Array.isArray(x) ? 'array' : typeof x)),
  );
  const nullable = values.some((x) => x === null || x === undefined);
  const base = kinds.size === 0 ? 'null' : [...kinds].sort().join('|');
  return nullable && kinds.size ? `${base}|null` : base;
}

/** CSV for spreadsheets: UTF-8 with a BOM; source_lines as `49;52`. */
export function toCsv(table: ColumnTable): string {
  const flat = table.columnNames().includes('source_lines')
    ? table.derive({ source_lines: escape((d: { source_lines: number[] }) => d.source_lines.join(';')) })
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
  const manifestTables = [];
  for (const [name, table] of Object.entries(o.tables)) {
    const rows = table.objects();
    files.set(`${name}.csv`, toCsv(table));
    files.set(`${name}.json`, json(rows));
    manifestTables.push({
      name,
      files: { csv: `${name}.csv`, json: `${name}.json` },
      rows: table.numRows(),
      columns: table.columnNames().map((c) => {
        const type = typeOf(rows.map((r) => (r as Record<string, unknown>)[c]));
        // a unit belongs to numbers (and to the line-number lists); text columns such as `actual` have none
        return { name: c, type, unit: /number/.test(type) || c === 'source_lines' ? unitOf(c) : null };
      }),
    });
  }
  files.set('findings.json', json(o.findings));
  files.set('checks.json', json(o.checks));
  files.set('report-lines.json', json(o.report.lines));
  files.set('report-blocks.json', json(buildReportBlocks(o.report.lines, o.report.file)));
  files.set(
    'manifest.json',
    json({
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
      },
      missing_sections: o.missing,
      untranslated_names: o.untranslated,
    }),
  );
  return files;
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
