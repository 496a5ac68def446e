/**
 * The verdict travels with each figure: in every derived table (its audit columns) and in every chart download
 * (chartDataOf, what charts/<id>.csv and .json hold), a figure named in a finding is `conflict` and lists the
 * finding, and no figure is `conflict` without a finding that names it. Read from the files as written
 * (data/derived/), independently of src/lib/data.ts.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { AUDIT_STATUSES, auditColumnNames } from '../../contract/columns';
import type { FigureRef, FindingsFile } from '../../contract/files';
import { FIGURES, TABLE_KEYS, TABLE_NAMES, type TableName } from '../../contract/tables';
import { chart, chartDefinitions } from '../../src/charts/registry';
import { chartDataOf } from '../../src/lib/share/chart-files';

const DERIVED = fileURLToPath(new URL('../../data/derived/', import.meta.url));
type Row = Record<string, unknown>;
const tables = Object.fromEntries(
  TABLE_NAMES.map((n) => [n, JSON.parse(readFileSync(`${DERIVED}${n}.json`, 'utf8')) as Row[]]),
) as Record<TableName, Row[]>;
const { findings } = JSON.parse(readFileSync(`${DERIVED}findings.json`, 'utf8')) as FindingsFile;
const failed = findings.filter((f) => f.severity !== 'could-not-check');

const keyOf = (t: TableName, r: Row) => (TABLE_KEYS[t] as readonly string[]).map((k) => String(r[k])).join('/');
const sameRef = (a: FigureRef, b: FigureRef) => a.table === b.table && a.row === b.row && a.column === b.column;
/** the findings that name `ref` among their figures (the claim), failed or all */
const naming = (ref: FigureRef, list = failed) => list.filter((f) => f.figures.some((g) => sameRef(g, ref)));

/** Every printed figure of every table, with its verdict as the table gives it. */
const cells = TABLE_NAMES.flatMap((table) => {
  const figures = FIGURES[table] as readonly string[];
  return tables[table].flatMap((r) =>
    figures.map((column) => {
      const names = auditColumnNames(column, figures);
      return {
        ref: { table, row: keyOf(table, r), column },
        shown: r[column] !== null,
        status: r[names.status] as string | null,
        ids: r[names.ids] as string | null,
      };
    }),
  );
});

describe('the derived tables', () => {
  test('every table that prints figures has their audit columns; rows are told apart by their keys', () => {
    for (const table of TABLE_NAMES) {
      const keys = tables[table].map((r) => keyOf(table, r));
      expect(new Set(keys).size, `${table}: unique keys`).toBe(keys.length);
      const figures = FIGURES[table] as readonly string[];
      for (const r of tables[table])
        for (const f of figures) {
          const names = auditColumnNames(f, figures);
          expect(Object.keys(r), table).toEqual(expect.arrayContaining([names.status, names.ids]));
        }
    }
    expect(cells.length).toBeGreaterThan(300);
  });

  test('a printed figure has a status; one that is not printed has none', () => {
    for (const c of cells) {
      if (c.shown) expect(AUDIT_STATUSES, JSON.stringify(c.ref)).toContain(c.status);
      else expect([c.status, c.ids], JSON.stringify(c.ref)).toEqual([null, null]);
    }
  });

  test('every figure a finding names is in a table, conflict there, and lists the finding', () => {
    for (const f of failed) {
      for (const ref of f.figures) {
        const c = cells.find((x) => sameRef(x.ref, ref));
        expect(c, `${f.id}: ${JSON.stringify(ref)} is a figure of its table`).toBeDefined();
        expect([c!.status, c!.ids!.split(' ')], f.id).toEqual(['conflict', expect.arrayContaining([f.id])]);
      }
    }
  });

  test('no figure is conflict without a finding naming it, and each id listed names it', () => {
    for (const c of cells.filter((x) => x.shown)) {
      const ids = c.ids ? c.ids.split(' ') : [];
      expect(ids.sort(), JSON.stringify(c.ref)).toEqual(
        naming(c.ref, findings)
          .map((f) => f.id)
          .sort(),
      );
      expect(c.status === 'conflict', JSON.stringify(c.ref)).toBe(naming(c.ref).length > 0);
    }
  });

  test('the report’s disputed figures are among them (the new rules’ and the growth rates’)', () => {
    const status = (table: TableName, row: string, column: string) =>
      cells.find((c) => sameRef(c.ref, { table, row, column }))?.status;
    expect(status('incubation-employment', '2018', 'jobs_growth_pct')).toBe('conflict');
    // the counts a wrong growth rate was recomputed from: no check on them failed, none passed
    expect(status('incubation-employment', '2018', 'jobs')).toBe('not-checked');
    expect(status('spending', 'category/科学技术支出', 'final_wan')).toBe('consistent');
    expect(status('projects', 'big-data-for-fine-grained-urban-management', 'outcome_zh')).toBe('conflict');
    expect(status('projects', 'big-data-for-fine-grained-urban-management', 'goal_zh')).toBe('consistent');
    expect(status('indicators', 'e-government-extranet-line-maintenance/4', 'actual')).toBe('conflict');
    expect(status('indicators', '800-mhz-wireless-government-network-operations/10', 'score')).toBe('conflict');
    expect(status('staff', '行政编制', 'authorised')).toBe('not-checked');
  });
});

