/**
 * The /spending/ charts of the registry (src/charts/spending-*.ts) built in both locales: what the page, its embeds
 * and the chart downloads show, and their place in the registry.
 */
import { describe, expect, test } from 'vitest';
import type { ChartSpec } from '../../../src/charts/chart-spec';
import { chart, chartsOn } from '../../../src/charts/registry';
import { spendingBudgetVsFinalChart } from '../../../src/charts/spending-budget-vs-final';
import { spendingByCategoryChart } from '../../../src/charts/spending-by-category';
import { spendingSubChartId, spendingSubCharts } from '../../../src/charts/spending-sub';
import { budgetFinalColumns, shareColumns, spendingTableRow } from '../../../src/charts/spending-table';
import { data } from '../../../src/lib/data';
import type { Locale } from '../../../src/lib/i18n';
import { SPENDING_CATEGORY_SLUGS } from '../../expected-spending';
import {
  categoryFinals,
  categoryNames,
  categoryRowLines,
  expectSpec,
  expectSvgLabel,
  expectSvgs,
  locales,
  testSpecs,
} from './chart-spec-helpers';

const BUDGET_KEYS = [
  'name',
  'budget_shown',
  'final_wan',
  'change_wan_recomputed',
  'growth_pct',
  'growth_pct_recomputed',
];

/** The parts of a spec every /spending/ chart has in common, checked whole. */
function expectChart(spec: ChartSpec, id: string, locale: Locale) {
  expectSpec(spec, { id, locale, route: '/spending/' });
  expectSvgs(spec);
  expect(spec.svg).toContain('width="640"');
  expect(spec.svgNarrow).toContain('width="276"');
  // the unit switch rewrites the subtitle from its template
  expect(spec.unitSubtitle).toContain('{unit}');
  expect(spec.subtitle).toBe(spec.unitSubtitle!.replace('{unit}', locale === 'zh' ? '万元' : 'CNY million'));
  expect(spec.key).toBeUndefined();
  expect(spec.auditNote).toBeUndefined();
}

testSpecs(
  [
    {
      id: 'spending-by-category',
      title: 'title, source, columns and one row per category',
      expected: (locale) => ({
        level: undefined,
        sourceLines: [49],
        keys: ['name', 'final_wan', 'share_pct', 'share_pct_recomputed'],
        columns: { name: categoryNames[locale], final_wan: categoryFinals },
        rowLines: categoryRowLines,
        auditIds: ['finding-spending-stated-twice-d2563f87'],
        title: {
          zh: '科学技术支出占75.77%，资源勘探信息等支出占19.74%',
          en: 'Science and technology took 75.77%; resource exploration, information and industry took 19.74%',
        }[locale],
        subtitle: {
          zh: '2019年一般公共预算财政拨款支出决算数及占比，按功能分类（类） · 单位：万元',
          en: 'General public budget spending in 2019, final amount and share, by functional category · Unit: CNY million',
        }[locale],
      }),
      more: (spec, locale) => {
        expect(spec.columns).toEqual(shareColumns(locale));
        expect(spec.alt).toMatch(
          locale === 'zh'
            ? /^条形图，各类按决算数从大到小排列：科学技术支出5,504\.37 万元（75\.77%）、/
            : /^Bar chart, categories from largest to smallest final amount: Science and technology /,
        );
        expectSvgLabel(spec, locale === 'zh' ? '各类支出决算数条形图' : 'Bar chart of final spending by category');
      },
      build: (locale) => spendingByCategoryChart.build(locale),
    },
    {
      id: 'spending-budget-vs-final',
      title: 'title, source, columns and one row per category',
      expected: (locale) => ({
        level: undefined,
        sourceLines: [52, 58, 61, 67, 71, 75, 79, 82],
        keys: BUDGET_KEYS,
        // the budget is shown only where the report states one
        columns: { name: categoryNames[locale], budget_shown: [687.92, null, 101.08, 87.81, null, null, 1.77, null] },
        auditIds: ['finding-subcategory-sum-f1ec4402', 'finding-spending-stated-twice-d2563f87'],
        title: {
          zh: '4类年初没有预算；科学技术支出的决算是年初预算的8.0倍',
          en: '4 categories had no initial budget; science and technology spent 8.0 times its budget',
        }[locale],
      }),
      more: (spec, locale) => {
        expect(spec.columns[0]!.label).toBe(locale === 'zh' ? '类' : 'Category');
        expect(spec.alt).toContain(
          locale === 'zh' ? '资源勘探信息等支出：年初无预算，决算1,434.30 万元' : 'no initial budget',
        );
      },
      build: (locale) => spendingBudgetVsFinalChart.build(locale),
    },
    {
      id: 'spending-sub-science-and-technology',
      title: 'science and technology, three sub-categories and the audit findings about them',
      expected: (locale) => ({
        level: 3,
        sourceLines: [63, 64, 65],
        keys: BUDGET_KEYS,
        columns: {
          name:
            locale === 'zh'
              ? ['科学技术管理事务', '科学技术普及', '应用研究']
              : ['S&T administration', 'Popularisation of science', 'Applied research'],
        },
        auditIds: ['finding-subcategory-sum-f1ec4402', 'finding-spending-growth-6ddeb059'],
        title: {
          zh: '科学技术支出：“科学技术管理事务”占该类的81.25%',
          en: 'Science and technology: 81.25% went to “S&T administration”',
        }[locale],
        subtitle: {
          zh: '科学技术支出各款的年初预算与2019年决算 · 单位：万元',
          en: 'Science and technology: initial budget and final amount in 2019, by sub-category · Unit: CNY million',
        }[locale],
      }),
      more: (spec, locale) => {
        expect(spec.columns).toEqual(budgetFinalColumns(locale, 'subcategory'));
        expectSvgLabel(
          spec,
          locale === 'zh'
            ? '科学技术支出各款年初预算与决算条形图'
            : 'Paired bar chart of initial budget and final amount by sub-category of Science and technology',
        );
      },
    },
  ],
  chart,
  expectChart,
);

