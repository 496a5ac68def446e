/**
 * The overview's three small charts (src/charts/overview-*.ts), built from the real derived data in both
 * locales.
 */
import { describe, expect, test } from 'vitest';
import type { ChartSpec } from '../../../src/charts/chart-spec';
import { fundsLine, overviewExecutionChart, overviewExecutionRows } from '../../../src/charts/overview-execution';
import { overviewScoresChart } from '../../../src/charts/overview-scores';
import { overviewSpendingChart } from '../../../src/charts/overview-spending';
import { chart, chartsOn } from '../../../src/charts/registry';
import type { Locale } from '../../../src/lib/i18n';

const keys = (spec: ChartSpec) => spec.columns.map((c) => c.key);
const column = (spec: ChartSpec, key: string) => spec.rows.map((r) => r[key]);
const both = ['zh', 'en'] as const;

function expectSvgs(spec: ChartSpec) {
  expect(spec.svg.startsWith('<svg')).toBe(true);
  expect(spec.svgNarrow!.startsWith('<svg')).toBe(true);
  // each SVG labelled with the chart id, the narrow one's ids under their own prefix
  expect(spec.svg).toContain(`aria-label="${spec.id}"`);
  expect(spec.svgNarrow).toContain('viewBox="0 0 360 ');
}

test('the overview shows its three charts, in page order, from the registry', () => {
  expect(chartsOn('/').map((d) => d.id)).toEqual(['overview-spending', 'overview-execution', 'overview-scores']);
  expect(chart('overview-scores', 'en')).toBe(chart('overview-scores', 'en'));
});

describe('overview-spending', () => {
  const lines = [49, 52, 58, 61, 67, 71, 75, 79, 82];
  const amounts = [5504.37, 1434.3, 170.96, 104.37, 25.37, 15.3, 5.35, 4.42];
  const shares = [75.77, 19.74, 2.35, 1.44, 0.35, 0.21, 0.07, 0.06];

  test.each(both)('the categories by final amount, largest first, with their shares (%s)', (locale: Locale) => {
    const spec = overviewSpendingChart.build(locale);
    expect([spec.id, spec.locale, spec.route, spec.level]).toEqual(['overview-spending', locale, '/', 3]);
    expect(spec.unitSubtitle).toBeUndefined();
    expect(spec.sourceLines).toEqual(lines);
    expect(keys(spec)).toEqual(['name', 'final_wan', 'share_pct']);
    expect(column(spec, 'final_wan')).toEqual(amounts);
    expect(column(spec, 'share_pct')).toEqual(shares);
    expect(spec.rows.map((r) => r.source_lines)).toEqual([
      [49, 61],
      [49, 75],
      [49, 79],
      [49, 67],
      [49, 82],
      [49, 52],
      [49, 58],
      [49, 71],
    ]);
    expectSvgs(spec);
  });

  test('zh: its title, unit, alt and short audit notes', () => {
    const spec = overviewSpendingChart.build('zh');
    expect(spec.title).toBe('科学技术支出占一般公共预算财政拨款支出的75.77%');
    expect(spec.subtitle).toBe('2019年一般公共预算财政拨款支出，按功能分类（类） · 单位：万元');
    expect(spec.alt).toBe(
      '条形图：八个支出大类的决算数，从大到小。最大的是科学技术支出，5,504.37 万元；其次是资源勘探信息等支出，1,434.30 万元。',
    );
    expect(column(spec, 'name')).toEqual([
      '科学技术支出',
      '资源勘探信息等支出',
      '住房保障支出',
      '社会保障和就业支出',
      '安全监管支出',
      '一般公共服务支出',
      '教育支出',
      '农林水支出',
    ]);
    expect(spec.auditLinks).toEqual([
      { id: 'finding-subcategory-sum-f1ec4402', text: '“科学技术支出”各款年初预算数之和' },
      { id: 'finding-spending-stated-twice-d2563f87', text: '“社会保障和就业支出”在两处的名称' },
    ]);
    // the bar values follow the unit (万元 here), the bar labels the names
    expect(spec.svg).toContain('>5,504.37<');
  });

  test('en: its title, unit, alt and short audit notes', () => {
    const spec = overviewSpendingChart.build('en');
    expect(spec.title).toBe('Science and technology took 75.77% of general-budget spending');
    expect(spec.subtitle).toBe('General-budget fiscal spending in 2019, by functional category · Unit: CNY million');
    expect(spec.alt).toBe(
      "Bar chart of the eight spending categories' final amounts, largest first. The largest is Science and technology, CNY 55.04 million; next is Resource exploration, information and industry, CNY 14.34 million.",
    );
    expect(column(spec, 'name')).toEqual([
      'Science and technology',
      'Resource exploration, information and industry',
      'Housing security',
      'Social security and employment',
      'Work-safety supervision',
      'General public services',
      'Education',
      'Agriculture, forestry and water',
    ]);
    expect(spec.auditLinks).toEqual([
      { id: 'finding-subcategory-sum-f1ec4402', text: '“Science and technology”' },
      { id: 'finding-spending-stated-twice-d2563f87', text: '“Social security and employment”' },
    ]);
    expect(spec.svg).toContain('>55.04<');
  });
});

