import { describe, expect, it } from 'vitest';
import { readTable } from '../../scripts/lib/read-table.ts';
import { numbered } from './helpers.ts';

const cells = (text: string) =>
  readTable(numbered(text, 1)).map((r) => [r.from, r.to, r.cells.map((c) => [c.line, c.text])]);

/** A row as `cells` gives it: its first and last line, then each cell's line and text. */
const row = (from: number, to: number, ...rowCells: [number, string][]) => [from, to, rowCells];

describe('readTable', () => {
  it('starts a cell at each tab, continues it on untabbed lines, ends the row at a blank line', () => {
    expect(cells('\t项目名称\n\t科普活动\n\n\t分值\n（10分）\n\t10')).toEqual([
      row(1, 2, [1, '项目名称'], [2, '科普活动']),
      row(4, 6, [4, '分值\n（10分）'], [6, '10']),
    ]);
  });

  it('treats a blank line followed by untabbed text as a break inside a cell', () => {
    expect(cells('\t产\n\n出\n\n指\n\n标\n\t数量指标')).toEqual([row(1, 8, [1, '产\n出\n指\n标'], [8, '数量指标'])]);
  });

  it('reads several cells from one line with several tabs, and keeps empty and full-width-space cells', () => {
    expect(cells('\t\t\t进度指标\n\t　\n\t')).toEqual([
      row(1, 3, [1, ''], [1, ''], [1, '进度指标'], [2, '　'], [3, '']),
    ]);
  });

  it('ignores text before the first tabbed line', () => {
    expect(cells('表1：目标\n\n\t一级指标')).toEqual([row(3, 3, [3, '一级指标'])]);
  });
});
