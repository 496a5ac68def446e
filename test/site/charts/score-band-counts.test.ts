import { describe, expect, test } from 'vitest';
import { scoreBandCounts, type BandCountRow } from '../../../src/lib/charts/score-band-counts';
import { renderPlot } from '../../../src/lib/render-plot';
import { normalizeSvg } from '../normalize-svg';
import { parseSvg, texts, tips } from './project-svg-helpers';

const bands = [
  { key: '90+', label: '90分及以上' },
  { key: '75-90', label: '75–90分' },
  { key: '60-75', label: '60–75分' },
  { key: '<60', label: '60分以下' },
];
const series = [
  { key: 'report', label: '报告汇总', color: 'var(--c-neutral)' },
  { key: 'printed', label: '按所印总分', color: 'var(--c1)' },
  { key: 'recomputed', label: '按重算总分', color: 'var(--c3)' },
];
// Line 128 and the tables: 9 / 5 / 0 / 0 as printed; the untitled table's rows add up to 66.
const counts: Record<string, number[]> = { report: [9, 5, 0, 0], printed: [9, 5, 0, 0], recomputed: [9, 4, 1, 0] };
const rows: BandCountRow[] = bands.flatMap((b, i) =>
  series.map((s) => ({
    band: b.key,
    series: s.key,
    count: counts[s.key]![i]!,
    tip: `${b.label} ${s.label} ${counts[s.key]![i]}`,
  })),
);

describe('scoreBandCounts', () => {
  test('one group per band with a named bar per count; empty counts show 0 without a bar', () => {
    const root = parseSvg(renderPlot(scoreBandCounts(rows, { bands, series }), { id: 'b', ariaLabel: 'bands' }));
    expect(tips(root)).toEqual([
      '90分及以上 报告汇总 9',
      '75–90分 报告汇总 5',
      '90分及以上 按所印总分 9',
      '75–90分 按所印总分 5',
      '90分及以上 按重算总分 9',
      '75–90分 按重算总分 4',
      '60–75分 按重算总分 1',
    ]);
    const words = texts(root);
    expect(words.slice(0, 4)).toEqual(bands.map((b) => b.label));
    expect(words.filter((w) => w === '按重算总分')).toHaveLength(4);
    expect(words.slice(-12)).toEqual(['9', '9', '9', '5', '5', '4', '0', '0', '1', '0', '0', '0']);
    expect(words, 'headings, bar names and counts, no axis labels').toHaveLength(4 + 12 + 12);
  });

  test('refuses unknown bands and series, and counts that are not whole numbers', () => {
    expect(() => scoreBandCounts([{ ...rows[0]!, band: 'x' }], { bands, series })).toThrow(
      'scoreBandCounts: unknown band x',
    );
    expect(() => scoreBandCounts([{ ...rows[0]!, series: 'x' }], { bands, series })).toThrow(
      'scoreBandCounts: unknown series x',
    );
    expect(() => scoreBandCounts([{ ...rows[0]!, count: 1.5 }], { bands, series })).toThrow(
      'scoreBandCounts: invalid count 1.5',
    );
    expect(() => scoreBandCounts(rows, { bands: [], series })).toThrow('scoreBandCounts: no bands or no series');
  });

  test.each([640, 360])('renders at %s px as in its snapshot', async (width) => {
    const svg = renderPlot(scoreBandCounts(rows, { width, bands, series }), {
      id: `scores-band-counts-${width}`,
      ariaLabel: '各分档项目数',
    });
    await expect(normalizeSvg(svg)).toMatchFileSnapshot(`../snapshots/score-band-counts-${width}.svg`);
  });
});
