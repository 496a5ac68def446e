/**
 * The layout behind every "label above a horizontal bar, values beside it" chart, so that each chart spec keeps
 * only what is its own. Two ways to place rows:
 *
 * - stacked (`stackRows`): on identity scales, each row's name wrapped to fit (so rows differ in height), then
 *   a block of bars, one row under the other on a running y; values in right-aligned columns (`valueColumns`
 *   in spending-amounts.ts, placed by `rightColumns`). The spending and procurement charts.
 * - banded (`bandRows`): on a band scale, rows at a fixed pitch, each name clipped to one line above its bar
 *   and the value written after the bar's end; an optional legend on top. The project and score charts.
 */
import * as Plot from '@observablehq/plot';
import { formatAmount } from '../format';
import type { Locale } from '../i18n';
import { CHART, LABEL, clipText, textWidth, wrapText, type Metrics } from '../text-measure';
import { textSize } from './narrow';
import { legend, type LegendItem } from './project-legend';
import { tipAttributes, widestAmount, withAttributes } from './spending-amounts';

/** The stacked layout's sizes at `width`: phones (under 480 px) get larger text and thinner bars. */
export const layout = (width: number) => {
  const fontSize = width < 480 ? 14 : 13;
  return {
    fontSize,
    valueSize: fontSize - 1,
    lineHeight: Math.round(fontSize * 1.3),
    barHeight: width < 480 ? 14 : 16,
    rowGap: 16,
    gap: 10,
  };
};

/** Label lines are 1.3 em apart; this moves a one-line value label onto the baseline of a label's first line. */
export function baselineOffset(fontSize: number, valueSize: number): number {
  return Math.round((0.71 * 1.3 * fontSize - 0.71 * valueSize) * 10) / 10;
}

/**
 * Where the two value columns of a stacked list end: the share at the right edge, the amount left of the widest
 * share, and the label (or bar) left of the widest amount, `gap` px apart. Amounts are measured in all units.
 */
export function rightColumns(
  rows: readonly { wan: number; shareText: string }[],
  { width, locale, valueSize, gap }: { width: number; locale: Locale; valueSize: number; gap: number },
): { shareRight: number; amountRight: number; labelRight: number } {
  const shareWidth = Math.max(...rows.map((r) => textWidth(r.shareText, valueSize)));
  const amountRight = width - shareWidth - gap;
  const amountWidth = widestAmount(
    rows.map((r) => r.wan),
    locale,
    valueSize,
  );
  return { shareRight: width, amountRight, labelRight: amountRight - amountWidth - gap };
}

export interface StackOptions<R> {
  /** the first row's top in px */
  top: number;
  /** the width the row's name wraps to, in px */
  labelWidth: (row: R) => number;
  fontSize: number;
  lineHeight: number;
  /** px between the name's last line and the bars */
  labelGap: number;
  /** the height of a row's bars, 0 for a row of text only */
  barsHeight: number;
  /** px between a row's bars and the next row's name */
  rowGap: number;
  /** [1] the fewest lines a row's name takes (room for something written on a line the name does not fill) */
  minLines?: (row: R) => number;
}

/** A stacked row: its name's lines (and joined, for a text mark), its top and where its bars start and end. */
export type Stacked<R> = R & { lines: string[]; text: string; top: number; barTop: number; barBottom: number };

/**
 * `rows` placed one under the other: the name wrapped to `labelWidth`, `labelGap`, the bars, `rowGap`.
 * @returns the placed rows and `bottom`, where the last row's bars end
 */
export function stackRows<R extends { label: string }>(
  rows: readonly R[],
  { top, labelWidth, fontSize, lineHeight, labelGap, barsHeight, rowGap, minLines }: StackOptions<R>,
): { rows: Stacked<R>[]; bottom: number } {
  let y = top;
  const placed = rows.map((row) => {
    const lines = wrapText(row.label, labelWidth(row), fontSize, { metrics: SPARE_CHART_LATIN });
    const rowTop = y;
    const barTop = rowTop + Math.max(lines.length, minLines?.(row) ?? 1) * lineHeight + labelGap;
    y = barTop + barsHeight + rowGap;
    return { ...row, lines, text: lines.join('\n'), top: rowTop, barTop, barBottom: barTop + barsHeight };
  });
  return { rows: placed, bottom: y - rowGap };
}

