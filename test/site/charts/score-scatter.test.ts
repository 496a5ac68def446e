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
import { NARROW_WIDTH } from '../../../src/lib/charts/narrow';
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

  test.each([640, NARROW_WIDTH])(
    'at %s px every point has a dot of its own, apart from the others, moved no further than it must',
    (width) => {
      const layout = scatterLayout(real, { width });
      expect(layout.dots.map((d) => d.key)).toEqual(real.map((p) => p.key));
      const { xDomain, xRange, yDomain, yRange, r } = layout;
      const at = (v: number, [d0, d1]: [number, number], [r0, r1]: [number, number]) =>
        r0 + ((v - d0) / (d1 - d0)) * (r1 - r0);
      layout.dots.forEach((a, i) => {
        for (const b of layout.dots.slice(i + 1))
          expect(Math.hypot(a.px - b.px, a.py - b.py), `${a.key} / ${b.key}`).toBeGreaterThanOrEqual(2 * r + 2 - 0.01);
        // the five projects at 99.6 points (1, 6 and 7 at 100 %) fan out within two dot widths of their place
        const moved = Math.hypot(a.px - at(a.x, xDomain, xRange), a.py - at(a.y, yDomain, yRange));
        expect(moved, `${a.key} moved`).toBeLessThanOrEqual(4 * r + 4);
      });
      // the three at the same place are no longer one dot
      const tied = layout.dots.filter((d) => d.x === 100 && d.y === 99.6);
      expect(tied.map((d) => d.key)).toEqual(['1', '6', '7']);
      expect(new Set(tied.map((d) => `${d.px.toFixed(1)},${d.py.toFixed(1)}`)).size).toBe(3);
    },
  );

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
  test('draws one dot per point with its tooltip and hit area, and refuses bad points', () => {
    const root = parseSvg(
      renderPlot(scoreScatter(real, { xLabel: '执行率 →', yLabel: '↑ 总分' }), { id: 's', ariaLabel: 'scatter' }),
    );
    expect(tips(root).length).toBe(13);
    const ids = [...root.querySelectorAll('[data-tip]')].map((m) => m.getAttribute('data-hit-id'));
    const areas = [...root.querySelectorAll('[data-hit-for]')].map((m) => m.getAttribute('data-hit-for'));
    expect(ids).toEqual(real.map((p) => p.key));
    expect(areas).toEqual(ids);
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
