/** contract/units.ts: the unit of a figure a finding names, and an amount in 万元 written in millions. */
import { describe, expect, test } from 'vitest';
import { unitOf, wanAsMillion } from '../../../contract/units.ts';

describe('wanAsMillion moves the decimal point two places and keeps every printed digit', () => {
  test.each([
    ['687.92', '6.8792'],
    ['5504.37', '55.0437'],
    ['193.2', '1.932'],
    ['1,040', '10.4'],
    ['100', '1'],
    ['0.5', '0.005'],
    ['-16.5', '-0.165'],
    ['123456.7', '1,234.567'],
  ])('%s 万元 is %s million', (wan, million) => expect(wanAsMillion(wan)).toBe(million));

  test('an amount it cannot read is an error', () => expect(() => wanAsMillion('55O4')).toThrow('not an amount'));
});

describe('unitOf is the unit its table declares for the column, else null', () => {
  test.each([
    ['spending', 'budget_wan', '万元'],
    ['projects', 'exec_rate_pct', '%'],
    ['projects', 'total_score', 'points'],
    ['projects', 'table_year', null], // a column without a unit
    ['projects', 'no_such_column', null],
    ['no-such-table', 'budget_wan', null],
  ])('%s.%s: %s', (table, column, unit) => expect(unitOf({ table, row: 'x', column })).toBe(unit));
});
