/**
 * A chart spec for nested parts of a whole (total → part → part of that part): a row per level, each bar drawn
 * inside an outline of the whole on a shared scale, the name above it (indented by level, wrapped to fit) and,
 * on the name's first line, the amount and the share of the whole. Amount labels and tooltips carry the unit
 * switch's attributes (see spending-amounts.ts).
 */
import * as Plot from '@observablehq/plot';
import type { Locale } from '../i18n';
import * as barList from './bar-list';
import { fillTip, valueColumns } from './spending-amounts';

export interface NestedRow {
  key: string;
  /** the name above the bar */
  label: string;
  /** 0 for the whole, 1 for a part of it, 2 for a part of that part */
  level: number;
  /** the amount in 万元 */
  wan: number;
  /** the share of the whole as shown, e.g. `49.99%` */
  shareText: string;
  /** the bar's fill */
  color: string;
  /** the tooltip, with `{0}` where the amount goes */
  tipTemplate: string;
}

export interface NestedOptions {
  locale: Locale;
  /** [width=640] the SVG's width in px; render NARROW_WIDTH (narrow.ts) for phones */
  width?: number;
}

const INDENT = 16;

/**
 * Plot options for `rows` (the whole first) as nested bars, in the order given.
 * @throws if there are no rows, an amount is negative, or a part is larger than the whole
 */
export function procurementSmeShare(
  rows: readonly NestedRow[],
  { locale, width = 640 }: NestedOptions,
): Plot.PlotOptions {
  const whole = rows[0];
  if (!whole) throw new Error('procurementSmeShare: no rows');
  for (const row of rows) {
    if (!Number.isFinite(row.wan) || row.wan < 0)
      throw new Error(`procurementSmeShare: invalid amount ${row.wan} for ${row.label}`);
    if (row.wan > whole.wan)
      throw new Error(`procurementSmeShare: ${row.label} (${row.wan}) is larger than the whole (${whole.wan})`);
  }
  const sizes = barList.layout(width);
  const { fontSize, valueSize, gap } = sizes;
  const barHeight = width < 480 ? 16 : 18;
  const { amountRight, labelRight } = barList.rightColumns(rows, { width, locale, valueSize, gap });
  const scale = (width - 2) / (whole.wan || 1);

  const indented = rows.map((row) => ({ ...row, left: row.level * INDENT }));
  const stack = barList.stackRows(indented, {
    ...sizes,
    top: 2,
    labelWidth: (row) => labelRight - row.left,
    labelGap: 2,
    barsHeight: barHeight,
  });
  const placed = stack.rows.map((row) => ({
    ...row,
    barEnd: 1 + row.wan * scale,
    valueText: barList.bareAmount(row.wan, locale),
    tip: fillTip(row.tipTemplate, [row.wan], locale),
  }));
  const valueDy = barList.baselineOffset(fontSize, valueSize);

  return {
    ...barList.stackedFrame(width, Math.ceil(stack.bottom + 2), { color: true }),
    marks: [
      // the whole, outlined behind every part
      Plot.rect(placed.slice(1), {
        x1: 1,
        x2: width - 1,
        y1: 'barTop',
        y2: 'barBottom',
        fill: 'none',
        stroke: 'var(--control)',
        inset: 0.5,
      }),
      barList.amountBars(placed, { x2: 'barEnd', fill: 'color' }),
      barList.stackedLabels(placed, { x: 'left', fontSize }),
      ...valueColumns(placed, { amountRight, shareRight: width, dy: valueDy, fontSize: valueSize }),
    ],
  };
}
