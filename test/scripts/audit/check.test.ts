/** scripts/audit/check.ts: the English message states amounts in CNY million, every printed digit kept. */
import { describe, expect, it } from 'vitest';
import { compare, wanAsMillion } from '../../../scripts/audit/check.ts';
import type { Fig } from '../../../scripts/lib/read-figures.ts';

describe('wanAsMillion', () => {
  it('moves the decimal point two places and keeps every printed digit', () => {
    expect(wanAsMillion('687.92')).toBe('6.8792');
    expect(wanAsMillion('5504.37')).toBe('55.0437');
    expect(wanAsMillion('193.2')).toBe('1.932');
    expect(wanAsMillion('1,040')).toBe('10.4');
    expect(wanAsMillion('100')).toBe('1');
    expect(wanAsMillion('0.5')).toBe('0.005');
    expect(wanAsMillion('-16.5')).toBe('-0.165');
    expect(wanAsMillion('123456.7')).toBe('1,234.567');
    expect(() => wanAsMillion('55O4')).toThrow('not an amount');
  });
});

describe('compare', () => {
  const fig = (text: string): Fig => ({
    text,
    value: Number(text),
    decimals: text.split('.')[1]?.length ?? 0,
    line: 61,
  });
  it('writes one unit in English, the chart’s, and one colon', () => {
    const { finding } = compare({
      rule: { id: 'subcategory-sum' },
      subject: 'x',
      claim_zh: '“科学技术支出”各款年初预算数之和',
      claim_en: '“Science and technology”: sub-category budgets against the category budget',
      from: [],
      printed: fig('687.92'),
      recomputed: 920.46,
      severity: 'high',
      unit: '万元',
      figures: [],
    });
    expect(finding?.message_en).toBe(
      '“Science and technology”: sub-category budgets against the category budget. The report prints CNY 6.8792 million; recomputed from its other figures, it is CNY 9.2046 million.',
    );
    expect(finding?.message_zh).toBe(
      '“科学技术支出”各款年初预算数之和：报告为687.92万元，按报告其他数字重算为920.46万元。',
    );
  });
});
