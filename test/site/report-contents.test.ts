import { describe, expect, test } from 'vitest';
import blocks from '../../data/derived/report-blocks.json';
import type { ReportBlock } from '../../src/lib/data';
import { reportContents, sectionsFor } from '../../src/lib/report-contents';

const report = blocks as ReportBlock[];
const heading = (n: number, text: string, section: string | null): ReportBlock => ({
  kind: 'heading',
  n,
  text,
  section,
  part: section ? 1 : null,
});

describe('reportContents', () => {
  test('groups sections under their part', () => {
    expect(
      reportContents([
        heading(1, ' 第一部分 ', null),
        heading(2, '一、甲', 'a'),
        { kind: 'text', n: 3, text: 'x' },
        heading(4, '第二部分', null),
        heading(5, '一、乙', 'b'),
      ]),
    ).toEqual([
      { n: 1, text: '第一部分', sections: [{ n: 2, text: '一、甲' }] },
      { n: 4, text: '第二部分', sections: [{ n: 5, text: '一、乙' }] },
    ]);
  });

  test('sections before any part get a part without a heading', () => {
    expect(reportContents([heading(3, '一、甲', 'a')])).toEqual([
      { n: 0, text: '', sections: [{ n: 3, text: '一、甲' }] },
    ]);
  });

  test('the report has three parts with 6, 7 and 3 sections', () => {
    const parts = reportContents(report);
    expect(parts.map((p) => [p.n, p.sections.length])).toEqual([
      [1, 6],
      [89, 7],
      [125, 3],
    ]);
  });
});

describe('sectionsFor', () => {
  test('finds the sections holding the lines, in report order, without repeats', () => {
    expect(sectionsFor([61, 49, 44, 45], report)).toEqual([
      { n: 43, text: '三、财政拨款收入支出决算总体情况说明' },
      { n: 45, text: '四、一般公共预算财政拨款支出决算情况说明' },
    ]);
  });

  test('a line under a part heading but before its first section, or before any heading, has no section', () => {
    expect(sectionsFor([90], report)).toEqual([]);
    expect(sectionsFor([], report)).toEqual([]);
    expect(sectionsFor([2555], report)).toEqual([{ n: 302, text: '三、项目支出绩效自评表' }]);
  });
});
