import { describe, expect, test } from 'vitest';
import type { z } from 'zod';
import { isOptional } from '../../../contract/columns.ts';
import { buildTables } from '../../../scripts/build-tables.ts';
import { Glossary } from '../../../scripts/lib/glossary.ts';
import { loadReport } from '../../../scripts/lib/load-report.ts';
import { parseReport } from '../../../scripts/parse-report.ts';
import { BANDS } from '../../../contract/bands.ts';
import { TABLES, TABLE_NAMES, type ScoreBandRow } from '../../../contract/tables.ts';
import { round } from '../../../scripts/lib/read-figures.ts';
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

  test('the spending total carries the categories’ budgets added up and how many times that it is', () => {
    expect(buildTables(parsed, glossary)['spending-total']!.objects()[0]).toMatchObject({
      amount_wan: 7264.44,
      categories_budget_wan: 878.58,
      final_to_budget: 8.2684,
    });
    const noBudgets = {
      ...parsed,
      spending: { ...parsed.spending, items: parsed.spending.items.map((i) => ({ ...i, budget: null })) },
    };
    expect(buildTables(noBudgets, glossary)['spending-total']!.objects()[0]).toMatchObject({
      categories_budget_wan: 0,
      final_to_budget: null,
    });
  });

  test('a project’s unspent money is A − B to the fen, 0 where it spent A or more, null where either is missing', () => {
    const rows = () => buildTables(parsed, glossary).projects!.objects() as Record<string, unknown>[];
    const bySlug = (slug: string) => rows().find((r) => r.slug === slug)!;
    expect(bySlug('big-data-for-fine-grained-urban-management')).toMatchObject({
      budget_wan: 600,
      executed_wan: 435.06,
      unspent_wan: 164.94,
    });
    expect(bySlug('fengtai-unified-government-cloud-data-centre').unspent_wan).toBe(0);
    const [first, ...rest] = parsed.projects;
    const changed = [
      { ...first!, executed: { ...first!.executed!, value: first!.budget!.value + 5 } },
      { ...rest[0]!, budget: null },
      ...rest.slice(1),
    ];
    const objects = buildTables({ ...parsed, projects: changed }, glossary).projects!.objects() as Record<
      string,
      unknown
    >[];
    expect(objects.slice(0, 2).map((r) => r.unspent_wan)).toEqual([0, null]);
  });

  test('a sub-category’s share of its category’s final amount, to 2 decimals; none for a category', () => {
    const rows = buildTables(parsed, glossary).spending!.objects() as Record<string, unknown>[];
    const share = (name: string) => rows.find((r) => r.name_zh === name)!.category_share_pct;
    expect([share('科学技术管理事务'), share('应用研究'), share('科学技术普及'), share('进修及培训')]).toEqual([
      81.25, 4.22, 14.52, 100,
    ]);
    expect(rows.filter((r) => r.level === 'category').map((r) => r.category_share_pct)).toEqual(Array(8).fill(null));
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
    // each with no project in it and no count from a summary; the projects' total is a row of 0s, and so are the
    // scores' summary's counts (its range is null)
    const notLists = ['spending-total', 'subject', 'score-bands', 'projects-total', 'scores-summary'];
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
    expect(tables['projects-total']!.objects()).toEqual([
      {
        tables: 0,
        budget_wan: 0,
        executed_wan: 0,
        unspent_wan: 0,
        shortfalls: 0,
        top_shortfalls: 0,
        top_shortfalls_unspent_wan: 0,
        top_shortfalls_share_pct: 0,
        source_lines: [],
      },
    ]);
    expect(tables['scores-summary']!.objects()).toEqual([
      {
        evaluated: 0,
        evaluated_from: 'tables',
        self_evaluated: 0,
        self_evaluated_from: 'tables',
        external: 0,
        external_from: 'tables',
        scores: 0,
        self_scores: 0,
        min_score: null,
        min_score_printed: null,
        max_score: null,
        max_score_printed: null,
        mode_score: null,
        mode_score_printed: null,
        mode_count: 0,
        points_lost: 0,
        points_above: 0,
        rows_above: 0,
        rows_incomplete: 0,
        source_lines: [],
      },
    ]);
  });

  test('the projects’ total adds up A, B and the money unspent over the tables, with the lines of A and B', () => {
    const [total] = buildTables(parsed, glossary)['projects-total']!.objects() as Record<string, unknown>[];
    expect(total).toMatchObject({ tables: 13, budget_wan: 4705.99, executed_wan: 4353.02, unspent_wan: 352.97 });
    // seven tables left money unspent; the three that left most (164.94, 87.83, 76.72) pass nine tenths of it
    expect(total).toMatchObject({
      shortfalls: 7,
      top_shortfalls: 3,
      top_shortfalls_unspent_wan: 329.49,
      top_shortfalls_share_pct: 93.35,
    });
    expect((total!.source_lines as number[]).slice(0, 4)).toEqual([338, 339, 538, 539]);
    // every table spent its budget: nothing unspent
    const spent = parsed.projects.map((p) => ({
      ...p,
      executed: p.budget && p.executed && { ...p.executed, value: p.budget.value },
    }));
    const [all] = buildTables({ ...parsed, projects: spent }, glossary)['projects-total']!.objects();
    expect(all).toMatchObject({ budget_wan: 4705.99, executed_wan: 4705.99, unspent_wan: 0 });
    expect(all).toMatchObject({ shortfalls: 0, top_shortfalls: 0, top_shortfalls_unspent_wan: 0 });
    expect(all).toMatchObject({ top_shortfalls_share_pct: 0 });
  });

  test('each shortfall’s rank: most money unspent first, ties in report order, null for a table that spent its budget', () => {
    const ranks = (p: typeof parsed.projects) =>
      (buildTables({ ...parsed, projects: p }, glossary).projects!.objects() as Record<string, unknown>[]).map((r) => [
        r.slug,
        r.shortfall_rank,
      ]);
    expect(ranks(parsed.projects).filter(([, rank]) => rank !== null)).toEqual([
      ['science-popularisation-activities', 6],
      ['big-data-for-fine-grained-urban-management', 1],
      ['lianxintong-care-service-for-elderly-people', 2],
      ['big-data-aggregation-platform-phase-2', 3],
      ['e-government-extranet-line-maintenance', 4],
      ['government-cloud-hosted-racks-for-the-sharp-eyes', 5],
      ['rising-s-t-stars-programme', 7],
    ]);
    expect(ranks(parsed.projects).filter(([, rank]) => rank === null)).toHaveLength(6);
    // two shortfalls leaving as much unspent: the earlier table first; the top shortfalls follow the ranks
    const tie = parsed.projects.map((p) =>
      p.slug === 'government-cloud-hosted-racks-for-the-sharp-eyes' && p.budget && p.executed
        ? { ...p, executed: { ...p.executed, value: round(p.budget.value - 9.5) } }
        : p,
    );
    const tied = Object.fromEntries(ranks(tie));
    expect([
      tied['e-government-extranet-line-maintenance'],
      tied['government-cloud-hosted-racks-for-the-sharp-eyes'],
    ]).toEqual([4, 5]);
    const reordered = [...tie].reverse();
    const again = Object.fromEntries(ranks(reordered));
    expect([
      again['government-cloud-hosted-racks-for-the-sharp-eyes'],
      again['e-government-extranet-line-maintenance'],
    ]).toEqual([4, 5]);
  });

  test('the funds row’s points lost and the printed total against the recomputed, each to 2 decimals', () => {
    const rows = (p: typeof parsed.projects) =>
      buildTables({ ...parsed, projects: p }, glossary).projects!.objects() as Record<string, unknown>[];
    const bySlug = (r: Record<string, unknown>[], slug: string) => r.find((x) => x.slug === slug)!;
    const own = rows(parsed.projects);
    expect(own.map((r) => r.funds_points_lost)).toEqual([0, 0.2, 2.7, 0, 0, 0, 0, 3.1, null, 4, 0.6, 0.6, 0.2]);
    expect(own.map((r) => r.total_score_diff)).toEqual([0, 0, 0, 2, 0, 0, 0, 0, 22, 0, 0, 0, 0]);
    // a weight and a score whose difference a float does not hold exactly (10 − 9.86 = 0.14000000000000057)
    const [first, second, ...rest] = parsed.projects;
    const changed = rows([
      { ...first!, funds_score: { ...first!.funds_score!, value: 9.86 }, total: { ...first!.total!, value: 99.7 } },
      { ...second!, funds_weight: null, total: null },
      ...rest,
    ]);
    const a = bySlug(changed, first!.slug);
    expect(a.funds_points_lost).toBe(0.14);
    // |99.7 − (9.86 + the indicators' 89.6)| = 0.24, not the 0.2400000000000091 a float gives
    expect([a.total_score_recomputed, a.total_score_diff]).toEqual([99.46, 0.24]);
    const b = bySlug(changed, second!.slug);
    expect([b.funds_points_lost, b.total_score_diff]).toEqual([null, null]);
  });

  test('spending: each row’s final amount as a multiple of its budget; the two largest categories’ shares together', () => {
    const categories = () => (t: Record<string, ReturnType<typeof buildTables>[string]>) =>
      (t.spending!.objects() as Record<string, unknown>[]).filter((r) => r.level === 'category');
    const tables = buildTables(parsed, glossary);
    expect(categories()(tables).map((r) => [r.name_zh, r.final_to_budget])).toEqual([
      ['一般公共服务支出', null],
      ['教育支出', 3.0226],
      ['科学技术支出', 8.0015],
      ['社会保障和就业支出', 1.1886],
      ['农林水支出', null],
      ['资源勘探信息等支出', null],
      ['住房保障支出', 1.6913],
      ['安全监管支出', null],
    ]);
    // 科学技术支出 75.77 % and 资源勘探信息等支出 19.74 %, as printed
    expect(tables['spending-total']!.objects()[0]).toMatchObject({ top_two_share_pct: 95.51 });
    // where a share is not printed, its recomputed share counts; with one category there is no top two
    const unprinted = { ...parsed, spending: { ...parsed.spending, overview: [] } };
    const recomputed = categories()(buildTables(unprinted, glossary))
      .map((r) => r.share_pct_recomputed as number)
      .sort((x, y) => y - x);
    expect(buildTables(unprinted, glossary)['spending-total']!.objects()[0]).toMatchObject({
      top_two_share_pct: round(recomputed[0]! + recomputed[1]!),
    });
    const oneCategory = {
      ...parsed,
      spending: {
        ...parsed.spending,
        items: parsed.spending.items.filter((i) => i.category_zh === '科学技术支出'),
      },
    };
    expect(buildTables(oneCategory, glossary)['spending-total']!.objects()[0]).toMatchObject({
      top_two_share_pct: null,
    });
  });

  test('the scores’ summary counts the self-evaluation tables’ printed totals apart from the fund’s', () => {
    const summary = (p: typeof parsed.projects) =>
      buildTables({ ...parsed, projects: p }, glossary)['scores-summary']!.objects()[0] as Record<string, unknown>;
    expect(summary(parsed.projects)).toMatchObject({ scores: 14, self_scores: 13 });
    const [first, ...rest] = parsed.projects;
    expect(summary([{ ...first!, total: null }, ...rest])).toMatchObject({ scores: 13, self_scores: 12 });
  });

  test('the fund’s score on each dimension as a share of its maximum, to 2 decimals; none for the total', () => {
    const rows = buildTables(parsed, glossary)['incubation-scores']!.objects() as Record<string, unknown>[];
    expect(rows.map((r) => [r.dimension, r.score, r.max_score, r.share_of_max_pct])).toEqual([
      ['total', 82.64, null, null],
      ['decision', 12.98, 15, 86.53],
      ['management', 25.18, 30, 83.93],
      ['performance', 44.48, 55, 80.87],
    ]);
  });

  test('tables that lost no points: no kind has a share of the points lost, and the summary adds up 0', () => {
    const perfect = parsed.projects.map((p) => ({
      ...p,
      funds_score: p.funds_weight,
      indicators: p.indicators.map((i) => ({ ...i, score: i.weight })),
    }));
    const tables = buildTables({ ...parsed, projects: perfect }, glossary);
    const kinds = tables['points-lost-by-kind']!.objects() as Record<string, unknown>[];
    expect(kinds.length).toBeGreaterThan(5);
    expect(kinds.map((k) => [k.lost, k.share_pct])).toEqual(kinds.map(() => [0, null]));
    expect(tables['scores-summary']!.objects()[0]).toMatchObject({ points_lost: 0, points_above: 0, rows_above: 0 });
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
