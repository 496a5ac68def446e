/**
 * The project pages' charts in the registry (src/charts/projects-execution.ts, projects-budget-executed.ts,
 * project-points-lost.ts), built from the real derived data in both locales.
 */
import { describe, expect, test } from 'vitest';
import type { ChartSpec } from '../../../src/charts/chart-spec';
import {
  projectPointsLostCharts,
  projectPointsLostId,
  pointsLostMax,
  pointsLostRows,
} from '../../../src/charts/project-points-lost';
import { budgetExecutedRows, projectsBudgetExecutedCharts } from '../../../src/charts/projects-budget-executed';
import { executionRows, projectsExecutionCharts } from '../../../src/charts/projects-execution';
import { chart, chartDefinitions, chartsOn } from '../../../src/charts/registry';
import { data } from '../../../src/lib/data';
import { allProjectFacts, projectsPage } from '../../../src/lib/pages/projects-facts';
import { formatCell } from '../../../src/lib/format-cell';
import { column, expectSvgs as expectSvgPair, testSpecs } from './chart-spec-helpers';

const starts = [305, 504, 714, 982, 1154, 1360, 1547, 1727, 1994, 2043, 2187, 2312, 2447];

function expectSvgs(spec: ChartSpec) {
  expectSvgPair(spec);
  // wide and narrow (phones)
  expect(/^<svg[^>]*\swidth="(\d+)"/.exec(spec.svg)?.[1]).toBe('640');
  expect(/^<svg[^>]*\swidth="(\d+)"/.exec(spec.svgNarrow!)?.[1]).toBe('276');
}

describe('the registry lists the project charts in page order', () => {
  test('/projects/: execution, then budget against spending', () => {
    expect(chartsOn('/projects/').map((d) => d.id)).toEqual(['projects-execution', 'projects-budget-executed']);
  });

  test('a points-lost chart per table, on its own page, in report order', () => {
    const ids = chartDefinitions().map((d) => d.id);
    const perTable = data.projects.map((p) => `project-${p.slug}-points-lost`);
    const from = ids.indexOf('projects-budget-executed') + 1;
    expect(ids.slice(from, from + perTable.length)).toEqual(perTable);
    expect(ids[from + perTable.length], 'the project pages come before /procurement/').toBe('procurement-by-type');
    expect(projectPointsLostCharts().map((d) => [d.id, d.route])).toEqual(
      data.projects.map((p) => [`project-${p.slug}-points-lost`, `/projects/${p.slug}/`]),
    );
    expect(chartsOn('/projects/untitled-table-9/').map((d) => d.id)).toEqual(['project-untitled-table-9-points-lost']);
    expect(projectPointsLostId('x')).toBe('project-x-points-lost');
  });

  test('each /projects/ chart is listed only when its data exists', () => {
    expect(projectsExecutionCharts().map((d) => d.id)).toEqual(['projects-execution']);
    expect(projectsBudgetExecutedCharts().map((d) => d.id)).toEqual(['projects-budget-executed']);
  });
});

