/**
 * scripts/audit/check.ts: the English message states amounts in CNY million, every printed digit kept; a finding
 * records the unit of its values.
 */
import { describe, expect, it } from 'vitest';
import { compare, compareGrowth, sumOfRows } from '../../../scripts/audit/check.ts';
import type { Fig } from '../../../scripts/lib/read-figures.ts';

/** What a made-up check is about: its rule, a subject, its claim and no quotes. */
const about = (rule: string) => ({
  rule: { id: rule },
  subject: 'x',
  claim_zh: '总分',
  claim_en: 'total score',
  from: [],
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
    expect(finding?.unit).toBe('万元');
  });

  it('records the unit of its values: the one it compared in, else that of the figure’s column', () => {
    const spec = {
      ...about('project-total-score'),
      printed: fig('94'),
      recomputed: 96,
      severity: 'high' as const,
    };
    const score = { table: 'projects' as const, row: 'x', column: 'total_score' };
    const year = { table: 'projects' as const, row: 'x', column: 'table_year' };
    expect(compare({ ...spec, figures: [score] }).finding?.unit).toBe('points');
    expect(compare({ ...spec, unit: '%', figures: [score] }).finding?.unit).toBe('%');
    expect(compare({ ...spec, figures: [year] }).finding?.unit).toBeNull();
    expect(compare({ ...spec, figures: [] }).finding?.unit).toBeNull();
  });
});

describe('compareGrowth', () => {
  const fig = (text: string): Fig => ({ text, value: Number(text), decimals: 2, line: 41 });
  const growth = (printed: string) =>
    compareGrowth({
      ...about('totals-growth'),
      severity: 'medium',
      figures: [],
      printed: fig(printed),
      current: 150,
      base: 100,
    });
  it('recomputes (current − base) / base in %, and names the slip a wrong rate matches', () => {
    expect(growth('50.00').finding).toBeNull();
    expect(growth('33.33').finding).toMatchObject({
      printed: 33.33,
      recomputed: 50,
      unit: '%',
      wrong_base: { kind: 'change-over-current', value: 33.33, sign_reversed: false },
    });
  });
});

describe('sumOfRows', () => {
  it('compares the total row’s figure with its part rows’ and cites the same rows’ cells', () => {
    const fig = (value: number): Fig => ({ text: String(value), value, decimals: 2, line: 106 });
    const [total, goods, works] = [
      { item: 'total', amount: fig(3) },
      { item: 'goods', amount: fig(1) },
      { item: 'works', amount: fig(2) },
    ];
    const cell = (row: string) => ({ table: 'procurement', row, column: 'amount_wan' });
    expect(sumOfRows('procurement', 'amount_wan', total, [goods, works], (x) => [[x.item], x.amount])).toEqual({
      printed: total.amount,
      parts: [goods.amount, works.amount],
      figures: [cell('total')],
      inputs: [cell('goods'), cell('works')],
    });
  });
});