/** The amount as a stacked row's value column shows it: bare, in 万元 (the unit switch re-formats it). */
export const bareAmount = (wan: number, locale: Locale) => formatAmount(wan, locale, { bare: true });

/** The wrapped names of stacked rows, top-aligned at each row's `top`; `options` add to or override the mark's. */
export function stackedLabels<T extends { top: number; text: string }>(
  rows: readonly T[],
  options: Plot.TextOptions & { fontSize: number },
): Plot.Text {
  return Plot.text(rows, {
    x: 0,
    y: 'top',
    text: 'text',
    textAnchor: 'start',
    lineAnchor: 'top',
    lineHeight: 1.3,
    ...options,
  });
}

/** The options every banded chart spec takes (project-bullet-bars.ts, project-points-lost.ts, project-execution.ts). */
export interface BandChartOptions {
  /** [width=640] the SVG's width in px; render NARROW_WIDTH (narrow.ts) for phones */
  width?: number;
  /** a legend above the chart */
  legend?: readonly LegendItem[];
  /** the annotation of a row whose figure the audit disputes (`≠ 见核算`; see BandOptions) */
  dispute?: string;
}

export interface BandOptions {
  /** the SVG's width in px */
  width: number;
  /** each row's height in px */
  band: number;
  /** px above the first row (and below the legend) */
  top: number;
  /** [0] px below the last row */
  bottom?: number;
  /** [2] px between the legend and `top` */
  legendGap?: number;
  /** a legend above the chart */
  legend?: readonly LegendItem[] | undefined;
  /**
   * [the SVG's width] how wide each name may be, in px from the left edge, given the frame's right margin (the
   * execution chart stops its names short of its 100 % line)
   */
  labelWidth?: (marginRight: number) => number;
  /**
   * the annotation a row whose figure the audit disputes (`disputed: true`) carries at the end of its name's line,
   * e.g. `≠ 见核算` (src/charts/disputed.ts); its name is clipped shorter to leave it room
   */
  dispute?: string;
}

/**
 * A banded list's frame for `rows`: font sizes (phones get larger), each name clipped to one line (`fitted`),
 * the right margin for the widest value, the legend's marks, and the Plot options of the frame (size, margins
 * and a y band scale on `key`) to spread into the chart's.
 */
export function bandRows<R extends { key: string; label: string; valueText: string; disputed?: boolean }>(
  rows: readonly R[],
  { width, band, top, bottom = 0, legendGap = 2, legend: items, labelWidth, dispute }: BandOptions,
) {
  const labelSize = width < 480 ? 14 : 13;
  const valueSize = textSize(width, 12);
  const marginRight = 10 + Math.max(...rows.map((r) => textWidth(r.valueText, valueSize, LABEL)));
  const room = labelWidth ? labelWidth(marginRight) : width;
  const disputeWidth = dispute ? disputeTextWidth(dispute, labelSize) + 8 : 0;
  const fitted = rows.map((r) => ({
    ...r,
    fitted: clipLabel(r.label, r.disputed && dispute ? room - disputeWidth : room, labelSize),
  }));
  const key = items?.length ? legend(items, { width }) : undefined;
  const marginTop = top + (key ? key.height + legendGap : 0);
  const frame = {
    width,
    height: rows.length * band + marginTop + bottom,
    marginTop,
    marginBottom: bottom,
    marginLeft: 1,
    marginRight,
    y: { axis: null, domain: rows.map((r) => r.key), paddingInner: 0, paddingOuter: 0 },
  } satisfies Plot.PlotOptions;
  // a disputed row's annotation, right-aligned where its name's room ends (px from the frame's left edge, x = 1)
  const disputeMarks = (dy: number): Plot.Markish[] =>
    dispute
      ? [
          Plot.text(
            fitted.filter((r) => r.disputed),
            disputeTextOptions(dispute, { y: 'key', frameAnchor: 'left', dx: room - 3, dy, fontSize: labelSize }),
          ),
        ]
      : [];
  return { labelSize, valueSize, fitted, frame, legendMarks: key?.marks(marginTop, 1) ?? [], disputeMarks };
}

