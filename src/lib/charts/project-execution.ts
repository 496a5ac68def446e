/**
 * Chart spec: each project's execution rate (B/A) as a bar against the 100 % line, shortfalls in a second
 * colour, the printed rate as a ring where the report prints a different one. Label above each bar so long
 * names fit a phone. Rows in, Plot options out; render with renderPlot.
 */
import * as Plot from '@observablehq/plot';
import { bandLabels, bandRows, bandValues, type BandChartOptions } from './bar-list';
import { textSize } from './narrow';

export interface ExecutionRow {
  /** stable key (the project's slug) */
  key: string;
  /** the project's name, written above its bar (clipped to the chart's width; the tooltip has it in full) */
  label: string;
  /** the recomputed rate B/A in percent */
  rate: number;
  /** the rate as printed, where it differs from `rate` */
  printed?: number | null;
  /** spent less than budgeted */
  shortfall: boolean;
  /** the rate as written at the end of the bar */
  valueText: string;
  /** the bar's tooltip */
  tip: string;
  /** the printed-rate ring's tooltip */
  printedTip?: string;
  /** a figure of the row is disputed by the audit: its name's line ends with the options' `dispute` */
  disputed?: boolean;
}

const BAND = 44;
const TOP = 22;

/**
 * Plot options for `rows` in the order given.
 * @example renderPlot(projectExecution(rows, { width: NARROW_WIDTH }), { id: 'projects-execution-narrow', ariaLabel })
 */
export function projectExecution(
  rows: readonly ExecutionRow[],
  { width = 640, legend: items, dispute }: BandChartOptions = {},
): Plot.PlotOptions {
  if (rows.length === 0) throw new Error('projectExecution: no rows');
  const keys = new Set<string>();
  for (const row of rows) {
    if (!Number.isFinite(row.rate) || row.rate < 0)
      throw new Error(`projectExecution: invalid rate ${row.rate} for ${row.key}`);
    if (row.printed != null && !Number.isFinite(row.printed))
      throw new Error(`projectExecution: invalid printed rate for ${row.key}`);
    if (keys.has(row.key)) throw new Error(`projectExecution: duplicate key ${row.key}`);
    keys.add(row.key);
  }
  const domainMax = Math.max(100, ...rows.map((r) => r.rate));
  // names stop 6 px short of the dashed 100 % line (x from 1 to width − marginRight), so that none runs over it
  // or into the values right of it
  const at100 = (marginRight: number) => 1 + (100 / domainMax) * (width - marginRight - 1) - 6;
  const list = bandRows(rows, {
    width,
    band: BAND,
    top: TOP,
    bottom: 4,
    legendGap: 4,
    legend: items,
    labelWidth: at100,
    dispute,
  });
  const { fitted } = list;
  const bar = { x: 'rate', y: 'key', insetTop: 22, insetBottom: 4 } as const;
  const printed = fitted.filter((r) => r.printed != null);
  return {
    ...list.frame,
    x: { axis: null, domain: [0, domainMax] },
    marks: [
      ...list.legendMarks,
      Plot.barX(
        fitted.filter((r) => !r.shortfall),
        { ...bar, fill: 'var(--c1)', title: 'tip' },
      ),
      Plot.barX(
        fitted.filter((r) => r.shortfall),
        { ...bar, fill: 'var(--c2)', title: 'tip' },
      ),
      Plot.tickX(fitted, { ...bar, x: 0, pointerEvents: 'none' }),
      Plot.ruleX([100], { stroke: 'currentColor', strokeDasharray: '4 3', strokeWidth: 1.5 }),
      Plot.text(['100%'], {
        x: 100,
        frameAnchor: 'top',
        dy: -12,
        fontSize: textSize(width, 12),
        fontVariant: 'tabular-nums',
      }),
      bandLabels(fitted, { dy: -8, fontSize: list.labelSize }),
      ...list.disputeMarks(-8),
      // values in one column right of the 100 % line, clear of the dashed rule
      bandValues(fitted, { x: domainMax, dx: 6, fontSize: list.valueSize }),
      Plot.dot(printed, {
        x: 'printed',
        y: 'key',
        dy: 9,
        r: 5,
        fill: 'var(--bg)',
        stroke: 'currentColor',
        strokeWidth: 2,
        title: 'printedTip',
      }),
    ],
  };
}