testSpecs(
  [
    {
      id: 'projects-execution',
      title: 'its spec',
      expected: () => ({
        route: '/projects/',
        level: undefined,
        sourceLines: starts,
        keys: ['number', 'name', 'budget_wan', 'executed_wan', 'rate', 'rate_printed'],
        // the data table keeps the report's order
        columns: {
          number: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13],
          rate: [100, 98.27, 72.51, 100, 100, 100, 100, 69.25, 100, 60, 94.03, 94.34, 98.58],
          rate_printed: [
            '100%',
            '98.27%',
            '72.51%',
            '100%',
            '100%',
            '100%',
            '100%',
            '69.25%',
            null,
            '0.60%',
            '94%',
            '94%',
            '98%',
          ],
        },
        auditIds: [
          'finding-project-exec-rate-big-data-aggregation-platform-phase-2',
          'finding-cost-indicator-big-data-aggregation-platform-phase-2-budget',
          'finding-cost-indicator-big-data-aggregation-platform-phase-2-executed',
          'finding-project-exec-rate-rising-s-t-stars-programme',
        ],
      }),
      more: (spec) => {
        expect(spec.rows[0]!.source_lines).toEqual([305, 320, 338, 339, 341, 342, 499]);
        expect(spec.unitSubtitle).toBeUndefined();
      },
    },
    {
      id: 'projects-budget-executed',
      title: 'its spec',
      expected: () => ({
        route: '/projects/',
        sourceLines: starts,
        keys: ['number', 'name', 'budget_wan', 'executed_wan', 'unspent_wan'],
        // largest budget first
        columns: {
          number: [1, 3, 4, 5, 6, 2, 7, 8, 9, 10, 11, 12, 13],
          budget_wan: [1040, 600, 500, 473.65, 384.49, 351.74, 305.23, 285.6, 200, 191.8, 159, 114.48, 100],
          unspent_wan: [0, 164.94, 0, 0, 0, 6.08, 0, 87.83, 0, 76.72, 9.5, 6.48, 1.42],
        },
        auditIds: [
          'finding-cost-indicator-big-data-aggregation-platform-phase-2-budget',
          'finding-cost-indicator-big-data-aggregation-platform-phase-2-executed',
        ],
      }),
      more: (spec) => {
        expect(spec.unitSubtitle).toBeUndefined();
      },
    },
    {
      id: 'project-rising-s-t-stars-programme-points-lost',
      title: 'its spec for the Rising S&T Stars table',
      expected: () => ({
        route: '/projects/rising-s-t-stars-programme/',
        // the first line of each row
        sourceLines: [2447, 2511, 2520, 2529, 2538, 2551],
        keys: ['label', 'weight', 'score', 'lost'],
        columns: { weight: [10, 20, 10, 10, 10, 40], score: [9.8, 20, 10, 10, 9.8, 40], lost: [0.2, 0, 0, 0, 0.2, 0] },
        rowLines: [
          [2447, 2450, 2467, 2468, 2470, 2471, 2555],
          [2511, 2512],
          [2520, 2521],
          [2529, 2530],
          [2538, 2539],
          [2551, 2552],
        ],
        auditIds: [
          'finding-project-exec-rate-rising-s-t-stars-programme',
          'finding-project-funds-score-rising-s-t-stars-programme',
        ],
      }),
    },
    {
      id: 'project-untitled-table-9-points-lost',
      title: 'the untitled table: no funds row, a row that cannot be computed',
      expected: () => ({
        route: '/projects/untitled-table-9/',
        sourceLines: [1994, 1998, 2005, 2018, 2029],
        keys: ['label', 'weight', 'score', 'lost'],
        columns: { lost: [null, 0, 0, 2, 2], weight: [null, 10, 10, 20, 20] },
        auditIds: ['finding-table-complete-untitled-table-9'],
      }),
      more: (spec, locale) => {
        expect(spec.alt).toContain(locale === 'zh' ? '1行因表格残缺无法计算' : '1 rows cannot be computed');
      },
    },
  ],
  chart,
  expectSvgs,
);

describe('projects-execution', () => {
  test('the words: title, subtitle, names in the table, audit links that name projects by name', () => {
    const zh = chart('projects-execution', 'zh');
    const en = chart('projects-execution', 'en');
    expect(zh.title).toBe('7个项目没有把预算花完，“丰台区大数据汇聚平台二期工程项目”只执行了60%');
    expect(en.title).toBe(
      '7 projects did not spend their budget; “Big-data aggregation platform, phase 2” spent only 60%',
    );
    expect(zh.subtitle).toBe('各项目全年执行数占年初预算数的比例（B/A，按报告数字重算），虚线为100% · 单位：%');
    expect(zh.rows[8]!.name).toBe('名称缺失的自评表');
    expect(en.rows[8]!.name).toBe('Untitled table (header missing in the report)');
    expect(en.auditLinks![0]!.text).toBe(
      '“Big-data aggregation platform, phase 2”: execution rate. The report prints 0.60%; recomputed from its other figures, it is 60%',
    );
    expect(zh.alt).toContain('7个低于100%：丰台区大数据汇聚平台二期工程项目 60%、');
    expect(en.alt).toContain(
      'For “Rising S&T Stars programme” the report prints a rate of 98%, not the recomputed 98.58%.',
    );
  });

  test('its bars: lowest rate first, the printed rate only where the audit questions it', () => {
    const rows = executionRows(projectsPage(), 'en');
    expect(rows.map((r) => [r.key, r.rate, r.printed, r.shortfall])).toEqual([
      ['big-data-aggregation-platform-phase-2', 60, 0.6, true],
      ['lianxintong-care-service-for-elderly-people', 69.25, null, true],
      ['big-data-for-fine-grained-urban-management', 72.51, null, true],
      ['e-government-extranet-line-maintenance', 94.03, null, true],
      ['government-cloud-hosted-racks-for-the-sharp-eyes', 94.34, null, true],
      ['science-popularisation-activities', 98.27, null, true],
      ['rising-s-t-stars-programme', 98.58, 98, true],
      ['fengtai-unified-government-cloud-data-centre', 100, null, false],
      ['support-for-major-s-t-projects', 100, null, false],
      ['level-3-cybersecurity-protection-build-out', 100, null, false],
      ['800-mhz-wireless-government-network-operations', 100, null, false],
      ['e-government-extranet-leased-lines', 100, null, false],
      ['untitled-table-9', 100, null, false],
    ]);
    expect(rows[0]!.valueText).toBe('60%');
  });
});

