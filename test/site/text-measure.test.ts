/**
 * The one text measure behind charts, slides and social cards (src/lib/text-measure.ts): widths by table,
 * wrapping of Chinese, Latin and mixed text, punctuation rules, long words, the line limit and clipping.
 */
import { describe, expect, test } from 'vitest';
import {
  CARD,
  CARD_REGULAR,
  CARD_ZH,
  CHART,
  LABEL,
  SLIDE,
  clipText,
  textWidth,
  wrapText,
} from '../../src/lib/text-measure';

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

  test('the CHART table is the default', () => {
    expect(textWidth('Housing 住房', 13)).toBe(textWidth('Housing 住房', 13, CHART));
  });

  test('LABEL counts CJK characters and full-width punctuation as one em, Latin narrower', () => {
    expect(textWidth('科普活动', 1, LABEL)).toBe(4);
    expect(textWidth('“连心通”', 1, LABEL)).toBe(5);
    expect(textWidth('（A）', 1, LABEL)).toBe(2.64);
    expect(textWidth('ill', 1, LABEL)).toBeCloseTo(0.96, 5);
    expect(textWidth('', 1, LABEL)).toBe(0);
    expect(textWidth('进度 12', 10, LABEL)).toBe(36);
  });

  test('CARD and SLIDE: CJK one em, Latin by their own widths', () => {
    expect(textWidth('一二三', 10, CARD)).toBe(30);
    expect(textWidth('Ai .', 10, CARD)).toBeCloseTo(7 + 3 + 2.6 + 2.8, 5); // Noto Sans Bold's A, i, space and .
    expect(textWidth('“bureau’s”', 10, CARD)).toBeCloseTo(4.8 + 36.8 + 2.2 + 5.2 + 4.8, 5); // quotes proportional
    expect(textWidth('Ai .', 10, CARD_REGULAR)).toBeCloseTo(6.6 + 2.6 + 2.6 + 3, 5); // Noto Sans Regular, narrower
    expect(textWidth('“连心通”', 10, CARD_ZH)).toBe(50); // Noto Sans Hans sets curly quotes full-width
    expect(textWidth('科学技术支出', 24, SLIDE)).toBe(144);
    expect(textWidth('5,504.37', 10, SLIDE)).toBeCloseTo(8 * 6.2, 5);
  });
});

describe('clipText', () => {
  test('keeps text that fits and collapses whitespace', () => {
    expect(clipText(' 科普\n活动 ', 10, 1, { metrics: LABEL })).toBe('科普 活动');
  });

  test('cuts text that does not fit and ends it with an ellipsis within the width', () => {
    const clipped = clipText('丰台区统一政务云数据中心项目', 6, 1, { metrics: LABEL });
    expect(clipped).toBe('丰台区统一…');
    expect(textWidth(clipped, 1, LABEL)).toBeLessThanOrEqual(6);
    expect(clipText('丰台区统一政务云数据中心项目', 60, 10, { metrics: LABEL })).toBe('丰台区统一…');
  });
});

describe('wrapText', () => {
  test('keeps English words whole', () => {
    expect(wrapText('Resource exploration, information and industry', 200, 14)).toEqual([
      'Resource exploration,',
      'information and industry',
    ]);
    expect(wrapText('Housing security', 200, 14)).toEqual(['Housing security']);
    expect(wrapText('Big data for fine-grained urban management', 12, 1, { metrics: LABEL })).toEqual([
      'Big data for fine-grained',
      'urban management',
    ]);
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
    expect(wrapText('丰台区统一政务云数据中心购买服务', 8, 1, { metrics: LABEL })).toEqual([
      '丰台区统一政务云',
      '数据中心购买服务',
    ]);
  });

  test('mixed text: a Latin word or number inside Chinese stays whole', () => {
    expect(wrapText('完成2019年PPP项目入库', 14 * 7, 14)).toEqual(['完成2019年', 'PPP项目入库']);
  });

  test('keeps an opening quote with its word', () => {
    expect(wrapText('hosted racks for the “Sharp Eyes” video project', 12, 1, { metrics: LABEL })).toEqual([
      'hosted racks for the',
      '“Sharp Eyes” video',
      'project',
    ]);
  });

  test('past maxLines the text is cut and the last line ends with …, as the social cards wrap (CARD widths)', () => {
    const card = (text: string, maxLines: number) => wrapText(text, 45, 10, { metrics: CARD, maxLines });
    expect(card('一二三四五六七八九十', 3)).toEqual(['一二三四', '五六七八', '九十']);
    expect(card('一二三四五六七八九十', 2)).toEqual(['一二三四', '五六七…']);
    expect(wrapText('Spending the budget did not make a high score', 80, 10, { metrics: CARD, maxLines: 5 })).toEqual([
      'Spending the',
      'budget did not',
      'make a high',
      'score',
    ]);
    const cut = wrapText('Spending the budget did not make a high score', 80, 10, { metrics: CARD, maxLines: 2 });
    // in Noto Sans Bold 'budget did not…' is 83 px at 10 px, so the cut comes a letter earlier
    expect(cut).toEqual(['Spending the', 'budget did no…']);
    expect(textWidth(cut[1]!, 10, CARD)).toBeLessThanOrEqual(80);
  });

  test('an apostrophe between letters stays inside its word at every width', () => {
    for (let em = 4; em <= 16; em += 0.25) {
      const lines = wrapText('the bureau’s own budget and the projects’ money', em, 1, { metrics: LABEL });
      for (const line of lines) expect(line, `${em} em`).not.toMatch(/^s\b|bureau’$/);
    }
  });

  test('every line fits, unless a single word is wider than the width', () => {
    const lines = wrapText('Retirees of government bodies and public institutions', 150, 14);
    for (const line of lines) expect(textWidth(line, 14), line).toBeLessThanOrEqual(150);
    expect(lines.join(' ')).toBe('Retirees of government bodies and public institutions');
    expect(wrapText('Informatization x', 50, 14)).toEqual(['Informatization', 'x']);
  });

  test('with breakWords, a word wider than the line is broken between its characters', () => {
    const lines = wrapText('Informatization x', 50, 14, { breakWords: true });
    expect(lines.join('')).toBe('Informatization x');
    for (const line of lines) expect(textWidth(line, 14), line).toBeLessThanOrEqual(50);
    expect(lines.at(-1)).toBe('on x');
  });

  test('refuses a width too narrow for any text', () => {
    expect(() => wrapText('x', 0, 14)).toThrow('wrapText: invalid width 0');
    expect(() => wrapText('x', 1, 1)).toThrow('wrapText: invalid width 1');
  });
});
