import { describe, expect, test } from 'vitest';
import { decimalsOf, formatRate, formatScore } from '../../../src/lib/charts/project-format';
import { amountHtml, escapeHtml, fillHtml, linkHtml } from '../../../src/lib/charts/project-html';

describe('project-format', () => {
  test('decimalsOf counts the decimals a figure has, up to 2', () => {
    expect([98, 99.6, 98.27, 0.6, 1 / 3].map(decimalsOf)).toEqual([0, 1, 2, 1, 2]);
    expect(() => decimalsOf(Number.NaN)).toThrow('decimalsOf: invalid number NaN');
  });

  test('formatRate shows whole rates bare and others to two places', () => {
    expect([100, 98, 0.6, 98.58, null].map((v) => formatRate(v, 'zh'))).toEqual([
      '100%',
      '98%',
      '0.60%',
      '98.58%',
      '—',
    ]);
  });

  test('formatScore keeps the printed precision and the unit', () => {
    expect(formatScore(99.6, 'zh')).toBe('99.6 分');
    expect(formatScore(94, 'en')).toBe('94 pts');
    expect(formatScore(1, 'en')).toBe('1 pt');
    expect(formatScore(12.98, 'en')).toBe('12.98 pts');
    expect(formatScore(null, 'en')).toBe('—');
  });
});

describe('project-html', () => {
  test('escapes text and fills templates with HTML parts', () => {
    expect(escapeHtml('<a href="x">&</a>')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;');
    expect(fillHtml('执行率{rate}<br>', { rate: '<b>60%</b>' })).toBe('执行率<b>60%</b>&lt;br&gt;');
    expect(() => fillHtml('{missing}', {})).toThrow('fillHtml: no value for {missing}');
  });

  test('amounts carry data-amount-wan in 万元 and read in the locale’s unit', () => {
    expect(amountHtml(1040, 'zh')).toBe('<span class="amount" data-amount-wan="1040">1,040.00 万元</span>');
    expect(amountHtml(352.97, 'en')).toBe('<span class="amount" data-amount-wan="352.97">CNY 3.53 million</span>');
    expect(amountHtml(null, 'en')).toBe('—');
  });

  test('links are locale- and base-aware', () => {
    expect(linkHtml('en', '/scores/', 'Scores & more', '/fengtai/')).toBe(
      '<a href="/fengtai/en/scores/">Scores &amp; more</a>',
    );
  });
});
