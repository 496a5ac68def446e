/**
 * reportLayout on short made-up excerpts in the report's flattened-table format (see data/raw/SOURCES.md), and on
 * the real report: every line laid out exactly once, and the text of every line kept.
 */
import { describe, expect, test } from 'vitest';
import lines from '../../data/derived/report-lines.json';
import blocks from '../../data/derived/report-blocks.json';
import type { ReportBlock } from '../../src/lib/data';
import { reportLayout, type ReportSegment } from '../../src/lib/report-layout';

const numbered = (texts: string[]) => texts.map((text, i) => ({ n: i + 1, text }));
const cell = (from: number, to: number, text: string) => ({ from, to, text });

/** Every line number the layout gives an anchor to, in order. */
function anchors(segments: ReportSegment[]): number[] {
  return segments.flatMap((s) => {
    if (s.kind !== 'table') return [s.n];
    return [
      ...s.before.map((l) => l.n),
      ...s.rows.flatMap((r) => [
        ...r.cells.flatMap((c) => c.lines.filter((l) => l.anchor).map((l) => l.n)),
        ...r.after.map((l) => l.n),
      ]),
    ].sort((a, b) => a - b);
  });
}

/** The report's text rebuilt from the layout: a cell's first line gets back the tab that started it. */
function rebuild(segments: ReportSegment[]): Map<number, string> {
  const text = new Map<number, string>();
  const add = (n: number, part: string) => text.set(n, (text.get(n) ?? '') + part);
  for (const s of segments) {
    if (s.kind !== 'table') {
      add(s.n, s.text);
      continue;
    }
    for (const l of s.before) add(l.n, l.text);
    for (const row of s.rows) {
      for (const c of row.cells) c.lines.forEach((l, i) => add(l.n, i === 0 ? `\t${l.text}` : l.text));
      for (const l of row.after) add(l.n, l.text);
    }
  }
  return text;
}

