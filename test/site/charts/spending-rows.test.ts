/**
 * From the spending table to the page's categories, chart rows and words, on the real derived data.
 */
import { describe, expect, test } from 'vitest';
import {
  budgetFinalList,
  budgetFinalRows,
  commonReason,
  commonReasonEn,
  growthNote,
  inSentence,
  reasonTranslation,
  shareBarRows,
  spendingCategories,
  spendingName,
  subcategoryTitle,
} from '../../../src/lib/charts/spending-rows';
import procurementReasons from '../../../src/i18n/pages/procurement.reasons.en.json';
import { data } from '../../../src/lib/data';
import type { SpendingRow } from '../../../contract/tables';

const categories = spendingCategories(data.spending);
const bySlug = (slug: string) => {
  const found = categories.find((c) => c.slug === slug);
  if (!found) throw new Error(`no category ${slug}`);
  return found;
};
const sub = (name: string): SpendingRow => {
  const row = data.spending.find((r) => r.level === 'subcategory' && r.name_zh === name);
  if (!row) throw new Error(`no sub-category ${name}`);
  return row;
};

describe('spendingCategories', () => {
  test('the eight categories, largest first, with stable slugs and their sub-categories', () => {
    expect(categories.map((c) => [c.slug, c.row.final_wan, c.subcategories.map((s) => s.name_zh)])).toEqual([
      ['science-and-technology', 5504.37, ['科学技术管理事务', '科学技术普及', '应用研究']],
      ['resource-exploration-information-and-industry', 1434.3, ['其他资源勘探信息等支出']],
      ['housing-security', 170.96, ['住房改革支出']],
      ['social-security-and-employment', 104.37, ['行政事业单位离退休']],
      ['work-safety-supervision', 25.37, ['应急管理事务']],
      ['general-public-services', 15.3, ['政府办公厅（室）及相关机构事务', '组织事务']],
      ['education', 5.35, ['进修及培训']],
      ['agriculture-forestry-and-water', 4.42, ['一般行政管理事务']],
    ]);
  });

  test('a category without an English name gets a numbered slug; an orphan sub-category is an error', () => {
    const [first, second] = data.spending;
    expect(
      spendingCategories([first!]).map((c) => c.slug),
      'the slug column',
    ).toEqual(['general-public-services']);
    expect(() => spendingCategories([{ ...second!, category_zh: '不存在' }])).toThrow(
      'spendingCategories: sub-category 政府办公厅（室）及相关机构事务 (line 54) has no category 不存在',
    );
    expect(() => spendingCategories([first!, first!])).toThrow('two categories have the slug general-public-services');
  });

  test('names', () => {
    expect(spendingName({ name_zh: '应用研究', name_en: null }, 'en')).toBe('应用研究');
    expect(spendingName({ name_zh: '应用研究', name_en: 'Applied research' }, 'zh')).toBe('应用研究');
    expect(inSentence('Science and technology', 'en')).toBe('science and technology');
    expect(inSentence('S&T administration', 'en')).toBe('S&T administration');
    expect(inSentence('科学技术支出', 'zh')).toBe('科学技术支出');
  });
});

