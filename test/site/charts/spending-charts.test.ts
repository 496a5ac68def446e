/**
 * The /spending/ chart specs: rows in, Plot options out, rendered to SVG with renderPlot and compared whole
 * (normalised snapshots) and by the properties the page relies on.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { spendingBudgetVsFinal, type BudgetFinalRow } from '../../../src/lib/charts/spending-budget-vs-final';
import { spendingByCategory } from '../../../src/lib/charts/spending-by-category';
import { NARROW_WIDTH } from '../../../src/lib/charts/narrow';
import { budgetFinalRows, shareBarRows, spendingCategories } from '../../../src/lib/charts/spending-rows';
import { spendingWords } from '../../../src/lib/words/spending';
import { textWidth } from '../../../src/lib/text-measure';
import { data } from '../../../src/lib/data';
import type { Locale } from '../../../src/lib/i18n';
import { renderPlot } from '../../../src/lib/render-plot';
import { normalizeSvg } from '../normalize-svg';
import { testSnapshots } from './chart-spec-helpers';

const categories = spendingCategories(data.spending);
const words = (locale: Locale) => ({
  budget: spendingWords(locale, 'key.budget'),
  final: spendingWords(locale, 'key.final'),
  noBudget: spendingWords(locale, 'noBudget'),
});

function parse(svg: string) {
  const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
  return document.querySelector('svg')!;
}
const texts = (root: Element, selector: string) => [...root.querySelectorAll(selector)].map((el) => el.textContent);
const numberAttr = (el: Element, name: string) => Number(el.getAttribute(name));

describe('spendingByCategory', () => {
  const render = (locale: Locale, width: number) =>
    renderPlot(spendingByCategory(shareBarRows(categories, locale), { locale, width }), {
      id: `c-${width}`,
      ariaLabel: 'bars',
    });

  test('one bar per category, value labels the unit switch can re-format, tooltips with templates', () => {
    const svg = parse(render('zh', 640));
    const bars = [...svg.querySelectorAll('rect[data-tip]')];
    expect(bars.map((b) => b.getAttribute('data-tip'))).toEqual(
      categories.map(
        (c) =>
          `${c.row.name_zh}：决算${new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2 }).format(c.row.final_wan)} 万元，占${c.row.share_pct?.toFixed(2)}%`,
      ),
    );
    expect(bars[0]!.getAttribute('data-tip-template')).toBe('科学技术支出：决算{0}，占75.77%');
    expect(bars[0]!.getAttribute('data-tip-wan')).toBe('5504.37');
    expect(texts(svg, 'text[data-amount-wan]')).toEqual([
      '5,504.37',
      '1,434.30',
      '170.96',
      '104.37',
      '25.37',
      '15.30',
      '5.35',
      '4.42',
    ]);
    expect([...svg.querySelectorAll('text[data-amount-wan]')].every((t) => t.hasAttribute('data-amount-bare'))).toBe(
      true,
    );
    // the largest bar spans the width; the others are in proportion
    expect(numberAttr(bars[0]!, 'width')).toBeCloseTo(639);
    expect(numberAttr(bars[1]!, 'width')).toBeCloseTo((639 * 1434.3) / 5504.37);
  });

  test('rows stack without overlapping: each label starts below the previous bar', () => {
    const spec = spendingByCategory(shareBarRows(categories, 'en'), { locale: 'en', width: NARROW_WIDTH });
    const svg = parse(renderPlot(spec, { id: 'c', ariaLabel: 'bars' }));
    const bars = [...svg.querySelectorAll('rect')].map((r) => [
      numberAttr(r, 'y'),
      numberAttr(r, 'y') + numberAttr(r, 'height'),
    ]);
    const labels = [...svg.querySelectorAll('g[font-size="14"] > text')].map((t) =>
      Number(/translate\([^,]+,([\d.]+)\)/.exec(t.getAttribute('transform')!)![1]),
    );
    expect(labels).toHaveLength(8);
    for (let i = 1; i < bars.length; i++) expect(labels[i]!, `row ${i}`).toBeGreaterThan(bars[i - 1]![1]!);
    expect(spec.height).toBeGreaterThan(bars.at(-1)![1]!);
    // on a phone (the narrow rendering, 276 px) the English names wrap left of the amount and share columns
    expect(texts(svg, 'tspan')).toEqual([
      ...['Science and', 'technology'],
      ...['Resource', 'exploration,', 'information and', 'industry'],
      ...['Social security', 'and employment'],
      ...['Work-safety', 'supervision'],
      ...['General public', 'services'],
      ...['Agriculture,', 'forestry and', 'water'],
    ]);
  });

  test('refuses no rows and bad amounts', () => {
    expect(() => spendingByCategory([], { locale: 'zh' })).toThrow('spendingByCategory: no rows');
    const [row] = shareBarRows(categories, 'zh');
    expect(() => spendingByCategory([{ ...row!, wan: -1 }], { locale: 'zh' })).toThrow(
      'invalid amount -1 for 科学技术支出',
    );
    expect(() => spendingByCategory([{ ...row!, wan: Number.NaN }], { locale: 'zh' })).toThrow('invalid amount NaN');
  });

  testSnapshots('spending-by-category', render, [
    ['zh', 360],
    ['en', 640],
  ]);
});

describe('spendingBudgetVsFinal', () => {
  const render = (rows: BudgetFinalRow[], locale: Locale, width: number, id = 'b') =>
    renderPlot(spendingBudgetVsFinal(rows, { locale, width, words: words(locale) }), { id, ariaLabel: 'pairs' });
  const categoryRows = (locale: Locale) =>
    budgetFinalRows(
      categories.map((c) => c.row),
      locale,
    );

  test('a bar for every stated budget and every final amount; words, not a bar of 0, where there was no budget', () => {
    const svg = parse(render(categoryRows('zh'), 'zh', 640));
    const stated = categories.filter((c) => c.row.budget_stated).length;
    expect(stated).toBe(4);
    expect(svg.querySelectorAll('rect[data-tip]').length).toBe(stated + categories.length);
    expect(texts(svg, 'text[font-style="italic"], g[font-style="italic"] > text')).toEqual([
      '年初无预算',
      '年初无预算',
      '年初无预算',
      '年初无预算',
    ]);
    expect(texts(svg, 'text[data-amount-wan]').slice(0, 3)).toEqual(['687.92', '5,504.37', '1,434.30']);
    // the key names both bars
    expect(texts(svg, 'text').slice(0, 2)).toEqual(['年初预算', '决算']);
    const tips = [...svg.querySelectorAll('rect[data-tip]')].map((r) => r.getAttribute('data-tip'));
    expect(tips.slice(0, 3)).toEqual([
      '科学技术支出：年初预算687.92 万元',
      '科学技术支出：决算5,504.37 万元',
      '资源勘探信息等支出：决算1,434.30 万元',
    ]);
  });

  test('budget and final bars share one scale, and stay left of the amounts', () => {
    const spec = spendingBudgetVsFinal(categoryRows('en'), { locale: 'en', width: 360, words: words('en') });
    const svg = parse(renderPlot(spec, { id: 'b', ariaLabel: 'pairs' }));
    const bars = [...svg.querySelectorAll('rect[data-tip]')];
    const widths = bars.map((r) => numberAttr(r, 'width'));
    expect(widths[0]! / widths[1]!).toBeCloseTo(687.92 / 5504.37, 3);
    const right = Math.max(...bars.map((r) => numberAttr(r, 'x') + numberAttr(r, 'width')));
    const amountsLeft = 360 - textWidth('55,043,700', 13); // the widest amount (5,504.37 万元 in 元) at 13 px
    expect(right).toBeLessThan(amountsLeft);
    expect(right).toBeGreaterThan(amountsLeft - 20);
    expect(texts(svg, 'text').filter((t) => t?.includes('%'))).toContain('+700.15%');
  });

  test('shows the printed growth next to the recomputed one where they differ', () => {
    const science = categories[0]!;
    const svg = parse(render(budgetFinalRows(science.subcategories, 'en'), 'en', 640));
    expect(texts(svg, 'text')).toContain('0.00% (report: +100%)');
  });

  test('refuses no rows and bad amounts', () => {
    expect(() => spendingBudgetVsFinal([], { locale: 'zh', words: words('zh') })).toThrow(
      'spendingBudgetVsFinal: no rows',
    );
    const [row] = categoryRows('zh');
    expect(() => spendingBudgetVsFinal([{ ...row!, budgetWan: -5 }], { locale: 'zh', words: words('zh') })).toThrow(
      'invalid amount -5 for 科学技术支出',
    );
  });

  test('renders as in its snapshots', async () => {
    await expect(normalizeSvg(render(categoryRows('en'), 'en', 360))).toMatchFileSnapshot(
      '../snapshots/spending-budget-vs-final-360-en.svg',
    );
    const science = budgetFinalRows(categories[0]!.subcategories, 'zh');
    await expect(normalizeSvg(render(science, 'zh', 640))).toMatchFileSnapshot(
      '../snapshots/spending-sub-science-and-technology-640-zh.svg',
    );
  });
});
