import { describe, expect, test } from 'vitest';
import { groupedBars, type GroupedBarCell, type GroupedBarsOptions } from '../../../src/lib/charts/grouped-bars';
import { renderPlot } from '../../../src/lib/render-plot';
import { bandLayout } from '../../../src/charts/scores-band-counts';
import { normalizeSvg } from '../normalize-svg';
import { parseSvg, texts, tips } from './project-svg-helpers';

const render = (cells: readonly GroupedBarCell[], options: GroupedBarsOptions) =>
  parseSvg(renderPlot(groupedBars(cells, options), { id: 'g', ariaLabel: 'grouped' }));
const attr = (el: Element, name: string) => Number(el.getAttribute(name));
const rects = (root: Element) => [...root.querySelectorAll('rect')];
const lines = (root: Element) =>
  [...root.querySelectorAll('line')].map((l) => [attr(l, 'x1'), attr(l, 'y1'), attr(l, 'y2')]);

const keyed = (labels: Record<string, string>) => Object.entries(labels).map(([key, label]) => ({ key, label }));

// the score bands as src/charts/scores-band-counts.ts draws them
const bands = keyed({ '90+': '90分及以上', '75-90': '75–90分', '60-75': '60–75分', '<60': '60分以下' });
const series = [
  { key: 'report', label: '报告汇总', color: 'var(--c-neutral)' },
  { key: 'printed', label: '按所印总分', color: 'var(--c1)' },
  { key: 'recomputed', label: '按重算总分', color: 'var(--c3)' },
];
const asBands = { ...bandLayout, groups: bands, series };
// Line 128 and the tables: 9 / 5 / 0 / 0 as printed; the untitled table's rows add up to 66.
const counts: Record<string, number[]> = { report: [9, 5, 0, 0], printed: [9, 5, 0, 0], recomputed: [9, 4, 1, 0] };
const rows: GroupedBarCell[] = bands.flatMap((b, i) =>
  series.map((s) => ({
    group: b.key,
    series: s.key,
    count: counts[s.key]![i]!,
    tip: `${b.label} ${s.label} ${counts[s.key]![i]}`,
  })),
);

// the findings by section and severity as src/charts/audit-summary.ts draws them (the options' defaults); keys
// of digits, which Object.entries lists in numeric order: the report's
const sections = keyed({
  49: '第一部分 四、一般公共预算财政拨款支出决算情况说明',
  101: '第三部分 二、项目绩效评价报告',
});
const severities = [
  { key: 'high', label: '严重', color: 'var(--c2)' },
  { key: 'medium', label: '中等', color: 'var(--c5)' },
  { key: 'low', label: '轻微', color: 'var(--c1)' },
];
const asAudit = { chart: 'audit-summary', groups: sections, series: severities };
const findings: GroupedBarCell[] = [
  { group: '49', series: 'high', count: 1, tip: '49 high 1' },
  { group: '49', series: 'medium', count: 0, tip: '49 medium 0' },
  { group: '49', series: 'low', count: 2, tip: '49 low 2' },
  { group: '101', series: 'high', count: 11, tip: '101 high 11' },
];

describe('groupedBars as the score bands (one-line headings, zeros shown)', () => {
  test('one group per band with a named bar per count; empty counts show 0 without a bar', () => {
    const root = render(rows, asBands);
    // in reading order, which the arrow keys follow (src/client/chart-tooltips.ts)
    expect(tips(root)).toEqual([
      '90分及以上 报告汇总 9',
      '90分及以上 按所印总分 9',
      '90分及以上 按重算总分 9',
      '75–90分 报告汇总 5',
      '75–90分 按所印总分 5',
      '75–90分 按重算总分 4',
      '60–75分 按重算总分 1',
    ]);
    const words = texts(root);
    expect(words.slice(0, 4)).toEqual(bands.map((b) => b.label));
    expect(words.filter((w) => w === '按重算总分')).toHaveLength(4);
    expect(words.slice(-12)).toEqual(['9', '9', '9', '5', '5', '4', '0', '0', '1', '0', '0', '0']);
    expect(words, 'headings, bar names and counts, no axis labels').toHaveLength(4 + 12 + 12);
  });

  test('one rule per band down its rows at 0, beside the bars and the rows of 0 alike', () => {
    const root = render(rows, { ...asBands, width: 640 });
    const x0 = attr(rects(root)[0]!, 'x');
    // a band is 24 px of heading, 3 × 21 px of rows and 8 px: 95 px
    expect(lines(root)).toEqual([0, 95, 190, 285].map((top) => [x0, top + 25, top + 88]));
    expect(root.getAttribute('height')).toBe('380');
    // the longest bar ends 28 px (countRoom) before the right edge
    expect(Math.max(...rects(root).map((r) => attr(r, 'x') + attr(r, 'width')))).toBeCloseTo(640 - 28, 9);
  });

  test.each([640, 360])('renders at %s px as in its snapshot', async (width) => {
    const svg = renderPlot(groupedBars(rows, { ...asBands, width }), {
      id: `scores-band-counts-${width}`,
      ariaLabel: '各分档项目数',
    });
    await expect(normalizeSvg(svg)).toMatchFileSnapshot(`../snapshots/grouped-bars-bands-${width}.svg`);
  });
});

