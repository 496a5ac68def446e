/** contract/units.ts: the unit of a figure a finding names, and an amount in 万元 written in millions. */
import { describe, expect, it } from 'vitest';
import { unitOf, wanAsMillion } from '../../../contract/units.ts';

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

describe('unitOf', () => {
  it('is the unit its table declares for the column', () => {
    expect(unitOf({ table: 'spending', row: 'category/科学技术支出', column: 'budget_wan' })).toBe('万元');
    expect(unitOf({ table: 'projects', row: 'x', column: 'exec_rate_pct' })).toBe('%');
    expect(unitOf({ table: 'projects', row: 'x', column: 'total_score' })).toBe('points');
  });
  it('is null for a column without a unit, or one the table does not have', () => {
    expect(unitOf({ table: 'projects', row: 'x', column: 'table_year' })).toBeNull();
    expect(unitOf({ table: 'projects', row: 'x', column: 'no_such_column' })).toBeNull();
    expect(unitOf({ table: 'no-such-table', row: 'x', column: 'budget_wan' })).toBeNull();
  });
});
