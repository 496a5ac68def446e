/**
 * A chart spec: one full-width bar per row on a shared scale, its name above it (wrapped to fit), and on the
 * name's first line, right-aligned, the amount and the share. Rows in, Plot options out; render with renderPlot.
 * Amount labels and tooltips carry the attributes the unit switch re-formats (see spending-amounts.ts).
 */
import * as Plot from '@observablehq/plot';
import type { Locale } from '../i18n';
import * as barList from './bar-list';
import { fillTip, valueColumns } from './spending-amounts';

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
  /** [width=640] the SVG's width in px; render NARROW_WIDTH (narrow.ts) for phones */
  width?: number;
}

/**
 * Plot options for `rows` as labelled bars, in the order given.
 * @throws if there are no rows or an amount is negative or not a number
 * @example renderPlot(spendingByCategory(rows, { locale: 'zh', width: NARROW_WIDTH }), { id: 'spending-by-category-narrow', ariaLabel })
 */
export function spendingByCategory(
  rows: readonly ShareBarRow[],
  { locale, width = 640 }: ShareBarOptions,
): Plot.PlotOptions {
  if (rows.length === 0) throw new Error('spendingByCategory: no rows');
  for (const row of rows) {
    if (!Number.isFinite(row.wan) || row.wan < 0)
      throw new Error(`spendingByCategory: invalid amount ${row.wan} for ${row.label}`);
  }
  const sizes = barList.layout(width);
  const { fontSize, valueSize, gap } = sizes;
  const { shareRight, amountRight, labelRight } = barList.rightColumns(rows, { width, locale, valueSize, gap });
  const max = Math.max(...rows.map((r) => r.wan)) || 1;
  const barWidth = width - 1;
  const valueDy = barList.baselineOffset(fontSize, valueSize);

  const stack = barList.stackRows(rows, {
    ...sizes,
    top: 2,
    labelWidth: () => labelRight,
    labelGap: 2,
    barsHeight: sizes.barHeight,
  });
  const placed = stack.rows.map((row) => ({
    ...row,
    barEnd: 1 + (row.wan / max) * barWidth,
    valueText: barList.bareAmount(row.wan, locale),
    tip: fillTip(row.tipTemplate, [row.wan], locale),
  }));

  return {
    ...barList.stackedFrame(width, Math.ceil(stack.bottom + 2)),
    marks: [
      barList.amountBars(placed, { x2: 'barEnd', fill: 'var(--c1)' }),
      barList.barOrigins(placed),
      barList.stackedLabels(placed, { fontSize }),
      ...valueColumns(placed, { amountRight, shareRight: shareRight, dy: valueDy, fontSize: valueSize }),
    ],
  };
}
