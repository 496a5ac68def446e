import { describe, expect, test } from 'vitest';
import type { z } from 'zod';
import { isOptional } from '../../../contract/columns.ts';
import { buildTables } from '../../../scripts/build-tables.ts';
import { Glossary } from '../../../scripts/lib/glossary.ts';
import { loadReport } from '../../../scripts/lib/load-report.ts';
import { parseReport } from '../../../scripts/parse-report.ts';
import { BANDS } from '../../../contract/bands.ts';
import { TABLES, TABLE_NAMES, type ScoreBandRow } from '../../../contract/tables.ts';
import { GLOSSARY_PATH, REPORT_PATH } from '../helpers.ts';

const glossary = Glossary.load(GLOSSARY_PATH);
const parsed = parseReport(loadReport(REPORT_PATH), glossary);
/** The contract's required columns, in its order (an optional column is only in reports that need it). */
const columns = (name: keyof typeof TABLES) =>
  Object.entries(TABLES[name].schema.shape as Record<string, z.ZodType>)
    .filter(([, s]) => !isOptional(s))
    .map(([c]) => c);

describe('buildTables', () => {
  test('every table has the contract’s columns in its order, and no working columns', () => {
    const tables = buildTables(parsed, glossary);
    expect(Object.keys(tables)).toEqual(TABLE_NAMES);
    for (const name of TABLE_NAMES) expect(tables[name]!.columnNames(), name).toEqual(columns(name));
  });

  test('a report without any of its lists still gives every table, empty, with the contract’s columns', () => {
    const empty = {
      ...parsed,
      overview: { ...parsed.overview, totals: [], breakdowns: [], staff: [] },
      spending: { ...parsed.spending, items: [], overview: [] },
      other: {
        ...parsed.other,
        threePublic: [],
        runningCosts: null,
        procurement: [],
        purchasedServices: null,
        terms: [],
      },
      evaluation: { procedures: [], incubation: null },
      projects: [],
    };
    const tables = buildTables(empty, glossary);
    // the subject is no list: the report still names its department and year; the score bands are the contract's,
    // each with no project in it and no count from a summary
    const notLists = ['spending-total', 'subject', 'score-bands'];
    for (const name of TABLE_NAMES.filter((n) => !notLists.includes(n))) {
      expect(tables[name]!.numRows(), name).toBe(0);
      expect(tables[name]!.columnNames(), name).toEqual(columns(name));
    }
    expect(tables['subject']!.numRows()).toBe(1);
    expect(tables['score-bands']!.columnNames()).toEqual(columns('score-bands'));
    expect(
      tables['score-bands']!.objects().map((r) => {
        const { band, report_count, printed_count, printed_count_at_or_below, recomputed_count } = r as ScoreBandRow;
        return [band, report_count, printed_count, printed_count_at_or_below, recomputed_count];
      }),
    ).toEqual(BANDS.map((b) => [b, null, 0, 0, 0]));
  });

  test('a total printed without its prior year gets prior_year_derived, in its place, on every row', () => {
    const [first, ...rest] = parsed.overview.totals;
    const derived = {
      ...parsed,
      overview: {
        ...parsed.overview,
        totals: [{ ...first!, prior_derived: true, prior: { ...first!.prior, value: 1075.56, text: '' } }, ...rest],
      },
    };
    const t = buildTables(derived, glossary)['overview-totals']!;
    const all = Object.keys(TABLES['overview-totals'].schema.shape);
    expect(t.columnNames()).toEqual(all);
    expect(t.array('prior_year_derived')).toEqual([true, false, false, false]);
    expect(buildTables(parsed, glossary)['overview-totals']!.columnNames()).not.toContain('prior_year_derived');
  });
});