describe('projects-budget-executed', () => {
  test('the words: the unspent money and the few tables that account for nine tenths of it, in the reader’s unit', () => {
    expect(chart('projects-budget-executed', 'zh').title).toBe('未执行的352.97 万元中，3个项目占了93%');
    expect(chart('projects-budget-executed', 'en').title).toBe(
      'Of the CNY 3.53 million left unspent, 3 projects account for 93%',
    );
    expect(chart('projects-budget-executed', 'en').subtitle).toBe(
      'Each project’s initial budget (A, outline) and spending (B, solid), largest budget first · Unit: CNY million',
    );
    expect(chart('projects-budget-executed', 'zh').alt).toContain(
      '预算最多的是“丰台区统一政务云数据中心项目”，1,040.00 万元。',
    );
  });

  test('its bars in the reader’s unit, and the top shortfalls', () => {
    const [zh] = budgetExecutedRows(projectsPage(), 'zh');
    const [en] = budgetExecutedRows(projectsPage(), 'en');
    expect([zh!.key, zh!.outer, zh!.inner]).toEqual(['fengtai-unified-government-cloud-data-centre', 1040, 1040]);
    expect([en!.outer, en!.inner]).toEqual([10.4, 10.4]);
    // the top shortfalls as the pipeline counted them (projects-total.json), the first of the page's shortfalls
    const { total, shortfalls } = projectsPage();
    expect([total.top_shortfalls, total.top_shortfalls_share_pct]).toEqual([3, 93.35]);
    expect(shortfalls.slice(0, 3).map((f) => f.project.unspent_wan)).toEqual([164.94, 87.83, 76.72]);
    expect(total.top_shortfalls_unspent_wan).toBe(164.94 + 87.83 + 76.72);
  });
});

describe('project-<slug>-points-lost', () => {
  test('the words: a tie named in the title, labels by locale', () => {
    const zh = chart('project-rising-s-t-stars-programme-points-lost', 'zh');
    const en = chart('project-rising-s-t-stars-programme-points-lost', 'en');
    expect(zh.title).toBe('2项失分，失分最多的资金执行率、第4行“成本指标”各失0.2 分');
    expect(en.title).toBe('Points were lost on 2 rows, most on budget execution, row 4 (cost): 0.2 pts each');
    expect(column(zh, 'label')).toEqual([
      '资金执行率',
      '1. 数量指标',
      '2. 质量指标',
      '3. 进度指标',
      '4. 成本指标',
      '5. 效益指标',
    ]);
    expect(column(en, 'label')).toEqual([
      'Budget execution',
      'Row 1 · Quantity',
      'Row 2 · Quality',
      'Row 3 · Timeliness',
      'Row 4 · Cost',
      'Row 5 · Benefits',
    ]);
    expect(en.alt).toBe(
      'Bar chart of the points “Rising S&T Stars programme” lost on each row. Rows that lost points: Budget execution 0.2 pts, Row 4 · Cost 0.2 pts.',
    );
  });

  test('printed weights and scores as printed: the funds score the report prints as 6.0 (line 2067)', () => {
    const facts = allProjectFacts().find((f) => f.project.funds_score_line === 2067)!;
    const [funds] = pointsLostRows(facts, 'zh');
    expect(funds!.tip).toBe('资金执行率：分值10 分，得分6.0 分，失分4 分');
    expect(pointsLostRows(facts, 'en')[0]!.tip).toBe('Budget execution: weight 10 pts, score 6.0 pts, lost 4 pts');
    const spec = chart(projectPointsLostId(facts.project.slug), 'zh');
    const score = spec.columns.find((c) => c.key === 'score')!;
    expect(formatCell(spec.rows[0]!.score, score, 'zh', spec.rows[0]), 'its data table').toBe('6.0 分');
    expect(spec.rows[0]!.score, 'the download keeps the number').toBe(6);
  });

  test('every table builds in both locales, wide and narrow', () => {
    for (const d of projectPointsLostCharts())
      for (const locale of ['zh', 'en'] as const) {
        const spec = chart(d.id, locale);
        expect(spec.route).toBe(d.route);
        expect(spec.rows.length).toBeGreaterThan(0);
        expectSvgs(spec);
      }
  });

  test('its rows: the funds row first, then every indicator row; one x scale for every page', () => {
    const facts = allProjectFacts().find((f) => f.project.slug === 'rising-s-t-stars-programme')!;
    const rows = pointsLostRows(facts, 'en');
    expect(rows.map((r) => [r.key, r.lost, r.valueText, r.titleName])).toEqual([
      ['funds', 0.2, '0.2 pts', 'budget execution'],
      ['1', 0, '0 pts', 'row 1 (quantity)'],
      ['2', 0, '0 pts', 'row 2 (quality)'],
      ['3', 0, '0 pts', 'row 3 (timeliness)'],
      ['4', 0.2, '0.2 pts', 'row 4 (cost)'],
      ['5', 0, '0 pts', 'row 5 (benefits)'],
    ]);
    const max = Math.max(
      ...data.indicators.map((i) => i.points_lost ?? 0),
      ...data.projects.map((q) => (q.funds_weight ?? 0) - (q.funds_score ?? q.funds_weight ?? 0)),
    );
    expect(pointsLostMax()).toBe(max);
    expect(pointsLostMax()).toBeGreaterThan(0);
  });
});