describe('overview-execution', () => {
  const lines = [338, 538, 747, 1015, 1187, 1381, 1580, 1748, 2037, 2063, 2207, 2332, 2467];
  const rates = [60, 69.25, 72.51, 94.03, 94.34, 98.27, 98.58, 100, 100, 100, 100, 100, 100];

  test.each(both)('each project with a recomputed rate, lowest first, cited by its funds line (%s)', (locale) => {
    const spec = overviewExecutionChart.build(locale);
    expect([spec.id, spec.locale, spec.route, spec.level]).toEqual(['overview-execution', locale, '/', 3]);
    expect(spec.sourceLines).toEqual(lines);
    expect(keys(spec)).toEqual(['name', 'rate']);
    expect(column(spec, 'rate')).toEqual(rates);
    expect(spec.rows.map((r) => r.source_lines)).toEqual(
      [2063, 1748, 747, 2207, 2332, 538, 2467, 338, 1015, 1187, 1381, 1580, 2037].map((n) => [n]),
    );
    expect(spec.auditLinks).toBeUndefined();
    expectSvgs(spec);
  });

  test('zh and en: title, subtitle, alt and names (an untitled table says so)', () => {
    const zh = overviewExecutionChart.build('zh');
    expect(zh.title).toBe('13个自评项目中，7个没有花完年初预算');
    expect(zh.subtitle).toBe('预算执行率（全年执行数 ÷ 年初预算数，按报告数字重算）');
    expect(zh.alt).toBe('条形图：各自评项目的预算执行率，从低到高。最低的是丰台区大数据汇聚平台二期工程项目，60.00%。');
    expect(zh.rows.at(-1)!.name).toBe('名称缺失的自评表');
    const en = overviewExecutionChart.build('en');
    expect(en.title).toBe('7 of 13 self-evaluated projects did not spend their whole budget');
    expect(en.subtitle).toBe("Execution rate (amount executed ÷ initial budget, recomputed from the report's figures)");
    expect(en.alt).toBe(
      "Bar chart of each self-evaluated project's execution rate, lowest first. The lowest is Big-data aggregation platform, phase 2, 60.00%.",
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

  test('a funds line is the third line of a project table, or its first when the table is shorter', () => {
    expect(fundsLine([10, 11, 12, 13])).toBe(12);
    expect(fundsLine([10, 11])).toBe(10);
    expect(overviewExecutionRows('en')).toHaveLength(13);
  });
});

describe('overview-scores', () => {
  const lines = [268, 499, 708, 977, 1149, 1355, 1542, 1722, 1989, 2037, 2183, 2308, 2442, 2555];

  test.each(both)('the evaluated projects by score band, highest first, each score cited (%s)', (locale) => {
    const spec = overviewScoresChart.build(locale);
    expect([spec.id, spec.locale, spec.route, spec.level]).toEqual(['overview-scores', locale, '/', 3]);
    expect(spec.sourceLines).toEqual(lines);
    expect(keys(spec)).toEqual(['band', 'count']);
    expect(column(spec, 'count')).toEqual([9, 5, 0, 0]);
    expect(spec.rows.map((r) => r.source_lines)).toEqual([
      [499, 708, 1149, 1542, 1722, 1989, 2308, 2442, 2555],
      [268, 977, 1355, 2037, 2183],
      [],
      [],
    ]);
    expect(spec.auditLinks).toBeUndefined();
    expectSvgs(spec);
  });

  test('zh and en: title, subtitle, alt and band names', () => {
    const zh = overviewScoresChart.build('zh');
    expect(zh.title).toBe('9个项目自评90分以上，没有项目低于75分');
    expect(zh.subtitle).toBe('绩效评价项目数，按得分区间（含外部评价的孵化专项资金）');
    expect(zh.alt).toBe('条形图：各得分区间的项目数。');
    expect(column(zh, 'band')).toEqual(['90分及以上', '75—90分', '60—75分', '60分以下']);
    const en = overviewScoresChart.build('en');
    expect(en.title).toBe('9 projects scored themselves 90 or more; none scored below 75');
    expect(en.subtitle).toBe('Evaluated projects by score band (including the externally evaluated incubation fund)');
    expect(en.alt).toBe('Bar chart of the number of projects in each score band.');
    expect(column(en, 'band')).toEqual(['90 and above', '75 to 90', '60 to 75', 'Below 60']);
  });
});
