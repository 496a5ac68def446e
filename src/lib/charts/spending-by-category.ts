/**
 * A chart spec: one full-width bar per row on a shared scale, its name above it (wrapped to fit), and on the
 * name's first line, right-aligned, the amount and the share. Rows in, Plot options out; render with renderPlot.
 * Amount labels and tooltips carry the attributes the unit switch re-formats (see spending-amounts.ts).
 */
import * as Plot from '@observablehq/plot';
import { formatAmount } from '../format';
import type { Locale } from '../i18n';
import { fillTip, tipAttributes, valueColumns, widestAmount, withAttributes } from './spending-amounts';
import { textWidth, wrapText } from '../text-measure';

export interface ShareBarRow {
  /** a stable key, e.g. the category's slug */
  key: string;
  /** the full name, wrapped above the bar */
  label: string;
  /** the amount in 万元: the bar's length and the value label */
  wan: number;
  /** the share as shown, e.g. `75.77%` */
  shareText: string;
  /** the tooltip, with `{0}` where the amount goes */
  tipTemplate: string;
}

export interface ShareBarOptions {
  locale: Locale;
  /** [width=640] the SVG's width in px; render 360 for phones */
  width?: number;
  /** [color='var(--c1)'] the bars' fill */
  color?: string;
}

/** Geometry shared with the budget-vs-final spec. */
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
 * Plot options for `rows` as labelled bars, in the order given.
 * @throws if there are no rows or an amount is negative or not a number
 * @example renderPlot(spendingByCategory(rows, { locale: 'zh', width: 360 }), { id: 'spending-by-category-narrow', ariaLabel })
 */
export function spendingByCategory(
  rows: readonly ShareBarRow[],
  { locale, width = 640, color = 'var(--c1)' }: ShareBarOptions,
): Plot.PlotOptions {
  if (rows.length === 0) throw new Error('spendingByCategory: no rows');
  for (const row of rows) {
    if (!Number.isFinite(row.wan) || row.wan < 0)
      throw new Error(`spendingByCategory: invalid amount ${row.wan} for ${row.label}`);
  }
  const { fontSize, valueSize, lineHeight, barHeight, rowGap, gap } = layout(width);
  const shareWidth = Math.max(...rows.map((r) => textWidth(r.shareText, valueSize)));
  const amountWidth = widestAmount(
    rows.map((r) => r.wan),
    locale,
    valueSize,
  );
  const shareRight = width;
  const amountRight = width - shareWidth - gap;
  const labelWidth = amountRight - amountWidth - gap;
  const max = Math.max(...rows.map((r) => r.wan)) || 1;
  const barWidth = width - 1;
  const valueDy = baselineOffset(fontSize, valueSize);

  let y = 2;
  const placed = rows.map((row) => {
    const lines = wrapText(row.label, labelWidth, fontSize);
    const top = y;
    const barTop = top + lines.length * lineHeight + 2;
    y = barTop + barHeight + rowGap;
    return {
      ...row,
      text: lines.join('\n'),
      top,
      barTop,
      barBottom: barTop + barHeight,
      barEnd: 1 + (row.wan / max) * barWidth,
      valueText: formatAmount(row.wan, locale, { bare: true }),
      tip: fillTip(row.tipTemplate, [row.wan], locale),
    };
  });
  const height = Math.ceil(y - rowGap + 2);
  type Placed = (typeof placed)[number];

  return {
    width,
    height,
    margin: 0,
    x: { type: 'identity', axis: null },
    y: { type: 'identity', axis: null },
    marks: [
      Plot.rect(placed, {
        x1: 1,
        x2: 'barEnd',
        y1: 'barTop',
        y2: 'barBottom',
        fill: color,
        title: 'tip',
        render: withAttributes(placed, (d: Placed) => tipAttributes(d.tipTemplate, [d.wan])),
      }),
      // where each bar starts, so that a bar too short to see still has a visible origin
      Plot.ruleX(placed, { x: 1, y1: 'barTop', y2: 'barBottom', stroke: 'currentColor' }),
      Plot.text(placed, {
        x: 0,
        y: 'top',
        text: 'text',
        textAnchor: 'start',
        lineAnchor: 'top',
        lineHeight: 1.3,
        fontSize,
      }),
      ...valueColumns(placed, { amountRight, shareRight: shareRight, dy: valueDy, fontSize: valueSize }),
    ],
  };
}