describe('the registry on /spending/', () => {
  test('the page’s charts in page order: by category, budget against final, then one per category', () => {
    expect(chartsOn('/spending/').map((d) => d.id)).toEqual([
      'spending-by-category',
      'spending-budget-vs-final',
      ...SPENDING_CATEGORY_SLUGS.map((slug) => `spending-sub-${slug}`),
    ]);
  });

  test('each chart built once per locale', () => {
    expect(chart('spending-by-category', 'en')).toBe(chart('spending-by-category', 'en'));
    expect(chart('spending-by-category', 'en')).not.toBe(chart('spending-by-category', 'zh'));
  });
});

describe('spending-sub-<slug>', () => {
  const charts = spendingSubCharts();

  test('one chart per category, id from its slug', () => {
    expect(charts.map((d) => d.id)).toEqual(
      chartsOn('/spending/')
        .slice(2)
        .map((d) => d.id),
    );
    expect(spendingSubChartId('education')).toBe('spending-sub-education');
    expect(charts.every((d) => d.route === '/spending/')).toBe(true);
  });

  test.each(locales)('%s: every category’s chart, its rows its sub-categories', (locale) => {
    const expected: Record<string, { lines: number[]; rows: number }> = {
      'spending-sub-science-and-technology': { lines: [63, 64, 65], rows: 3 },
      'spending-sub-resource-exploration-information-and-industry': { lines: [77], rows: 1 },
      'spending-sub-housing-security': { lines: [81], rows: 1 },
      'spending-sub-social-security-and-employment': { lines: [69], rows: 1 },
      'spending-sub-work-safety-supervision': { lines: [84], rows: 1 },
      'spending-sub-general-public-services': { lines: [54, 56], rows: 2 },
      'spending-sub-education': { lines: [60], rows: 1 },
      'spending-sub-agriculture-forestry-and-water': { lines: [73], rows: 1 },
    };
    for (const definition of charts) {
      const spec = definition.build(locale);
      expectChart(spec, definition.id, locale);
      expectSpec(spec, {
        id: definition.id,
        locale,
        level: 3,
        sourceLines: expected[definition.id]!.lines,
        keys: BUDGET_KEYS,
      });
      expect(spec.rows).toHaveLength(expected[definition.id]!.rows);
      expect(spec.title.length).toBeGreaterThan(0);
    }
    expect(chart('spending-sub-general-public-services', locale).rows.map((r) => [r.name, r.budget_shown])).toEqual(
      locale === 'zh'
        ? [
            ['政府办公厅（室）及相关机构事务', null],
            ['组织事务', null],
          ]
        : [
            ['Government offices and related affairs', null],
            ['Organisational affairs', null],
          ],
    );
  });
});

describe('spendingTableRow', () => {
  test('the row with its name in the reader’s language and the budget only where one is stated', () => {
    const row = data.spending.find((r) => r.level === 'category' && !r.budget_stated)!;
    // each figure the row shows cites the printed column it shows, a recomputed one the figure it recomputes
    const cited = (key: string) => (key === 'budget_shown' ? 'budget_wan' : key.replace(/_recomputed$/, ''));
    const shown = [
      'final_wan',
      'share_pct',
      'share_pct_recomputed',
      'budget_shown',
      'change_wan_recomputed',
      'growth_pct',
      'growth_pct_recomputed',
    ];
    const figures = (r: typeof row) =>
      Object.fromEntries(
        shown.map((key) => [key, { table: 'spending', row: `category/${r.name_zh}`, column: cited(key) }]),
      );
    const recomputedColumns = ['share_pct_recomputed', 'change_wan_recomputed', 'growth_pct_recomputed'];
    expect(spendingTableRow(row, 'en')).toEqual({
      ...row,
      name: row.name_en,
      budget_shown: null,
      recomputedColumns,
      figures: figures(row),
    });
    const budgeted = data.spending.find((r) => r.level === 'category' && r.budget_stated)!;
    expect(spendingTableRow(budgeted, 'zh')).toEqual({
      ...budgeted,
      name: budgeted.name_zh,
      budget_shown: budgeted.budget_wan,
      recomputedColumns,
      figures: figures(budgeted),
    });
    // the downloads keep the table's own keys first, in its order
    expect(Object.keys(spendingTableRow(row, 'zh')).slice(-4)).toEqual([
      'name',
      'budget_shown',
      'recomputedColumns',
      'figures',
    ]);
  });
});
