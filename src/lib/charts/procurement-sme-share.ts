/**
 * A chart spec for nested parts of a whole (total → part → part of that part): a row per level, each bar drawn
 * inside an outline of the whole on a shared scale, the name above it (indented by level, wrapped to fit) and,
 * on the name's first line, the amount and the share of the whole. Amount labels and tooltips carry the unit
 * switch's attributes (see spending-amounts.ts).
 */
import * as Plot from '@observablehq/plot';
import { formatAmount } from '../format';
import type { Locale } from '../i18n';
import { fillTip, tipAttributes, valueColumns, widestAmount, withAttributes } from './spending-amounts';
import { baselineOffset, layout } from './spending-by-category';
import { textWidth, wrapText } from '../text-measure';

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
  /** [width=640] the SVG's width in px; render 360 for phones */
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
  const { fontSize, valueSize, lineHeight, rowGap, gap } = layout(width);
  const barHeight = width < 480 ? 16 : 18;
  const shareWidth = Math.max(...rows.map((r) => textWidth(r.shareText, valueSize)));
  const amountRight = width - shareWidth - gap;
  const labelRight =
    amountRight -
    widestAmount(
      rows.map((r) => r.wan),
      locale,
      valueSize,
    ) -
    gap;
  const scale = (width - 2) / (whole.wan || 1);

  let y = 2;
  const placed = rows.map((row) => {
    const left = row.level * INDENT;
    const lines = wrapText(row.label, labelRight - left, fontSize);
    const top = y;
    const barTop = top + lines.length * lineHeight + 2;
    y = barTop + barHeight + rowGap;
    return {
      ...row,
      left,
      top,
      text: lines.join('\n'),
      barTop,
      barBottom: barTop + barHeight,
      barEnd: 1 + row.wan * scale,
      valueText: formatAmount(row.wan, locale, { bare: true }),
      tip: fillTip(row.tipTemplate, [row.wan], locale),
    };
  });
  type Placed = (typeof placed)[number];
  const valueDy = baselineOffset(fontSize, valueSize);

  return {
    width,
    height: Math.ceil(y - rowGap + 2),
    margin: 0,
    x: { type: 'identity', axis: null },
    y: { type: 'identity', axis: null },
    color: { type: 'identity' },
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
      Plot.rect(placed, {
        x1: 1,
        x2: 'barEnd',
        y1: 'barTop',
        y2: 'barBottom',
        fill: 'color',
        title: 'tip',
        render: withAttributes(placed, (d: Placed) => tipAttributes(d.tipTemplate, [d.wan])),
      }),
      Plot.text(placed, {
        x: 'left',
        y: 'top',
        text: 'text',
        textAnchor: 'start',
        lineAnchor: 'top',
        lineHeight: 1.3,
        fontSize,
      }),
      ...valueColumns(placed, { amountRight, shareRight: width, dy: valueDy, fontSize: valueSize }),
    ],
  };
}