describe('the chart downloads', () => {
  const verdict = (ref: FigureRef) => cells.find((c) => sameRef(c.ref, ref));
  const all = chartDefinitions().flatMap((d) => (['zh', 'en'] as const).map((locale) => chart(d.id, locale)));

  test.each(all.map((c) => [`${c.id} (${c.locale})`, c] as const))(
    '%s: each figure’s verdict is its table’s; a disputed figure is conflict with its findings',
    (_, spec) => {
      const data = chartDataOf(spec);
      expect(data.audit_columns.length, 'the download has audit columns').toBeGreaterThan(0);
      data.rows.forEach((row, i) => {
        const figures = spec.rows[i]!.figures ?? {};
        for (const a of data.audit_columns) {
          const ref = a.of === null ? undefined : figures[a.of];
          const status = row[a.status];
          const ids = row[a.finding_ids] as string | null;
          if (!ref) {
            // a cell that shows none of the report's figures
            expect(status === null || status === 'not-checked', `${a.status} of row ${i + 1}`).toBe(true);
            continue;
          }
          const c = verdict(ref);
          expect(c, JSON.stringify(ref)).toBeDefined();
          const shownHere = row[a.of!] !== null;
          if (!shownHere) continue;
          expect(status, `${a.status} of row ${i + 1}`).toBe(c!.shown ? c!.status : 'not-checked');
          expect(status === 'conflict', `${a.status} of row ${i + 1}`).toBe(naming(ref).length > 0);
          for (const f of naming(ref)) expect(ids!.split(' '), `${a.finding_ids} of row ${i + 1}`).toContain(f.id);
        }
      });
    },
  );

  test('the disputed figures the charts show are marked conflict in them', () => {
    const marked = all.flatMap((spec) => {
      const data = chartDataOf(spec);
      return data.rows.flatMap((row, i) =>
        data.audit_columns
          .filter((a) => row[a.status] === 'conflict')
          .map((a) => `${spec.id}:${JSON.stringify(spec.rows[i]!.figures![a.of!])}`),
      );
    });
    expect(marked).toEqual(
      expect.arrayContaining([
        `projects-execution:${JSON.stringify({ table: 'projects', row: 'big-data-aggregation-platform-phase-2', column: 'exec_rate_pct' })}`,
        `spending-sub-science-and-technology:${JSON.stringify({ table: 'spending', row: 'subcategory/应用研究', column: 'growth_pct' })}`,
      ]),
    );
  });
});
