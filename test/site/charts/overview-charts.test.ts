/**
 * The overview's three small charts (src/charts/overview-*.ts), built from the real derived data in both
 * locales.
 */
import { describe, expect, test } from 'vitest';
import type { ChartSpec } from '../../../src/charts/chart-spec';
import { overviewExecutionChart, overviewExecutionRows } from '../../../src/charts/overview-execution';
import { overviewScoresChart } from '../../../src/charts/overview-scores';
import { overviewSpendingChart } from '../../../src/charts/overview-spending';
import { chart, chartsOn } from '../../../src/charts/registry';
import { data } from '../../../src/lib/data';
import { overviewName as name } from '../../../src/lib/pages/overview-facts';
import {
  categoryFinals,
  categoryNames,
  categoryRowLines,
  column,
  expectSvgs as expectSvgPair,
  locales,
  testSpecs,
} from './chart-spec-helpers';

function expectSvgs(spec: ChartSpec) {
  expectSvgPair(spec);
  // each SVG labelled with the chart id, the narrow one's ids under their own prefix
  expect(spec.svg).toContain(`aria-label="${spec.id}"`);
  expect(spec.svgNarrow).toContain('viewBox="0 0 276 ');
}

test('the overview shows its three charts, in page order, from the registry', () => {
  expect(chartsOn('/').map((d) => d.id)).toEqual(['overview-spending', 'overview-execution', 'overview-scores']);
  expect(chart('overview-scores', 'en')).toBe(chart('overview-scores', 'en'));
});

const spendingLines = [49, 52, 58, 61, 67, 71, 75, 79, 82];
const shares = [75.77, 19.74, 2.35, 1.44, 0.35, 0.21, 0.07, 0.06];
// each project's budget (A) and spending (B) lines; the untitled table prints them in its cost indicator (2007-2008)
const budgetLines = [338, 538, 747, 1015, 1187, 1381, 1580, 1748, 2007, 2063, 2207, 2332, 2467];
const executionLines = budgetLines.flatMap((n) => [n, n + 1]);
const rates = [60, 69.25, 72.51, 94.03, 94.34, 98.27, 98.58, 100, 100, 100, 100, 100, 100];
const scoreLines = [268, 499, 708, 977, 1149, 1355, 1542, 1722, 1989, 2037, 2183, 2308, 2442, 2555];

testSpecs(
  [
    {
      id: 'overview-spending',
      title: 'the categories by final amount, largest first, with their shares',
      expected: () => ({
        route: '/',
        level: 3,
        sourceLines: spendingLines,
        keys: ['name', 'final_wan', 'share_pct'],
        columns: { final_wan: categoryFinals, share_pct: shares },
        rowLines: categoryRowLines,
      }),
      more: (spec) => {
        expect(spec.unitSubtitle).toBeUndefined();
      },
      build: (locale) => overviewSpendingChart.build(locale),
    },
    {
      id: 'overview-execution',
      title: 'each project with a recomputed rate, lowest first, cited by the lines of its budget and its spending',
      expected: () => ({
        route: '/',
        level: 3,
        sourceLines: executionLines,
        keys: ['name', 'rate'],
        columns: { rate: rates },
        rowLines: [2063, 1748, 747, 2207, 2332, 538, 2467, 338, 1015, 1187, 1381, 1580, 2007].map((n) => [n, n + 1]),
        auditIds: undefined,
      }),
      build: (locale) => overviewExecutionChart.build(locale),
    },
    {
      id: 'overview-scores',
      title: 'the evaluated projects by score band, highest first, each score cited',
      expected: () => ({
        route: '/',
        level: 3,
        sourceLines: scoreLines,
        keys: ['band', 'count'],
        columns: { count: [9, 5, 0, 0] },
        rowLines: [[499, 708, 1149, 1542, 1722, 1989, 2308, 2442, 2555], [268, 977, 1355, 2037, 2183], [], []],
        auditIds: undefined,
      }),
      build: (locale) => overviewScoresChart.build(locale),
    },
  ],
  chart,
  expectSvgs,
);

