import { describe, expect, test } from 'vitest';
import { runAudit } from '../../../scripts/audit/run-audit.ts';
import { buildTables } from '../../../scripts/build-tables.ts';
import { Glossary } from '../../../scripts/lib/glossary.ts';
import { loadReport } from '../../../scripts/lib/load-report.ts';
import { parseReport } from '../../../scripts/parse-report.ts';
import { ContractError } from '../../../contract/validate.ts';
import { renderDerived } from '../../../scripts/write-derived.ts';
import { GLOSSARY_PATH, REPORT_PATH } from '../helpers.ts';

const report = loadReport(REPORT_PATH);
const glossary = Glossary.load(GLOSSARY_PATH);
const parsed = parseReport(report, glossary);
const tables = buildTables(parsed, glossary);
const text = new Map(report.lines.map((l) => [l.n, l.text]));

/** The numbers a line prints (`\t总分： 99.6` → [99.6]; `1,434.30万元` → [1434.3]). */
const numbersOn = (n: number) =>
  (text.get(n) ?? '')
    .replace(/[\s\u3000]+/g, '')
    .match(/-?\d[\d,]*(?:\.\d+)?/g)
    ?.map((t) => Number(t.replace(/,/g, ''))) ?? [];

/** [table, value column, line column] for every figure that carries its own line. */
const FIGURES: [string, string, string][] = [
  ['projects', 'budget_wan', 'budget_line'],
  ['projects', 'executed_wan', 'executed_line'],
  ['projects', 'exec_rate_pct', 'exec_rate_line'],
  ['projects', 'funds_score', 'funds_score_line'],
  ['projects', 'total_score', 'total_score_line'],
  ['spending', 'final_wan', 'final_line'],
  ['spending', 'budget_wan', 'budget_line'],
  ['spending', 'share_pct', 'share_line'],
];

describe('figure lines', () => {
  test.each(FIGURES)(
    '%s.%s: %s is a line that prints the figure, and is null only where it is',
    (name, value, line) => {
      const rows = tables[name]!.objects() as Record<string, number | null>[];
      let cited = 0;
      for (const row of rows) {
        const n = row[line];
        if (n === null) {
          expect(
            row[value] === null || (name === 'spending' && value === 'budget_wan' && row[value] === 0),
            `${line} null`,
          ).toBe(true);
          continue;
        }
        cited += 1;
        expect(
          numbersOn(n!),
          `${name} ${JSON.stringify(row.slug ?? row.name_zh)}: line ${n} prints ${row[value]}`,
        ).toContain(row[value]);
      }
      expect(cited).toBeGreaterThan(0);
    },
  );

  test('the printed execution rate is on its line as printed', () => {
    for (const p of tables.projects!.objects() as {
      exec_rate_printed: string | null;
      exec_rate_line: number | null;
    }[]) {
      if (p.exec_rate_printed === null) continue;
      expect(text.get(p.exec_rate_line!)?.replace(/[\s\u3000]+/g, '')).toContain(p.exec_rate_printed);
    }
  });

  /** [table, value column, printed column] for every score and weight the tables keep as printed. */
  const PRINTED: [string, string, string][] = [
    ['projects', 'funds_weight', 'funds_weight_printed'],
    ['projects', 'funds_score', 'funds_score_printed'],
    ['projects', 'total_score', 'total_score_printed'],
    ['indicators', 'weight', 'weight_printed'],
    ['indicators', 'score', 'score_printed'],
    ['incubation-scores', 'max_score', 'max_score_printed'],
    ['incubation-scores', 'score', 'score_printed'],
  ];

  test.each(PRINTED)(
    '%s.%s: %s is its digits as printed on the row’s lines, null only where the figure is',
    (name, value, printed) => {
      const rows = tables[name]!.objects() as Record<string, unknown>[];
      let shown = 0;
      for (const row of rows) {
        const label = `${name} ${JSON.stringify(row.slug ?? row.project_slug ?? row.dimension)} ${String(row.row ?? '')}`;
        if (row[value] === null) {
          expect(row[printed], label).toBeNull();
          continue;
        }
        const digits = row[printed] as string;
        shown += 1;
        expect(Number(digits), label).toBe(row[value]);
        // the lines from the row's first to its last (a table's funds-row weight is printed between its cited lines)
        const cited = row.source_lines as number[];
        const on = [...text.entries()]
          .filter(([n]) => n >= Math.min(...cited) && n <= Math.max(...cited))
          .map(([, t]) => t.replace(/[\s\u3000]+/g, ''))
          .join('|');
        expect(on, label).toMatch(new RegExp(`(?<![\\d.])${digits.replace('.', '\\.')}(?![\\d.])`));
      }
      expect(shown).toBeGreaterThan(0);
    },
  );

  test('a score printed with a trailing zero keeps it (line 2067 prints the funds score 6.0)', () => {
    const p = (
      tables.projects!.objects() as { funds_score: number; funds_score_printed: string; funds_score_line: number }[]
    ).find((x) => x.funds_score_line === 2067)!;
    expect([p.funds_score, p.funds_score_printed]).toEqual([6, '6.0']);
  });

  test('the pipeline writes nothing a schema does not allow', () => {
    const audit = runAudit(parsed);
    const out = (t: typeof tables) =>
      renderDerived({
        tables: t,
        findings: audit.file,
        checks: audit.checks,
        report,
        recordedSha256: null,
        missing: [],
        untranslated: [],
      });
    expect(() => out(tables)).not.toThrow();
    const broken = { ...tables, spending: tables.spending!.derive({ final_wan: () => 'x' }) };
    expect(() => out(broken)).toThrow(ContractError);
    expect(() => out(broken)).toThrow('spending.json: row 1, column final_wan: expected a number, found "x"');
    const { staff: _, ...lacking } = tables;
    expect(() => out(lacking)).toThrow('staff.json: the contract declares this table but the pipeline built none');
  });
});