describe('reportLayout', () => {
  test('headings, text and blank lines: parts are level 2, sections level 3, text as printed', () => {
    const layout = reportLayout(numbered([' 第一部分 说明', '一、概况', '  正文 ', '']), [
      { kind: 'heading', n: 1, text: '第一部分 说明', section: null, part: null },
      { kind: 'heading', n: 2, text: '一、概况', section: 'basic', part: 1 },
      { kind: 'text', n: 3, text: '正文' },
    ]);
    expect(layout).toEqual([
      { kind: 'heading', n: 1, text: ' 第一部分 说明', level: 2 },
      { kind: 'heading', n: 2, text: '一、概况', level: 3 },
      { kind: 'line', n: 3, text: '  正文 ' },
      { kind: 'line', n: 4, text: '' },
    ]);
  });

  test('a table whose rows have the same number of cells: rows, multi-line cells, blank lines between rows', () => {
    const texts = ['表1', '\t一级指标', '\t二级指标', '', '\t产', '出', '', '指', '\t数量', '', '正文'];
    const table: ReportBlock = {
      kind: 'table',
      from: 2,
      to: 10,
      rows: [
        { from: 2, to: 3, cells: [cell(2, 2, '一级指标'), cell(3, 3, '二级指标')] },
        { from: 5, to: 9, cells: [cell(5, 8, '产\n出\n指'), cell(9, 9, '数量')] },
      ],
    };
    const layout = reportLayout(numbered(texts), [table]);
    expect(layout).toEqual([
      { kind: 'line', n: 1, text: '表1' },
      {
        kind: 'table',
        from: 2,
        to: 10,
        columns: 2,
        before: [],
        rows: [
          {
            from: 2,
            to: 3,
            cells: [
              { from: 2, to: 2, lines: [{ n: 2, text: '一级指标', anchor: true }] },
              { from: 3, to: 3, lines: [{ n: 3, text: '二级指标', anchor: true }] },
            ],
            after: [{ n: 4, text: '' }],
          },
          {
            from: 5,
            to: 9,
            cells: [
              {
                from: 5,
                to: 8,
                lines: [
                  { n: 5, text: '产', anchor: true },
                  { n: 6, text: '出', anchor: true },
                  { n: 7, text: '', anchor: true },
                  { n: 8, text: '指', anchor: true },
                ],
              },
              { from: 9, to: 9, lines: [{ n: 9, text: '数量', anchor: true }] },
            ],
            after: [{ n: 10, text: '' }],
          },
        ],
      },
      { kind: 'line', n: 11, text: '正文' },
    ]);
    expect(anchors(layout)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });

  test('several cells on one line: the first carries the line, the last may run on; rows of different sizes are not a grid', () => {
    const texts = ['\t标题', '', '\t\t\t进度', '指标', '\t10'];
    const layout = reportLayout(numbered(texts), [
      {
        kind: 'table',
        from: 1,
        to: 5,
        rows: [
          { from: 1, to: 1, cells: [cell(1, 1, '标题')] },
          { from: 3, to: 5, cells: [cell(3, 3, ''), cell(3, 3, ''), cell(3, 4, '进度\n指标'), cell(5, 5, '10')] },
        ],
      },
    ]);
    const table = layout[0] as Extract<ReportSegment, { kind: 'table' }>;
    expect(table.columns).toBeNull();
    expect(table.rows[1]!.cells.map((c) => c.lines)).toEqual([
      [{ n: 3, text: '', anchor: true }],
      [{ n: 3, text: '', anchor: false }],
      [
        { n: 3, text: '进度', anchor: false },
        { n: 4, text: '指标', anchor: true },
      ],
      [{ n: 5, text: '10', anchor: true }],
    ]);
    expect(anchors(layout)).toEqual([1, 2, 3, 4, 5]);
    expect([...rebuild(layout)]).toEqual(texts.map((t, i) => [i + 1, t]));
  });

  test('fails loudly, naming the line, when the blocks disagree with the lines', () => {
    const texts = ['\t甲\t乙', '', '\t丙'];
    expect(() =>
      reportLayout(numbered(texts), [
        {
          kind: 'table',
          from: 1,
          to: 3,
          rows: [
            { from: 1, to: 1, cells: [cell(1, 1, '甲')] },
            { from: 3, to: 3, cells: [cell(3, 3, '丙')] },
          ],
        },
      ]),
    ).toThrow('report-blocks.json: table 1–3: line 1 has 2 cell(s) marked by tabs, the blocks have 1');
    expect(() =>
      reportLayout(numbered(['\t甲', '乙', '']), [
        { kind: 'table', from: 1, to: 3, rows: [{ from: 1, to: 2, cells: [cell(1, 1, '甲')] }] },
      ]),
    ).toThrow('report-blocks.json: table 1–3: line 2 is in no cell and between no rows');
    expect(() =>
      reportLayout(numbered(['\t甲', '\t乙']), [
        { kind: 'table', from: 1, to: 2, rows: [{ from: 1, to: 2, cells: [cell(1, 2, '甲\n乙')] }] },
      ]),
    ).toThrow('report-blocks.json: table 1–2: line 2 starts a new cell but is read as part of the cell from line 1');
    expect(() =>
      reportLayout(numbered(['一、概况']), [{ kind: 'heading', n: 1, text: '二、收入', section: 'x', part: 1 }]),
    ).toThrow('report-blocks.json: heading on line 1 reads "二、收入", the line reads "一、概况"');
    expect(() => reportLayout([{ n: 2, text: '' }], [])).toThrow('report-lines.json: expected line 1, found line 2');
    expect(() => reportLayout(numbered(['\t甲']), [{ kind: 'table', from: 1, to: 3, rows: [] }])).toThrow(
      'report-blocks.json: line 3 is past the end of the report (1 lines)',
    );
  });
});

describe('reportLayout on the report', () => {
  const layout = reportLayout(lines, blocks as ReportBlock[]);

  test('gives every one of the 2,556 lines exactly one anchor, in order', () => {
    expect(lines).toHaveLength(2556);
    expect(anchors(layout)).toEqual(lines.map((l) => l.n));
  });

  test('keeps the text of every line: cells put back with their tabs give the report line for line', () => {
    const text = rebuild(layout);
    expect(text.size).toBe(lines.length);
    for (const line of lines) expect(text.get(line.n), `line ${line.n}`).toBe(line.text);
  });

  test('marks the 19 headings and shows the 3-column table as a grid, the self-evaluation tables as rows of cells', () => {
    const headings = layout.filter((s) => s.kind === 'heading');
    expect(headings.map((h) => h.n)).toEqual(
      blocks.filter((b) => b.kind === 'heading').map((b) => (b as { n: number }).n),
    );
    expect(headings.filter((h) => h.level === 2).map((h) => h.n)).toEqual([1, 89, 125]);
    const tables = layout.filter((s) => s.kind === 'table');
    expect(tables.map((t) => [t.from, t.to, t.columns])).toEqual([
      [153, 194, 3],
      [303, 2555, null],
    ]);
  });
});
