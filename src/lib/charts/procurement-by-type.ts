/**
 * A chart spec for parts of a whole: one full-width bar split into its parts, then a key with a row per part
 * (swatch, name, amount, share) and a total row. A part of 0 draws no segment and an empty swatch, but keeps its
 * row, so the reader sees that it is zero rather than missing. Amount labels and tooltips carry the unit switch's
 * attributes (see spending-amounts.ts).
 */
import * as Plot from '@observablehq/plot';
import type { Locale } from '../i18n';
import * as barList from './bar-list';
import { fillTip, valueColumns } from './spending-amounts';

export interface PartRow {
  key: string;
  /** the name in the key */
  label: string;
  /** the amount in 万元 */
  wan: number;
  /** the share of the whole as shown, e.g. `91.16%` */
  shareText: string;
  /** the segment's fill, e.g. `var(--c1)` */
  color: string;
  /** the tooltip, with `{0}` where the amount goes */
  tipTemplate: string;
}

export interface PartsOptions {
  locale: Locale;
  /** the total row of the key */
  total: { label: string; wan: number; shareText: string };
  /** [width=640] the SVG's width in px; render NARROW_WIDTH (narrow.ts) for phones */
  width?: number;
}

const SWATCH = 12;

/**
 * Plot options for `rows` as one bar split into parts, in the order given, with a key below.
 * @throws if there are no rows, an amount is negative, or the parts add up to more than the total
 */
export function procurementByType(
  rows: readonly PartRow[],
  { locale, total, width = 640 }: PartsOptions,
): Plot.PlotOptions {
  if (rows.length === 0) throw new Error('procurementByType: no rows');
  for (const row of rows) {
    if (!Number.isFinite(row.wan) || row.wan < 0)
      throw new Error(`procurementByType: invalid amount ${row.wan} for ${row.label}`);
  }
  const sum = rows.reduce((s, r) => s + r.wan, 0);
  if (sum > total.wan + 0.005)
    throw new Error(`procurementByType: the parts add up to ${sum}, more than the total ${total.wan}`);
  const sizes = barList.layout(width);
  const { fontSize, valueSize, gap } = sizes;
  const barHeight = width < 480 ? 28 : 32;
  const scale = (width - 2) / (total.wan || 1);

  let x = 1;
  const segments = rows
    .filter((r) => r.wan > 0)
    .map((row) => {
      const x1 = x;
      x += row.wan * scale;
      return { ...row, x1, x2: x, tip: fillTip(row.tipTemplate, [row.wan], locale) };
    });

  const all = [...rows, { ...total, key: 'total', color: 'none' }];
  const { amountRight, labelRight } = barList.rightColumns(all, { width, locale, valueSize, gap });
  const labelLeft = SWATCH + 8;
  const labelWidth = labelRight - labelLeft;
  // the key: rows of text only, 8 px apart
  const stack = barList.stackRows(all, {
    ...sizes,
    top: barHeight + 14,
    labelWidth: () => labelWidth,
    labelGap: 0,
    barsHeight: 0,
    rowGap: 8,
  });
  const key = stack.rows.map((row) => ({ ...row, valueText: barList.bareAmount(row.wan, locale) }));
  const totalRow = key[key.length - 1]!;
  const parts = key.slice(0, -1);
  type Key = (typeof key)[number];
  const valueDy = barList.baselineOffset(fontSize, valueSize);
  const textY = (d: Key) => d.top + 0.71 * 1.3 * fontSize - 0.35 * fontSize; // the middle of the first line

  return {
    ...barList.stackedFrame(width, Math.ceil(stack.bottom + 8), { color: true }),
    marks: [
      barList.amountBars(segments, {
        x1: 'x1',
        x2: 'x2',
        y1: 0,
        y2: barHeight,
        fill: 'color',
        stroke: 'var(--bg)',
        strokeWidth: 1.5,
      }),
      // swatches: filled for a part with an amount, outlined for a part of 0
      Plot.rect(parts, {
        x1: 0,
        x2: SWATCH,
        y1: (d: Key) => textY(d) - SWATCH / 2,
        y2: (d: Key) => textY(d) + SWATCH / 2,
        fill: (d: Key) => (d.wan > 0 ? d.color : 'none'),
        stroke: (d: Key) => (d.wan > 0 ? 'none' : 'var(--control)'),
        inset: 0.5,
      }),
      Plot.ruleY([totalRow.top - 4], { x1: 0, x2: width, stroke: 'var(--control)' }),
      barList.stackedLabels(parts, { x: labelLeft, fontSize }),
      barList.stackedLabels([totalRow], { fontSize, fontWeight: 'bold' }),
      ...valueColumns(key, { amountRight, shareRight: width, dy: valueDy, fontSize: valueSize }),
    ],
  };
}
