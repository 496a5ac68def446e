/**
 * The amount helpers behind the spending and procurement charts (their text measuring: test/site/text-measure.test.ts).
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import * as amounts from '../../../src/lib/charts/spending-amounts';
import { textWidth } from '../../../src/lib/text-measure';
import { renderPlot } from '../../../src/lib/render-plot';

const { fillTip, tipAttributes, valueLabelAttributes, widestAmount, withAttributes } = amounts;

describe('amount helpers', () => {
  test('widestAmount measures the widest of the three units', () => {
    // 5504.37 万元 is 55,043,700 元: the yuan form is the widest in both languages
    expect(widestAmount([5504.37, 4.42], 'zh', 10)).toBeCloseTo(textWidth('55,043,700', 10));
    expect(widestAmount([5504.37], 'en', 10)).toBeCloseTo(textWidth('55,043,700', 10));
    expect(widestAmount([], 'en', 10)).toBe(0);
  });

  test('fillTip puts amounts in the default unit into a template', () => {
    expect(fillTip('科学技术支出：{0}', [5504.37], 'zh')).toBe('科学技术支出：5,504.37 万元');
    expect(fillTip('{1} then {0}', [1, 1434.3], 'en')).toBe('CNY 14.34 million then CNY 0.01 million');
    expect(() => fillTip('{1}', [1], 'en')).toThrow('fillTip: no amount {1} for "{1}"');
  });

  test('the attributes the unit switch reads', () => {
    expect(valueLabelAttributes(1434.3)).toEqual({ 'data-amount-wan': '1434.3', 'data-amount-bare': '' });
    expect(tipAttributes('a {0} b {1}', [1, 2.5])).toEqual({
      'data-tip-template': 'a {0} b {1}',
      'data-tip-wan': '1 2.5',
    });
  });

  test('withAttributes sets attributes on the element each datum draws, and survives renderPlot', () => {
    const rows = [
      { v: 1, t: 'a' },
      { v: 2, t: 'b' },
    ];
    const svg = renderPlot(
      {
        marks: [
          Plot.text(rows, { x: 'v', text: 't', render: withAttributes(rows, (d) => ({ 'data-v': String(d.v) })) }),
        ],
      },
      { id: 'w', ariaLabel: 'w' },
    );
    const { document } = parseHTML(`<html><body>${svg}</body></html>`);
    const texts = [...document.querySelectorAll('text[data-v]')].map((el) => [
      el.textContent,
      el.getAttribute('data-v'),
    ]);
    expect(texts).toEqual([
      ['a', '1'],
      ['b', '2'],
    ]);
  });
});