describe('overview-spending', () => {
  const words = {
    zh: {
      title: '科学技术支出占一般公共预算财政拨款支出的75.77%',
      subtitle: '2019年一般公共预算财政拨款支出，按功能分类（类） · 单位：万元',
      alt: '条形图：八个支出大类的决算数，从大到小。最大的是科学技术支出，5,504.37 万元；其次是资源勘探信息等支出，1,434.30 万元。',
      auditTexts: ['“科学技术支出”各款年初预算数之和', '“社会保障和就业支出”在两处的名称'],
      // the bar values follow the unit (万元 here), the bar labels the names
      barValue: '>5,504.37<',
    },
    en: {
      title: 'Science and technology took 75.77% of general public budget spending',
      subtitle: 'General public budget spending in 2019, by functional category · Unit: CNY million',
      alt: 'Bar chart of the final amounts of the eight spending categories, largest first. The largest is Science and technology, CNY 55.04 million; next is Resource exploration, information and industry, CNY 14.34 million.',
      auditTexts: ['“Science and technology”', '“Social security and employment”'],
      barValue: '>55.04<',
    },
  };

  test.each(locales)('%s: its title, unit, alt and short audit notes', (locale) => {
    const spec = overviewSpendingChart.build(locale);
    const w = words[locale];
    expect(spec.title).toBe(w.title);
    expect(spec.subtitle).toBe(w.subtitle);
    expect(spec.alt).toBe(w.alt);
    expect(column(spec, 'name')).toEqual(categoryNames[locale]);
    expect(spec.auditLinks).toEqual([
      { id: 'finding-subcategory-sum-f1ec4402', text: w.auditTexts[0] },
      { id: 'finding-spending-stated-twice-d2563f87', text: w.auditTexts[1] },
    ]);
    expect(spec.svg).toContain(w.barValue);
  });
});

describe('overview-execution', () => {
  test('zh and en: title, subtitle, alt and names (an untitled table says so)', () => {
    const zh = overviewExecutionChart.build('zh');
    expect(zh.title).toBe('13个自评项目中，7个没有花完年初预算');
    expect(zh.subtitle).toBe('预算执行率（全年执行数 ÷ 年初预算数，按报告数字重算）');
    expect(zh.alt).toBe('条形图：各自评项目的预算执行率，从低到高。最低的是丰台区大数据汇聚平台二期工程项目，60.00%。');
    expect(zh.rows.at(-1)!.name).toBe('名称缺失的自评表');
    const en = overviewExecutionChart.build('en');
    expect(en.title).toBe('7 of 13 self-evaluated projects did not spend their whole budget');
    expect(en.subtitle).toBe('Execution rate (amount executed ÷ initial budget, recomputed from the report’s figures)');
    expect(en.alt).toBe(
      'Bar chart of each self-evaluated project’s execution rate, lowest first. The lowest is Big-data aggregation platform, phase 2, 60.00%.',
    );
    expect(column(en, 'name').slice(0, 3)).toEqual([
      'Big-data aggregation platform, phase 2',
      '“Lianxintong” care service for elderly people living alone',
      'Big data for fine-grained urban management',
    ]);
    expect(en.rows.at(-1)!.name).toBe('Untitled table (header missing in the report)');
    // rates printed with one decimal at the bars' ends
    expect(en.svg).toContain('>60.0%<');
  });

  test('each row cites the lines that print its budget (A) and its spending (B), whatever the table’s shape', () => {
    const rows = overviewExecutionRows('en');
    expect(rows).toHaveLength(13);
    for (const row of rows) {
      const p = data.projects.find((q) => name(q, 'en') === row.name)!;
      expect(row.source_lines).toEqual([p.budget_line, p.executed_line]);
    }
    // the untitled table prints A and B in its cost indicator, not on a funds row; its total is on line 2037
    expect(rows.find((r) => r.name.startsWith('Untitled'))!.source_lines).toEqual([2007, 2008]);
  });
});

describe('overview-scores', () => {
  test('zh and en: title, subtitle, alt and band names', () => {
    const zh = overviewScoresChart.build('zh');
    expect(zh.title).toBe('14个评价项目中，9个得分90分以上，没有低于75分的');
    // the bars count 13 self-evaluated projects and the externally evaluated fund: the words say so
    expect(zh.subtitle).toBe('项目数，按得分区间：13个项目的自评得分，加上孵化专项资金的外部评价得分');
    expect(zh.title).not.toContain('自评');
    expect(zh.alt).toBe('条形图：各得分区间的项目数。');
    expect(column(zh, 'band')).toEqual(['90分及以上', '75—90分', '60—75分', '60分以下']);
    const en = overviewScoresChart.build('en');
    expect(en.title).toBe('9 of 14 evaluated projects scored 90 or more; none scored below 75');
    expect(en.subtitle).toBe(
      'Projects by score band: 13 projects’ self-evaluation scores, plus the incubation fund’s external evaluation score',
    );
    expect(en.alt).toBe('Bar chart of the number of projects in each score band.');
    expect(column(en, 'band')).toEqual(['90 and above', '75 to 90', '60 to 75', 'Below 60']);
  });
});
