/**
 * The text measuring and the amount helpers behind the spending and procurement charts.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import {
  amountAttributes,
  fillTip,
  tipAttributes,
  widestAmount,
  withAttributes,
} from '../../../src/lib/charts/spending-amounts';
import { textWidth, wrapText } from '../../../src/lib/charts/spending-text';
import { renderPlot } from '../../../src/lib/render-plot';

describe('textWidth', () => {
  test('a Chinese character is one em, Latin letters and digits less', () => {
    expect(textWidth('科学技术支出', 14)).toBe(84);
    expect(textWidth('（类）', 10)).toBe(30);
    expect(textWidth('abc', 10)).toBeCloseTo(16.8);
    expect(textWidth('1,434.30', 10)).toBeCloseTo(6 * 6 + 2 * 3);
    expect(textWidth('', 14)).toBe(0);
  });

  test('never narrower than a real font would set Latin text (system-ui averages about 0.5 em)', () => {
    const sample = 'Resource exploration, information and industry';
    expect(textWidth(sample, 14) / 14 / sample.length).toBeGreaterThan(0.5);
  });
});

describe('wrapText', () => {
  test('keeps English words whole', () => {
    expect(wrapText('Resource exploration, information and industry', 200, 14)).toEqual([
      'Resource exploration,',
      'information and industry',
    ]);
    expect(wrapText('Housing security', 200, 14)).toEqual(['Housing security']);
  });

  test('breaks Chinese between characters, never before closing punctuation', () => {
    expect(wrapText('政府办公厅（室）及相关机构事务', 112, 14)).toEqual(['政府办公厅（室）', '及相关机构事务']);
    expect(wrapText('政府办公厅（室）及相关机构事务', 100, 14)).toEqual(['政府办公厅', '（室）及相关机', '构事务']);
    expect(wrapText('全部用于“其他资源勘探信息等支出”', 14 * 5, 14)).toEqual([
      '全部用于',
      '“其他资源',
      '勘探信息等',
      '支出”',
    ]);
    expect(wrapText('一二三四五六，七', 14 * 6, 14)).toEqual(['一二三四五', '六，七']);
  });

  test('every line fits, unless a single word is wider than the width', () => {
    const lines = wrapText('Retirees of government bodies and public institutions', 150, 14);
    for (const line of lines) expect(textWidth(line, 14), line).toBeLessThanOrEqual(150);
    expect(lines.join(' ')).toBe('Retirees of government bodies and public institutions');
    expect(wrapText('Informatization x', 50, 14)).toEqual(['Informatization', 'x']);
  });

  test('refuses a width that is not positive', () => {
    expect(() => wrapText('x', 0, 14)).toThrow('wrapText: invalid width 0');
  });
});

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
    expect(amountAttributes(1434.3)).toEqual({ 'data-amount-wan': '1434.3', 'data-amount-bare': '' });
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
