/**
 * A chart spec: labelled horizontal bars, label above each bar so long Chinese and English names fit a phone,
 * value at the end of the bar. Rows in, Plot options out; render with renderPlot.
 */
import * as Plot from '@observablehq/plot';
import { bandLabels, bandValues, clipLabel } from './bar-list';
import { textSize } from './narrow';

export interface BarRow {
  /** the bar's name, written above it */
  label: string;
  /** the bar's length, already in the unit the chart states */
  value: number;
  /** the value as printed at the end of the bar */
  valueText: string;
  /** the tooltip (a `<title>`, and `data-tip` for the client enhancement) */
  tip: string;
}

export interface BarOptions {
  /** [width=640] the SVG's width in px; render NARROW_WIDTH (narrow.ts) for phones */
  width?: number;
  /** [color='var(--c1)'] the bars' fill */
  color?: string;
}

const BAND = 44;

/**
 * Plot options for `rows` as horizontal bars, in the order given.
 * @example renderPlot(horizontalBars(rows, { width: NARROW_WIDTH }), { id: 'spending-n', ariaLabel })
 */
export function horizontalBars(
  rows: readonly BarRow[],
  { width = 640, color = 'var(--c1)' }: BarOptions = {},
): Plot.PlotOptions {
  if (rows.length === 0) throw new Error('horizontalBars: no rows');
  for (const row of rows) {
    if (!Number.isFinite(row.value) || row.value < 0)
      throw new Error(`horizontalBars: invalid value ${row.value} for ${row.label}`);
  }
  const longestValue = Math.max(...rows.map((r) => r.valueText.length));
  const labelSize = width < 480 ? 14 : 13; // phones show the narrow SVG at about its own width
  const bar = { x: 'value', y: 'label', insetTop: 22, insetBottom: 4 } as const;
  return {
    width,
    height: rows.length * BAND + 8,
    marginTop: 8,
    marginBottom: 0,
    marginLeft: 1,
    marginRight: 12 + longestValue * 7.5,
    x: { axis: null, domain: [0, Math.max(...rows.map((r) => r.value))] },
    y: { axis: null, domain: rows.map((r) => r.label), paddingInner: 0, paddingOuter: 0 },
    marks: [
      Plot.barX(rows, { ...bar, fill: color, title: 'tip' }),
      // a baseline under each bar rather than one rule through the labels
      Plot.tickX(rows, { ...bar, x: 0, pointerEvents: 'none' }),
      // one line above each bar, clipped to the SVG's width as measured by text-measure (Plot's own estimate of
      // CJK widths is narrow, so its wrapping let a long name run past the edge); the tooltip has the whole name
      bandLabels(
        rows.map((r) => ({ ...r, fitted: clipLabel(r.label, width, labelSize) })),
        { y: 'label', text: 'fitted', dy: -8, fontSize: labelSize },
      ),
      bandValues(rows, { x: 'value', y: 'label', fontSize: textSize(width, 12) }),
    ],
  };
}