/** How wide a dispute annotation is set (bold: its Latin letters taken a fifth wider than LABEL's table). */
export function disputeTextWidth(text: string, fontSize: number): number {
  return textWidth(text, fontSize, (char) => (LABEL(char) === 1 ? 1 : LABEL(char) * 1.2));
}

/**
 * The text options of a dispute annotation (`≠ 见核算`): bold, right-aligned at its anchor, with the mark's class
 * (`chart-dispute-mark`) that tests and the print style find it by.
 */
export function disputeTextOptions(text: string, options: Plot.TextOptions): Plot.TextOptions {
  return { text: () => text, textAnchor: 'end', fontWeight: 700, className: 'chart-dispute-mark', ...options };
}

/**
 * A row's name cut to one line of an SVG `width` px wide at `fontSize`, by LABEL's table with its Latin letters
 * taken a tenth wider: wide system fonts (DejaVu Sans, the Linux default) set Latin up to ~8 % wider than the table
 * says ("Government cloud: hosted racks for the “Sharp Ey…" ran 10 px past a 360 px SVG), and no name may leave
 * its SVG. Full-width characters are one em in every font.
 */
export function clipLabel(label: string, width: number, fontSize: number): string {
  return clipText(label, width - 2, fontSize, { metrics: SPARE_LATIN });
}

const SPARE_LATIN: Metrics = (char) => {
  const em = LABEL(char);
  return em === 1 ? em : em * 1.1;
};

/**
 * CHART's table with its Latin letters taken a tenth wider, for the stacked rows' wrapped names: DejaVu Sans set
 * "Social security and employment" 225 px wide where CHART says 211, into a note 216 px away in a 276 px SVG.
 */
const SPARE_CHART_LATIN: Metrics = (char) => {
  const em = CHART(char);
  return em === 1 ? em : em * 1.1;
};

/** The names of banded rows, on one line above each bar (`dy` up from the band's middle). */
export function bandLabels<T>(
  rows: readonly T[],
  { dy, fontSize, ...options }: Plot.TextOptions & { dy: number; fontSize: number },
): Plot.Text {
  return Plot.text(rows, {
    x: 0,
    y: 'key',
    text: 'fitted',
    textAnchor: 'start',
    dy,
    fontSize,
    lineWidth: Infinity,
    ...options,
  });
}

/** The values of banded rows, written after each bar's end at `x`, in tabular figures. */
export function bandValues<T>(
  rows: readonly T[],
  { x, fontSize, ...options }: Plot.TextOptions & { x: Plot.ChannelValueSpec; fontSize: number },
): Plot.Text {
  return Plot.text(rows, {
    x,
    y: 'key',
    text: 'valueText',
    textAnchor: 'start',
    dx: 5,
    dy: 9,
    fontSize,
    fontVariant: 'tabular-nums',
    ...options,
  });
}

/** The frame of a stacked list: no margins, identity scales (marks are placed in px). */
export function stackedFrame(width: number, height: number, { color = false } = {}): Plot.PlotOptions {
  return {
    width,
    height,
    margin: 0,
    x: { type: 'identity', axis: null },
    y: { type: 'identity', axis: null },
    ...(color ? { color: { type: 'identity' as const } } : {}),
  };
}

/**
 * Bars for amounts, from x = 1 to `x2` and from each row's `barTop` to its `barBottom` unless `options` say
 * otherwise, each with its tooltip (`tip`) and the attributes the unit switch re-formats it by.
 */
export function amountBars<T extends { tipTemplate: string; wan: number; tip: string }>(
  rows: readonly T[],
  options: Plot.RectOptions,
): Plot.Rect {
  return Plot.rect(rows, {
    x1: 1,
    y1: 'barTop',
    y2: 'barBottom',
    title: 'tip',
    ...options,
    render: withAttributes(rows, (d: T) => tipAttributes(d.tipTemplate, [d.wan])),
  });
}

/**
 * A tick where each bar starts (x = 1), so that a bar too short to see still has a visible origin. It takes no
 * pointer events: drawn over a bar a pixel wide, it would take the bar's hover and tap.
 */
export function barOrigins(rows: readonly { barTop: number; barBottom: number }[]): Plot.RuleX {
  return Plot.ruleX(rows, { x: 1, y1: 'barTop', y2: 'barBottom', stroke: 'currentColor', pointerEvents: 'none' });
}
