import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import projects from '../../../data/derived/projects.json';
import type { ProjectRow } from '../../../contract/tables';
import {
  placeLabels,
  scatterLayout,
  scoreScatter,
  type Box,
  type ScatterPoint,
} from '../../../src/lib/charts/score-scatter';
import { renderPlot } from '../../../src/lib/render-plot';
import { normalizeSvg } from '../normalize-svg';
import { parseSvg, tips } from './project-svg-helpers';

const overlaps = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/** Labels clear of each other, of every dot and of the chart's edges. */
function expectLegible(points: readonly ScatterPoint[], width: number): void {
  const layout = scatterLayout(points, { width });
  const dotBoxes = layout.dots.map((d) => ({
    x1: d.px - layout.r,
    y1: d.py - layout.r,
    x2: d.px + layout.r,
    y2: d.py + layout.r,
  }));
  layout.labels.forEach((label, i) => {
    expect(label.box.x1, `${label.text} inside on the left`).toBeGreaterThanOrEqual(0);
    expect(label.box.x2, `${label.text} inside on the right`).toBeLessThanOrEqual(width);
    expect(label.box.y1).toBeGreaterThanOrEqual(0);
    expect(label.box.y2).toBeLessThanOrEqual(layout.height - layout.margin.bottom);
    for (const other of layout.labels.slice(i + 1))
      expect(overlaps(label.box, other.box), `${label.text} / ${other.text}`).toBe(false);
    for (const dot of dotBoxes) expect(overlaps(label.box, dot), `${label.text} on a dot`).toBe(false);
  });
  const labelled = layout.labels.flatMap((l) => l.text.split(', ')).sort();
  expect(labelled, 'every point labelled once').toEqual(points.map((p) => p.key).sort());
}

// The 13 self-evaluation tables: execution rate (recomputed) and total score (printed).
const real: ScatterPoint[] = (projects as ProjectRow[]).map((p, i) => ({
  key: String(i + 1),
  x: p.exec_rate_pct_recomputed!,
  y: p.total_score!,
  tip: `${i + 1}`,
}));

describe('scatterLayout', () => {
  test.each([640, 360])('labels the 13 projects legibly at %s px', (width) => {
    expectLegible(real, width);
  });

  test('merges points at the same place into one dot with every tooltip', () => {
    const layout = scatterLayout(real, { width: 640 });
    const full = layout.dots.find((d) => d.x === 100 && d.y === 99.6)!;
    expect(full.keys).toEqual(['1', '6', '7']);
    expect(full.tip).toBe('1\n6\n7');
    expect(layout.dots.length).toBe(11);
  });

  test('keeps labels legible for any set of up to 14 points', () => {
    const point = fc.record({
      x: fc.double({ min: 40, max: 100, noNaN: true }),
      y: fc.double({ min: 60, max: 100, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.array(point, { minLength: 1, maxLength: 14 }), fc.constantFrom(360, 640), (xy, width) => {
        const points = xy.map((p, i) => ({
          key: String(i + 1),
          x: Math.round(p.x * 10) / 10,
          y: Math.round(p.y * 10) / 10,
          tip: '',
        }));
        try {
          expectLegible(points, width);
        } catch (error) {
          // giving up loudly is allowed; overlapping silently is not
          if (!String(error).includes('placeLabels: no room')) throw error;
        }
      }),
      { numRuns: 150, seed: 20_19 },
    );
  });
});

describe('placeLabels', () => {
  test('puts a lone label right of its dot, then left when the right is taken or out of bounds', () => {
    const bounds = { x1: 0, y1: 0, x2: 200, y2: 100 };
    const [right] = placeLabels([{ key: '1', x: 50, y: 50 }], { r: 5, fontSize: 10, bounds });
    expect(right).toMatchObject({ text: '1', anchor: 'start', leader: false });
    const [left] = placeLabels([{ key: '2', x: 195, y: 50 }], { r: 5, fontSize: 10, bounds });
    expect(left).toMatchObject({ anchor: 'end' });
  });

  test('groups touching dots under one label, numbers in order', () => {
    const labels = placeLabels(
      [
        { key: '13', x: 50, y: 50 },
        { key: '2', x: 54, y: 50 },
      ],
      { r: 5, fontSize: 10, bounds: { x1: 0, y1: 0, x2: 200, y2: 100 } },
    );
    expect(labels.map((l) => l.text)).toEqual(['2, 13']);
  });

  test('fails loudly when there is no room', () => {
    expect(() =>
      placeLabels([{ key: '1', x: 5, y: 5 }], { r: 5, fontSize: 10, bounds: { x1: 0, y1: 0, x2: 10, y2: 10 } }),
    ).toThrow('placeLabels: no room for the label 1');
  });
});

describe('scoreScatter', () => {
  test('draws one dot per place with its tooltip and refuses bad points', () => {
    const root = parseSvg(
      renderPlot(scoreScatter(real, { xLabel: '执行率 →', yLabel: '↑ 总分' }), { id: 's', ariaLabel: 'scatter' }),
    );
    expect(tips(root).length).toBe(11);
    expect(() => scoreScatter([], { xLabel: 'x', yLabel: 'y' })).toThrow('scoreScatter: no points');
    expect(() => scoreScatter([{ key: '1', x: Number.NaN, y: 1, tip: '' }], { xLabel: 'x', yLabel: 'y' })).toThrow(
      'scoreScatter: invalid point 1',
    );
  });

  test.each([640, 360])('renders at %s px as in its snapshot', async (width) => {
    const svg = renderPlot(scoreScatter(real, { width, xLabel: '执行率 →', yLabel: '↑ 总分' }), {
      id: `scores-vs-execution-${width}`,
      ariaLabel: '执行率与总分',
    });
    await expect(normalizeSvg(svg)).toMatchFileSnapshot(`../snapshots/score-scatter-${width}.svg`);
  });
});
