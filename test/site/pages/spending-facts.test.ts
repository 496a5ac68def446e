/**
 * The figures /spending/'s text and charts share, on the real derived data.
 */
import { describe, expect, test } from 'vitest';
import { data } from '../../../src/lib/data';
import { formatNumber } from '../../../src/lib/format';
import { formatRatio, spendingFacts, spendingFactsOf } from '../../../src/lib/pages/spending-facts';
import { SPENDING_CATEGORY_SLUGS } from '../../expected-spending';

const facts = spendingFacts();

describe('spendingFacts', () => {
  test('the categories, largest first, the first two with their shares', () => {
    expect(facts.categories.map((c) => c.slug)).toEqual(SPENDING_CATEGORY_SLUGS);
    expect(facts.rows).toEqual(facts.categories.map((c) => c.row));
    expect([facts.first.slug, facts.second.slug]).toEqual([
      'science-and-technology',
      'resource-exploration-information-and-industry',
    ]);
    expect([facts.firstShare, facts.secondShare]).toEqual([75.77, 19.74]);
    // the pipeline's sum, to 2 decimals (spending-total.top_two_share_pct)
    expect(facts.topTwoShare).toBe(95.51);
    expect(facts.topTwoShare).toBe(facts.total.top_two_share_pct);
    expect(facts.subcategories).toHaveLength(11);
    expect(facts.subcategories).toEqual(facts.categories.flatMap((c) => c.subcategories));
  });

  test('the summary paragraph (line 49) apart from the categories’ own paragraphs', () => {
    expect(facts.summaryLines).toEqual([49]);
    expect(facts.summaryLine).toBe(49);
    expect(facts.paragraphLines).toEqual([52, 58, 61, 67, 71, 75, 79, 82]);
  });

  test('the printed total with its line, the budgets added up, the categories without a budget, the one that spent most times its budget', () => {
    expect(facts.total).toBe(data.spendingTotal[0]);
    expect([facts.total.amount_wan, facts.total.source_lines]).toEqual([7264.44, [49]]);
    expect(facts.total.categories_budget_wan).toBe(878.58);
    expect(formatNumber(facts.total.final_to_budget, 'en', { digits: 1 })).toBe('8.3');
    expect(facts.noBudget.map((r) => r.name_zh)).toEqual([
      '资源勘探信息等支出',
      '安全监管支出',
      '一般公共服务支出',
      '农林水支出',
    ]);
    expect(facts.topBudget?.slug).toBe('science-and-technology');
    expect(facts.topBudget!.row.final_to_budget).toBe(8.0015);
    expect(formatRatio(facts.topBudget!.row.final_to_budget!, 'en')).toBe('8.0');
  });

  test('the reason the report gives most often, and for how many sub-categories', () => {
    expect(facts.reason?.text).toBe('科信局本级为机构改革单位，资金为两个单位的合并经费，无年初预算');
    expect(facts.reason?.rows).toHaveLength(8);
  });

  test('computed once per build', () => {
    expect(spendingFacts()).toBe(facts);
  });

  test('no category with a budget leaves topBudget undefined', () => {
    const table = data.spending.map((r) => ({ ...r, budget_stated: false, budget_wan: 0, final_to_budget: null }));
    expect(spendingFactsOf(table, facts.total).topBudget).toBeUndefined();
    expect(spendingFactsOf(table, facts.total).noBudget).toHaveLength(8);
  });

  test('the category that spent most times its budget is the one with the pipeline’s largest final_to_budget', () => {
    // the site reads the multiple, it does not divide: doctor one category's multiple and it leads
    const table = data.spending.map((r) => (r.name_zh === '教育支出' ? { ...r, final_to_budget: 9 } : r));
    expect(spendingFactsOf(table, facts.total).topBudget?.row.name_zh).toBe('教育支出');
  });

  test('the two largest categories’ share together is the pipeline’s, and none is an error', () => {
    expect(spendingFactsOf(data.spending, { ...facts.total, top_two_share_pct: 12.5 }).topTwoShare).toBe(12.5);
    expect(() => spendingFactsOf(data.spending, { ...facts.total, top_two_share_pct: null })).toThrow(
      'SpendingPage: the spending total has no top two share',
    );
  });

  test('fewer than two categories is an error', () => {
    const [first] = facts.categories;
    const table = data.spending.filter((r) =>
      r.level === 'subcategory' ? r.category_zh === first!.row.category_zh : r === first!.row,
    );
    expect(() => spendingFactsOf(table, facts.total)).toThrow(
      'SpendingPage: the spending table needs at least two categories',
    );
  });

  test('no printed total is an error', () => {
    expect(() => spendingFactsOf(data.spending, undefined)).toThrow(
      'SpendingPage: the spending-total table has no row',
    );
  });
});

describe('formatRatio', () => {
  test('how many times, to one decimal, in the reader’s digits', () => {
    expect(formatRatio(8.2684, 'en')).toBe('8.3');
    expect(formatRatio(8.2684, 'zh')).toBe('8.3');
    expect(formatRatio(0.25, 'en')).toBe('0.3');
  });
});
