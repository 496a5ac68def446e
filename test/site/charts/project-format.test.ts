import { describe, expect, test } from 'vitest';
import { formatRate, formatScore } from '../../../src/lib/charts/project-format';

describe('project-format', () => {
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

  test('formatScore keeps the printed precision and the unit', () => {
    expect(formatScore(99.6, 'zh')).toBe('99.6 分');
    expect(formatScore(94, 'en')).toBe('94 pts');
    expect(formatScore(1, 'en')).toBe('1 pt');
    expect(formatScore(12.98, 'en')).toBe('12.98 pts');
    expect(formatScore(null, 'en')).toBe('—');
  });
});
