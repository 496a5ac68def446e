import { describe, expect, test } from 'vitest';
import { clipText, textWidthEm, wrapText } from '../../../src/lib/charts/project-labels';

describe('textWidthEm', () => {
  test('counts CJK characters and full-width punctuation as one em, Latin narrower', () => {
    expect(textWidthEm('科普活动')).toBe(4);
    expect(textWidthEm('“连心通”')).toBe(5);
    expect(textWidthEm('（A）')).toBe(2.64);
    expect(textWidthEm('ill')).toBeCloseTo(0.96, 5);
    expect(textWidthEm('')).toBe(0);
  });
});

describe('clipText', () => {
  test('keeps text that fits and collapses whitespace', () => {
    expect(clipText(' 科普\n活动 ', 10)).toBe('科普 活动');
  });

  test('cuts text that does not fit and ends it with an ellipsis within the width', () => {
    const clipped = clipText('丰台区统一政务云数据中心项目', 6);
    expect(clipped).toBe('丰台区统一…');
    expect(textWidthEm(clipped)).toBeLessThanOrEqual(6);
  });
});

describe('wrapText', () => {
  test('breaks Latin between words and CJK anywhere', () => {
    expect(wrapText('Big data for fine-grained urban management', 12)).toEqual([
      'Big data for fine-grained',
      'urban management',
    ]);
    expect(wrapText('丰台区统一政务云数据中心购买服务', 8)).toEqual(['丰台区统一政务云', '数据中心购买服务']);
  });

  test('keeps an opening quote with its word', () => {
    expect(wrapText('hosted racks for the “Sharp Eyes” video project', 12, 3)).toEqual([
      'hosted racks for the',
      '“Sharp Eyes” video',
      'project',
    ]);
  });

  test('clips the last line when the text needs more lines than allowed', () => {
    const lines = wrapText('丰台区统一政务云数据中心购买服务-“雪亮工程”托管机柜项目', 8, 2);
    expect(lines).toEqual(['丰台区统一政务云', '数据中心购买服…']);
    for (const line of lines) expect(textWidthEm(line), line).toBeLessThanOrEqual(8);
  });

  test('refuses a width too narrow for any text', () => {
    expect(() => wrapText('x', 1)).toThrow('wrapText: invalid width 1');
  });
});
