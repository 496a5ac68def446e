import { describe, expect, test } from 'vitest';
import { fc, test as fcTest } from '@fast-check/vitest';
import * as format from '../../src/lib/format';

const {
  amountScale,
  formatAmount,
  formatNumber,
  formatPercent,
  formatPoints,
  formatRate,
  formatScore,
  printedScore,
  unitLabel,
} = format;

describe('formatAmount', () => {
  test.each([
    [1434.3, '1,434.30 万元', 'CNY 14.34 million'],
    [5504.37, '5,504.37 万元', 'CNY 55.04 million'],
    [0, '0.00 万元', 'CNY 0.00 million'],
  ])('%s: 万元 in Chinese, millions in English', (wan, zh, en) => {
    expect(formatAmount(wan, 'zh')).toBe(zh);
    expect(formatAmount(wan, 'en')).toBe(en);
  });

  test('元 and 亿元 equivalents', () => {
    expect(formatAmount(1434.3, 'zh', { unit: 'yuan' })).toBe('14,343,000 元');
    expect(formatAmount(1434.3, 'en', { unit: 'yuan' })).toBe('CNY 14,343,000');
    expect(formatAmount(1434.3, 'zh', { unit: 'yi' })).toBe('0.14 亿元');
    // one 亿 is a tenth of a billion: 0.14 亿元 is CNY 0.014 billion, not 0.14
    expect(formatAmount(1434.3, 'en', { unit: 'yi' })).toBe('CNY 0.01 billion');
    expect(formatAmount(1434.3, 'en', { unit: 'yi', digits: 3 })).toBe('CNY 0.014 billion');
    expect(formatAmount(143430, 'zh', { unit: 'yi' })).toBe('14.34 亿元');
    expect(formatAmount(143430, 'en', { unit: 'yi' })).toBe('CNY 1.43 billion');
    expect(formatAmount(0.01, 'zh', { unit: 'yuan' })).toBe('100 元');
  });

  test('digits, signs and rounding of exact decimals', () => {
    expect(formatAmount(8375.64, 'zh', { digits: 0 })).toBe('8,376 万元');
    expect(formatAmount(4816.45, 'zh', { signed: true })).toBe('+4,816.45 万元');
    expect(formatAmount(-1.15, 'zh', { signed: true })).toBe('\u22121.15 万元');
    expect(formatAmount(-1.15, 'zh')).toBe('\u22121.15 万元');
    expect(formatAmount(-1.15, 'en')).toBe('\u2212CNY 0.01 million');
    expect(formatAmount(-1.15, 'en', { unit: 'yuan' })).toBe('\u2212CNY 11,500');
    expect(formatAmount(4816.45, 'en', { signed: true })).toBe('+CNY 48.16 million');
    expect(formatAmount(0.5, 'en')).toBe('CNY 0.01 million'); // 0.005 rounds half up
    expect(formatAmount(1.005, 'zh')).toBe('1.01 万元');
    expect(formatAmount(-0, 'zh')).toBe('0.00 万元');
    expect(formatAmount(-0.001, 'zh')).toBe('−0.001 万元'); // never a nonzero amount shown as zero
    expect(formatAmount(0, 'zh', { signed: true })).toBe('0.00 万元');
  });

  test('bare numbers for tables whose header states the unit', () => {
    expect(formatAmount(1434.3, 'zh', { bare: true })).toBe('1,434.30');
    expect(formatAmount(1434.3, 'en', { bare: true })).toBe('14.34');
    expect(formatAmount(-1434.3, 'en', { bare: true, unit: 'yuan' })).toBe('\u221214,343,000');
    expect(formatAmount(null, 'en', { bare: true })).toBe('—');
  });

  test('missing and invalid amounts', () => {
    expect(formatAmount(null, 'zh')).toBe('—');
    expect(formatAmount(undefined, 'en')).toBe('—');
    expect(() => formatAmount(Number.NaN, 'zh')).toThrow('formatAmount: invalid number NaN');
    expect(() => formatAmount(Infinity, 'en')).toThrow('formatAmount: invalid number Infinity');
    // @ts-expect-error an invalid unit from untyped data
    expect(() => formatAmount(1, 'zh', { unit: 'million' })).toThrow('formatAmount: invalid unit million');
  });
});

describe('formatPercent and formatPoints', () => {
  test('percent', () => {
    expect(formatPercent(98.27, 'zh')).toBe('98.27%');
    expect(formatPercent(98.27, 'en')).toBe('98.27%');
    expect(formatPercent(100, 'zh')).toBe('100.00%');
    expect(formatPercent(1472.82, 'en')).toBe('1,472.82%');
    expect(formatPercent(629.78, 'zh', { signed: true })).toBe('+629.78%');
    expect(formatPercent(-12.5, 'en', { digits: 1 })).toBe('\u221212.5%');
    expect(formatPercent(null, 'zh')).toBe('—');
  });

  test('points', () => {
    expect(formatPoints(99.6, 'zh')).toBe('99.6 分');
    expect(formatPoints(99.6, 'en')).toBe('99.6 pts');
    expect(formatPoints(10, 'zh')).toBe('10 分');
    expect(formatPoints(9.85, 'en')).toBe('9.85 pts');
    expect(formatPoints(1, 'en')).toBe('1 pt');
    expect(formatPoints(1, 'en', { digits: 1 })).toBe('1.0 pts');
    expect(formatPoints(-0.4, 'en', { signed: true })).toBe('\u22120.4 pts');
    expect(formatPoints(null, 'en')).toBe('—');
  });
});

