/**
 * Chart spec: the points one project lost on each row of its self-evaluation table (weight − score), one bar
 * per row with its name above it. A row scored above its weight (a negative loss) gets a bar to the left of
 * zero in another colour; a row whose cells the report lost gets no bar and a note instead.
 */
import * as Plot from '@observablehq/plot';
import { bandLabels, bandRows, bandValues, type BandChartOptions } from './bar-list';

export interface PointsLostRow {
  /** stable key (the row number, or `funds`) */
  key: string;
  /** the row's name, written above its bar */
  label: string;
  /** weight − score in points; null where the table lost the cells */
  lost: number | null;
  /** written after the bar, or in place of it for a row with lost cells */
  valueText: string;
  /** the bar's tooltip */
  tip: string;
  /** a figure of the row is disputed by the audit: its name's line ends with the options' `dispute` */
  disputed?: boolean;
}

export interface PointsLostOptions extends BandChartOptions {
  /** the x scale's upper end in points; pass the largest loss across all projects so pages compare */
  max?: number;
}

const BAND = 42;

/**
 * Plot options for `rows` in the order given.
 * @example renderPlot(projectPointsLost(rows, { max: 6 }), { id: 'project-x-points-lost', ariaLabel })
 */
export function projectPointsLost(
  rows: readonly PointsLostRow[],
  { width = 640, max, legend: items, dispute }: PointsLostOptions = {},
): Plot.PlotOptions {
  if (rows.length === 0) throw new Error('projectPointsLost: no rows');
  for (const row of rows) {
    if (row.lost !== null && !Number.isFinite(row.lost))
      throw new Error(`projectPointsLost: invalid loss ${row.lost} for row ${row.key}`);
  }
  const losses = rows.flatMap((r) => (r.lost === null ? [] : [r.lost]));
  const high = Math.max(1, max ?? 0, ...losses);
  const low = Math.min(0, ...losses);
  const list = bandRows(rows, { width, band: BAND, top: 8, legend: items, dispute });
  const fitted = list.fitted.map((r) => ({ ...r, end: Math.max(0, r.lost ?? 0) }));
  const bar = { x1: 0, x2: 'lost', y: 'key', insetTop: 21, insetBottom: 4 } as const;
  const valueSize = list.valueSize;
  return {
    ...list.frame,
    x: { axis: null, domain: [low, high] },
    marks: [
      ...list.legendMarks,
      Plot.barX(
        fitted.filter((r) => (r.lost ?? 0) > 0),
        { ...bar, fill: 'var(--c2)', title: 'tip' },
      ),
      Plot.barX(
        fitted.filter((r) => (r.lost ?? 0) < 0),
        { ...bar, fill: 'var(--c4)', title: 'tip' },
      ),
      // the zero line under every bar, with a tooltip for rows that lost nothing or lost their cells
      Plot.tickX(fitted, {
        x: 0,
        y: 'key',
        insetTop: 21,
        insetBottom: 4,
        title: (d: (typeof fitted)[number]) => ((d.lost ?? 0) === 0 ? d.tip : undefined),
      }),
      bandLabels(fitted, { x: low, dy: -8, fontSize: list.labelSize }),
      ...list.disputeMarks(-8),
      bandValues(
        fitted.filter((r) => r.lost !== null),
        { x: 'end', fontSize: valueSize },
      ),
      // a note for a row whose cells the report lost, in the bar's place (not in tabular figures: it is words)
      bandValues(
        fitted.filter((r) => r.lost === null),
        { x: 0, fontSize: valueSize, fontVariant: undefined, fontStyle: 'italic', fill: 'var(--muted)' },
      ),
    ],
  };
}