describe('groupedBars as the audit summary (wrapped headings, zeros skipped)', () => {
  test('a cell of count 0 takes no row: no bar, no name, no count', () => {
    const root = render(findings, asAudit);
    expect(tips(root)).toEqual(['49 high 1', '49 low 2', '101 high 11']);
    expect(texts(root)).toEqual([...sections.map((s) => s.label), '严重', '轻微', '严重', '1', '2', '11']);
    // 严重 then 轻微, 21 px apart (no room left for 中等); the next group 14 px and a 24 px heading on
    expect(rects(root).map((r) => attr(r, 'y'))).toEqual([24, 45, 24 + 2 * 21 + 14 + 24]);
  });

  test('a rule at the start of each bar, and the longest bar leaves room for its count', () => {
    const root = render(findings, { ...asAudit, width: 640 });
    const bars = rects(root);
    expect(lines(root)).toEqual(bars.map((r) => [attr(r, 'x'), attr(r, 'y'), attr(r, 'y') + 16]));
    const end = Math.max(...bars.map((r) => attr(r, 'x') + attr(r, 'width')));
    // the widest count (11) and 10 px
    expect(640 - end).toBeGreaterThan(10 + 13);
    expect(640 - end).toBeLessThan(10 + 2 * 13);
    // the last bar's bottom, its gap and 2 px
    expect(root.getAttribute('height')).toBe(String(attr(bars.at(-1)!, 'y') + 16 + 5 + 2));
  });

  test('a heading too long for a phone wraps, and its group starts under its last line', () => {
    const root = render(findings, { ...asAudit, width: 276 });
    const head = root.querySelector('text')!;
    const parts = [...head.querySelectorAll('tspan')].map((t) => t.textContent);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.join('').replace(/\s/g, '')).toBe(sections[0]!.label.replace(/\s/g, ''));
    // 18 px a line (14 px × 1.3) and 6 px
    expect(attr(rects(root)[0]!, 'y')).toBe(parts.length * 18 + 6);
  });
});

describe('groupedBars options', () => {
  test("zeros: 'skip' leaves a zero cell out; 'show' writes its name and 0 without a bar", () => {
    const skip = render(findings, asAudit);
    const show = render(findings, { ...asAudit, zeros: 'show' });
    expect(tips(show), 'no bar either way').toEqual(tips(skip));
    expect(texts(skip)).not.toContain('中等');
    expect(texts(show)).toEqual([
      ...sections.map((s) => s.label),
      ...['严重', '中等', '轻微', '严重'],
      ...['1', '0', '2', '11'],
    ]);
    expect(Number(show.getAttribute('height')) - Number(skip.getAttribute('height'))).toBe(21);
  });

  test("headings: 'line' keeps a long heading on one line, 24 px above the bars", () => {
    const root = render(findings, { ...asAudit, width: 276, headings: 'line' });
    const head = root.querySelector('text')!;
    expect(head.querySelectorAll('tspan')).toHaveLength(0);
    expect(head.textContent).toBe(sections[0]!.label);
    expect(attr(rects(root)[0]!, 'y')).toBe(24);
  });

  test('a missing cell draws nothing, in either mode', () => {
    const some = findings.filter((c) => c.series !== 'medium');
    for (const zeros of ['skip', 'show'] as const) {
      const root = render(some, { ...asAudit, zeros });
      expect(texts(root)).not.toContain('中等');
    }
  });

  test('refuses unknown groups and series, two cells for one bar and counts that are not whole numbers', () => {
    expect(() => groupedBars([{ ...rows[0]!, group: 'x' }], asBands)).toThrow('scores-band-counts: unknown group x');
    expect(() => groupedBars([{ ...rows[0]!, series: 'x' }], asBands)).toThrow('scores-band-counts: unknown series x');
    expect(() => groupedBars([{ ...rows[0]!, count: 1.5 }], asBands)).toThrow('scores-band-counts: invalid count 1.5');
    expect(() => groupedBars([{ ...findings[0]!, count: -1 }], asAudit)).toThrow('audit-summary: invalid count -1');
    expect(() => groupedBars([findings[0]!, findings[0]!], asAudit)).toThrow(
      'audit-summary: two cells for group 49, series high',
    );
    expect(() => groupedBars(rows, { ...asBands, groups: [] })).toThrow('scores-band-counts: no groups or no series');
    expect(() => groupedBars(findings, { ...asAudit, series: [] })).toThrow('audit-summary: no groups or no series');
  });
});