describe('formatNumber, amountScale, unitLabel', () => {
  test('plain numbers', () => {
    expect(formatNumber(23, 'zh')).toBe('23');
    expect(formatNumber(12345.678, 'en', { digits: 1 })).toBe('12,345.7');
    expect(formatNumber(-3, 'en', { signed: true })).toBe('\u22123');
    expect(formatNumber(3, 'en', { signed: true })).toBe('+3');
    expect(formatNumber(null, 'zh')).toBe('—');
  });

  test('axis scales and labels', () => {
    expect(amountScale('zh')).toEqual({ factor: 1, label: '万元' });
    expect(amountScale('en')).toEqual({ factor: 0.01, label: 'CNY million' });
    expect(amountScale('zh', 'yi')).toEqual({ factor: 0.0001, label: '亿元' });
    expect(amountScale('en', 'yi')).toEqual({ factor: 0.00001, label: 'CNY billion' });
    expect(amountScale('en', 'yuan')).toEqual({ factor: 10000, label: 'CNY' });
    expect(unitLabel('zh', 'yuan')).toBe('元');
    expect(unitLabel('en')).toBe('CNY million');
  });
});

describe('no nonzero amount is shown as zero', () => {
  const units = ['wan', 'yuan', 'yi'] as const;
  test('a few 万元 in 亿元 or CNY billion keep two significant digits', () => {
    expect(formatAmount(8.5, 'zh', { unit: 'yi' })).toBe('0.00085 亿元');
    expect(formatAmount(8.5, 'en', { unit: 'yi' })).toBe('CNY 0.000085 billion');
    expect(formatAmount(0.3, 'en')).toBe('CNY 0.003 million');
    expect(formatAmount(8.5, 'en', { unit: 'yi', bare: true })).toBe('0.000085');
  });

  fcTest.prop([
    fc.integer({ min: -1e9, max: 1e9 }).filter((n) => n !== 0),
    fc.constantFrom(...units),
    fc.constantFrom('zh' as const, 'en' as const),
  ])(
    'any amount of the report (万元 with two decimals) shows a nonzero digit in every unit and language',
    (cents, unit, locale) => {
      expect(formatAmount(cents / 100, locale, { unit, bare: true })).toMatch(/[1-9]/);
    },
  );
});

describe('countWords', () => {
  test('a count up to ten in words, a larger one in figures', () => {
    expect([
      format.countWords(8, 'zh'),
      format.countWords(8, 'en'),
      format.countWords(2, 'zh'),
      format.countWords(12, 'en'),
    ]).toEqual(['八', 'eight', '两', '12']);
  });
});

describe('rates and scores (the project and score pages)', () => {
  test('scores keep the decimals they have, up to 2', () => {
    expect([98, 99.6, 98.27, 0.6, 1 / 3].map((v) => formatScore(v, 'en'))).toEqual([
      '98 pts',
      '99.6 pts',
      '98.27 pts',
      '0.6 pts',
      '0.33 pts',
    ]);
    expect(() => formatScore(Number.NaN, 'en')).toThrow('formatPoints: invalid number NaN');
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

  test('formatScore (points the site computes): at most two decimals, trailing zeros dropped, and the unit', () => {
    expect(formatScore(99.6, 'zh')).toBe('99.6 分');
    expect(formatScore(94, 'en')).toBe('94 pts');
    expect(formatScore(1, 'en')).toBe('1 pt');
    expect(formatScore(12.98, 'en')).toBe('12.98 pts');
    expect(formatScore(null, 'en')).toBe('—');
  });

  test('printedScore shows a printed score with the report’s own digits, in the locale’s unit', () => {
    // the report prints the funds score of the table with total 87.9 as `6.0` (line 2067): formatScore(6) is `6 分`
    const shown = {
      zh: { '6.0': '6.0 分', '99.6': '99.6 分', '-3': '\u22123 分' },
      en: { '6.0': '6.0 pts', '88': '88 pts', '1': '1 pt', '1.0': '1.0 pts' },
    };
    for (const locale of ['zh', 'en'] as const)
      for (const [printed, text] of Object.entries(shown[locale])) expect(printedScore(printed, locale)).toBe(text);
    expect(printedScore('12.98', 'en', { bare: true })).toBe('12.98');
    expect(printedScore(null, 'zh')).toBe('—');
    expect(printedScore(undefined, 'en')).toBe('—');
    expect(() => printedScore('88分', 'zh')).toThrow('printedScore: not a printed number: "88分"');
  });
});