describe('growth and budgets', () => {
  test('growth is recomputed, with the printed figure where it differs, and nothing where there was no budget', () => {
    expect(growthNote(sub('应用研究'), 'zh')).toBe('0.00%（报告印为+100%）');
    expect(growthNote(sub('应用研究'), 'en')).toBe('0.00% (report: +100%)');
    expect(growthNote(sub('科学技术管理事务'), 'en')).toBe('+1,472.82%');
    expect(growthNote(sub('其他资源勘探信息等支出'), 'zh'), 'printed 100% against no budget').toBe('');
    expect(growthNote(sub('组织事务'), 'zh')).toBe('');
  });

  test('rows without a stated budget carry null, not 0', () => {
    const rows = budgetFinalRows(bySlug('general-public-services').subcategories, 'en');
    expect(rows.map((r) => [r.label, r.budgetWan, r.finalWan, r.note])).toEqual([
      ['Government offices and related affairs', null, 8.33, ''],
      ['Organisational affairs', null, 6.97, ''],
    ]);
    expect(rows[0]!.finalTip).toBe('Government offices and related affairs: final {0}');
    expect(budgetFinalList(bySlug('education').subcategories, 'zh')).toBe(
      '进修及培训：年初预算1.77 万元，决算5.35 万元',
    );
    expect(budgetFinalList(bySlug('general-public-services').subcategories, 'en')).toBe(
      'Government offices and related affairs: no initial budget, final CNY 0.08 million; Organisational affairs: no initial budget, final CNY 0.07 million',
    );
  });

  test('shareBarRows: amount, share as printed and a tooltip template per category', () => {
    const [st] = shareBarRows(categories, 'zh');
    expect(st).toEqual({
      key: 'science-and-technology',
      label: '科学技术支出',
      wan: 5504.37,
      shareText: '75.77%',
      tipTemplate: '科学技术支出：决算{0}，占75.77%',
    });
  });
});

describe('words', () => {
  test('each sub-category chart title states what it shows', () => {
    expect(categories.map((c) => subcategoryTitle(c, 'zh'))).toEqual([
      '科学技术支出：“科学技术管理事务”占该类的81.25%',
      '资源勘探信息等支出：全部用于“其他资源勘探信息等支出”，年初没有预算',
      '住房保障支出：全部用于“住房改革支出”，决算比年初预算增长69.13%',
      '社会保障和就业支出：全部用于“行政事业单位离退休”，决算比年初预算增长18.86%',
      '安全监管支出：全部用于“应急管理事务”，年初没有预算',
      '一般公共服务支出：“政府办公厅（室）及相关机构事务”占该类的54.44%，各款年初均无预算',
      '教育支出：全部用于“进修及培训”，决算比年初预算增长202.26%',
      '农林水支出：全部用于“一般行政管理事务”，年初没有预算',
    ]);
    expect(subcategoryTitle(bySlug('education'), 'en')).toBe(
      'Education: all of it went to “Further study and training”, 202.26% above the initial budget',
    );
  });

  test('the reason most sub-categories share is found clause by clause', () => {
    const reason = commonReason(data.spending.filter((r) => r.level === 'subcategory'));
    expect(reason?.text).toBe('科信局本级为机构改革单位，资金为两个单位的合并经费，无年初预算');
    expect(reason?.rows.map((r) => r.source_lines[0])).toEqual([60, 63, 64, 65, 69, 73, 81, 84]);
    expect(commonReason([])).toBeNull();
  });

  test('its English is what our translations of those rows’ reasons share, to a whole clause; else none', () => {
    const reason = commonReason(data.spending.filter((r) => r.level === 'subcategory'))!;
    expect(commonReasonEn(reason.rows)).toBe(
      'The bureau itself was created in the institutional reform and its funds combine those of two units. It had no initial budget',
    );
    // (constructed rows) a reason without our translation, as another report's: no English, the Chinese alone
    const row = reason.rows[0]!;
    expect(commonReasonEn([row, { ...row, reason_zh: '另一份报告的原因' }])).toBeNull();
    // one row: its whole translation; no rows: none
    expect(commonReasonEn([row])).toBe(reasonTranslation(row.reason_zh!));
    expect(commonReasonEn([])).toBeNull();
  });

  test('every reason in the data has an English translation', () => {
    const reasons = [
      ...data.spending.map((r) => r.reason_zh),
      ...data.threePublic.map((r) => r.reason_zh),
      ...data.runningCosts.map((r) => r.reason_zh),
    ].filter((r): r is string => r !== null);
    expect(reasons.length).toBeGreaterThan(10);
    expect(
      reasons.filter((r) => reasonTranslation(r, procurementReasons) === null),
      'untranslated',
    ).toEqual([]);
    expect(reasonTranslation('没有的原因')).toBeNull();
  });
});
