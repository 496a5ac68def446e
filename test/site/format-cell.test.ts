import { describe, expect, test } from 'vitest';
import { columnHeader, formatCell, isNumeric, type Column } from '../../src/lib/format-cell';

const amount: Column = { key: 'final_wan', label: '决算数', kind: 'amount' };

describe('formatCell', () => {
  test('each kind in both locales', () => {
    expect(formatCell(5504.37, amount, 'zh')).toBe('5,504.37');
    expect(formatCell(5504.37, amount, 'en')).toBe('55.04');
    expect(formatCell(5504.37, { ...amount, unit: 'yuan' }, 'en')).toBe('55,043,700');
    expect(formatCell(3.58, { ...amount, signed: true }, 'zh')).toBe('+3.58');
    expect(formatCell(75.77, { key: 'share_pct', label: '占比', kind: 'percent' }, 'zh')).toBe('75.77%');
    expect(formatCell(99.6, { key: 'total_score', label: 'Score', kind: 'points' }, 'en')).toBe('99.6 pts');
    expect(formatCell(23, { key: 'actual', label: 'Staff', kind: 'number' }, 'en')).toBe('23');
    expect(formatCell('科学技术支出', { key: 'name_zh', label: '类别' }, 'zh')).toBe('科学技术支出');
  });

  test('a points column that shows a printed score shows the row’s printed text; the value stays the number', () => {
    const score: Column = { key: 'score', label: '得分', kind: 'points', printed: 'score_printed' };
    expect(formatCell(6, score, 'zh', { score: 6, score_printed: '6.0' })).toBe('6.0 分');
    expect(formatCell(6, score, 'en', { score: 6, score_printed: '6.0' })).toBe('6.0 pts');
    expect(formatCell(6, { ...score, printed: undefined }, 'zh')).toBe('6 分');
    expect(formatCell(null, score, 'zh', { score: null, score_printed: null })).toBe('—');
    expect(() => formatCell(6, score, 'zh', { score: 6 })).toThrow(
      'formatCell: column score shows score_printed, found undefined',
    );
  });

  test('missing values and wrong types', () => {
    expect(formatCell(null, amount, 'zh')).toBe('—');
    expect(formatCell(undefined, { key: 'name_en', label: 'Name' }, 'en')).toBe('—');
    expect(() => formatCell('5504.37', amount, 'zh')).toThrow(
      'formatCell: column final_wan expects a number, found "5504.37"',
    );
  });

  test('headers state the unit of amount columns', () => {
    expect(columnHeader(amount, 'zh')).toBe('决算数（万元）');
    expect(columnHeader({ ...amount, label: 'Final amount' }, 'en')).toBe('Final amount (CNY million)');
    expect(columnHeader({ ...amount, unit: 'yi' }, 'zh')).toBe('决算数（亿元）');
    expect(columnHeader({ key: 'share_pct', label: 'Share', kind: 'percent' }, 'en')).toBe('Share');
    expect(isNumeric(amount)).toBe(true);
    expect(isNumeric({ key: 'name_zh', label: '类别' })).toBe(false);
  });
});
