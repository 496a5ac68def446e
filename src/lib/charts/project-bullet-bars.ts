/**
 * Chart spec: a pair of amounts per row, the larger one (a budget, a maximum score) as an outlined bar and
 * the achieved one (spent, scored) as a filled bar inside it; label above each pair, values at the end.
 */
import * as Plot from '@observablehq/plot';
import { bandLabels, bandRows, bandValues, type BandChartOptions } from './bar-list';

export interface BulletRow {
  /** stable key */
  key: string;
  /** the row's name, written above its bars */
  label: string;
  /** the outlined bar: budget (A) or maximum score */
  outer: number;
  /** the filled bar: executed (B) or score */
  inner: number;
  /** written after the bars */
  valueText: string;
  /** the filled bar's tooltip */
  tip: string;
  /** the outlined bar's tooltip */
  outerTip: string;
}

export interface BulletOptions extends BandChartOptions {
  /** ['var(--c1)'] the filled bars' colour */
  color?: string;
}

const BAND = 48;

/**
 * Plot options for `rows` in the order given; the x scale starts at 0 and ends at the largest value.
 * @example renderPlot(bulletBars(rows), { id: 'projects-budget-executed', ariaLabel })
 */
export function bulletBars(
  rows: readonly BulletRow[],
  { width = 640, color = 'var(--c1)', legend: items }: BulletOptions = {},
): Plot.PlotOptions {
  if (rows.length === 0) throw new Error('bulletBars: no rows');
  for (const row of rows) {
    for (const value of [row.outer, row.inner]) {
      if (!Number.isFinite(value) || value < 0) throw new Error(`bulletBars: invalid value ${value} for ${row.key}`);
    }
  }
  const list = bandRows(rows, { width, band: BAND, top: 8, legend: items });
  const fitted = list.fitted.map((r) => ({ ...r, end: Math.max(r.outer, r.inner) }));
  const y = { y: 'key' } as const;
  return {
    ...list.frame,
    x: { axis: null, domain: [0, Math.max(...rows.map((r) => Math.max(r.outer, r.inner)))] },
    marks: [
      ...list.legendMarks,
      Plot.barX(fitted, {
        ...y,
        x: 'outer',
        insetTop: 22,
        insetBottom: 2,
        fill: 'var(--surface)',
        stroke: 'var(--control)',
        title: 'outerTip',
      }),
      Plot.barX(fitted, { ...y, x: 'inner', insetTop: 27, insetBottom: 7, fill: color, title: 'tip' }),
      bandLabels(fitted, { dy: -11, fontSize: list.labelSize }),
      bandValues(fitted, { x: 'end', fontSize: list.valueSize }),
    ],
  };
}
