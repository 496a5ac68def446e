/**
 * The /procurement/ chart rows and specs, on the real derived data: parts by type and the nested SME shares.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { procurementByType } from '../../../src/lib/charts/procurement-by-type';
import { procurementItems, smeRows, typeRows } from '../../../src/lib/charts/procurement-rows';
import { procurementSmeShare } from '../../../src/lib/charts/procurement-sme-share';
import { data } from '../../../src/lib/data';
import type { Locale } from '../../../src/lib/i18n';
import { renderPlot } from '../../../src/lib/render-plot';
import { testSnapshots } from './chart-spec-helpers';

const total = (locale: Locale) => ({ label: locale === 'zh' ? '合计' : 'Total', wan: 2148.92, shareText: '100.00%' });
function parse(svg: string) {
  const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
  return document.querySelector('svg')!;
}
const texts = (root: Element, selector: string) => [...root.querySelectorAll(selector)].map((el) => el.textContent);

describe('procurement rows', () => {
  test('the types that make up the total, largest first, each with its fixed colour', () => {
    expect(typeRows(data.procurement, 'zh').map((r) => [r.key, r.label, r.wan, r.shareText, r.color])).toEqual([
      ['services', '服务', 1958.85, '91.16%', 'var(--c1)'],
      ['goods', '货物', 190.07, '8.84%', 'var(--c2)'],
      ['works', '工程', 0, '0.00%', 'var(--c3)'],
    ]);
    expect(typeRows(data.procurement, 'en')[0]!.tipTemplate).toBe('Services: {0}, 91.16% of all procurement');
  });

  test('the nested rows: all procurement, SMEs, and small and micro firms, with the shares as printed', () => {
    expect(smeRows(data.procurement, 'en').map((r) => [r.key, r.level, r.wan, r.shareText])).toEqual([
      ['total', 0, 2148.92, '100.00%'],
      ['sme', 1, 1074.18, '49.99%'],
      ['small_micro', 2, 205.93, '9.58%'],
    ]);
  });

  test('a missing item is an error that names it', () => {
    expect(() => procurementItems(data.procurement.filter((r) => r.item !== 'sme'))).toThrow(
      'procurementItems: the procurement table has no row for sme',
    );
  });
});

describe('procurementByType', () => {
  const render = (locale: Locale, width: number) =>
    renderPlot(procurementByType(typeRows(data.procurement, locale), { locale, total: total(locale), width }), {
      id: 'p',
      ariaLabel: 'parts',
    });

  test('segments for the parts with an amount, fill the width in proportion; a key row for every part and the total', () => {
    const svg = parse(render('zh', 640));
    const segments = [...svg.querySelectorAll('rect[data-tip]')];
    expect(segments.map((s) => s.getAttribute('data-tip'))).toEqual([
      '政府采购服务支出：1,958.85 万元，占政府采购总额的91.16%',
      '政府采购货物支出：190.07 万元，占政府采购总额的8.84%',
    ]);
    const widths = segments.map((s) => Number(s.getAttribute('width')));
    expect(widths[0]! + widths[1]!).toBeCloseTo(638);
    expect(widths[0]! / widths[1]!).toBeCloseTo(1958.85 / 190.07, 3);
    expect(texts(svg, 'text[data-amount-wan]')).toEqual(['1,958.85', '190.07', '0.00', '2,148.92']);
    expect(texts(svg, 'text')).toEqual(
      expect.arrayContaining(['服务', '货物', '工程', '合计', '91.16%', '8.84%', '0.00%', '100.00%']),
    );
    // the part of 0 gets an outlined swatch
    const swatches = [...svg.querySelectorAll('rect:not([data-tip])')];
    expect(swatches.map((s) => [s.getAttribute('fill'), s.getAttribute('stroke')])).toEqual([
      ['var(--c1)', 'none'],
      ['var(--c2)', 'none'],
      ['none', 'var(--control)'],
    ]);
  });

  test('refuses parts that add up to more than the total, and bad amounts', () => {
    const rows = typeRows(data.procurement, 'en');
    expect(() => procurementByType(rows, { locale: 'en', total: { ...total('en'), wan: 2000 } })).toThrow(
      'procurementByType: the parts add up to 2148.92, more than the total 2000',
    );
    expect(() => procurementByType([{ ...rows[0]!, wan: -1 }], { locale: 'en', total: total('en') })).toThrow(
      'invalid amount -1 for Services',
    );
    expect(() => procurementByType([], { locale: 'en', total: total('en') })).toThrow('procurementByType: no rows');
  });

  testSnapshots('procurement-by-type', render, [
    ['en', 360],
    ['zh', 640],
  ]);
});

describe('procurementSmeShare', () => {
  const render = (locale: Locale, width: number) =>
    renderPlot(procurementSmeShare(smeRows(data.procurement, locale), { locale, width }), {
      id: 's',
      ariaLabel: 'nested',
    });

  test('each part drawn inside an outline of the whole, on the same scale, names indented by level', () => {
    const svg = parse(render('en', 360));
    const outlines = [...svg.querySelectorAll('g[fill="none"] > rect')];
    expect(outlines).toHaveLength(2);
    const bars = [...svg.querySelectorAll('rect[data-tip]')].map((r) => Number(r.getAttribute('width')));
    expect(bars[1]! / bars[0]!).toBeCloseTo(1074.18 / 2148.92, 3);
    expect(bars[2]! / bars[0]!).toBeCloseTo(205.93 / 2148.92, 3);
    const lefts = [...svg.querySelectorAll('g[font-size="14"] > text')].map(
      (t) => /translate\(([\d.]+),/.exec(t.getAttribute('transform')!)![1],
    );
    expect(lefts).toEqual(['0', '16', '32']);
    expect(texts(svg, 'text[data-amount-wan]')).toEqual(['21.49', '10.74', '2.06']);
  });

  test('refuses a part larger than the whole', () => {
    const rows = smeRows(data.procurement, 'zh');
    expect(() => procurementSmeShare([rows[0]!, { ...rows[1]!, wan: 3000 }], { locale: 'zh' })).toThrow(
      'procurementSmeShare: 授予中小企业 (3000) is larger than the whole (2148.92)',
    );
    expect(() => procurementSmeShare([], { locale: 'zh' })).toThrow('procurementSmeShare: no rows');
  });

  testSnapshots('procurement-sme-share', render, [
    ['zh', 360],
    ['en', 640],
  ]);
});
