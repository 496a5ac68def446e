/**
 * Chart spec: the points one project lost on each row of its self-evaluation table (weight − score), one bar
 * per row with its name above it. A row scored above its weight (a negative loss) gets a bar to the left of
 * zero in another colour; a row whose cells the report lost gets no bar and a note instead.
 */
import * as Plot from '@observablehq/plot';
import { LABEL, clipText, textWidth } from '../text-measure';
import { legend, type LegendItem } from './project-legend';

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
}

export interface PointsLostOptions {
  /** [width=640] the SVG's width in px; render 360 for phones */
  width?: number;
  /** the x scale's upper end in points; pass the largest loss across all projects so pages compare */
  max?: number;
  /** a legend above the chart */
  legend?: readonly LegendItem[];
}

const BAND = 42;

/**
 * Plot options for `rows` in the order given.
 * @example renderPlot(projectPointsLost(rows, { max: 6 }), { id: 'project-x-points-lost', ariaLabel })
 */
export function projectPointsLost(
  rows: readonly PointsLostRow[],
  { width = 640, max, legend: items }: PointsLostOptions = {},
): Plot.PlotOptions {
  if (rows.length === 0) throw new Error('projectPointsLost: no rows');
  for (const row of rows) {
    if (row.lost !== null && !Number.isFinite(row.lost))
      throw new Error(`projectPointsLost: invalid loss ${row.lost} for row ${row.key}`);
  }
  const losses = rows.flatMap((r) => (r.lost === null ? [] : [r.lost]));
  const high = Math.max(1, max ?? 0, ...losses);
  const low = Math.min(0, ...losses);
  const labelSize = width < 480 ? 14 : 13;
  const valueSize = width < 480 ? 13 : 12;
  const marginRight = 10 + Math.max(...rows.map((r) => textWidth(r.valueText, valueSize, LABEL)));
  const fitted = rows.map((r) => ({
    ...r,
    fitted: clipText(r.label, width - 2, labelSize, { metrics: LABEL }),
    end: Math.max(0, r.lost ?? 0),
  }));
  const bar = { x1: 0, x2: 'lost', y: 'key', insetTop: 21, insetBottom: 4 } as const;
  const key = items?.length ? legend(items, { width }) : undefined;
  const marginTop = 8 + (key ? key.height + 2 : 0);
  return {
    width,
    height: rows.length * BAND + marginTop,
    marginTop,
    marginBottom: 0,
    marginLeft: 1,
    marginRight,
    x: { axis: null, domain: [low, high] },
    y: { axis: null, domain: rows.map((r) => r.key), paddingInner: 0, paddingOuter: 0 },
    marks: [
      ...(key?.marks(marginTop, 1) ?? []),
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
      Plot.text(fitted, {
        x: low,
        y: 'key',
        text: 'fitted',
        textAnchor: 'start',
        dy: -8,
        fontSize: labelSize,
        lineWidth: Infinity,
      }),
      Plot.text(
        fitted.filter((r) => r.lost !== null),
        {
          x: 'end',
          y: 'key',
          text: 'valueText',
          textAnchor: 'start',
          dx: 5,
          dy: 9,
          fontSize: valueSize,
          fontVariant: 'tabular-nums',
        },
      ),
      Plot.text(
        fitted.filter((r) => r.lost === null),
        {
          x: 0,
          y: 'key',
          text: 'valueText',
          textAnchor: 'start',
          dx: 5,
          dy: 9,
          fontSize: valueSize,
          fontStyle: 'italic',
          fill: 'var(--muted)',
        },
      ),
    ],
  };
}
