/**
 * Amounts in charts that the unit switch (src/client/unit-switch.ts) can re-format in the browser. A chart's
 * value label carries `data-amount-wan` and `data-amount-bare`; a mark's tooltip carries `data-tip-template`
 * (the tooltip with `{0}`, `{1}`… where its amounts go) and `data-tip-wan` (those amounts in 万元, space-separated).
 * The chart is laid out for the widest of the three units, so switching never makes a label overflow.
 */
import * as Plot from '@observablehq/plot';
import { amountAttributes } from '../amount-attributes';
import { formatAmount, type AmountUnit } from '../format';
import type { Locale } from '../i18n';
import { textWidth } from '../text-measure';

export const UNITS: readonly AmountUnit[] = ['wan', 'yuan', 'yi'];

/**
 * The width in px of the widest of `wans` shown bare in any unit.
 * @example widestAmount([5504.37], 'zh', 12) // the width of '55,043,700'
 */
export function widestAmount(wans: readonly number[], locale: Locale, fontSize: number): number {
  let widest = 0;
  for (const wan of wans) {
    for (const unit of UNITS)
      widest = Math.max(widest, textWidth(formatAmount(wan, locale, { unit, bare: true }), fontSize));
  }
  return widest;
}

/**
 * A tooltip template filled with amounts in the default unit: `{0}` becomes `formatAmount(wans[0], locale)`.
 * @throws if the template names an amount that is not given
 * @example fillTip('科学技术支出：{0}', [5504.37], 'zh') // '科学技术支出：5,504.37 万元'
 */
export function fillTip(template: string, wans: readonly number[], locale: Locale): string {
  return template.replace(/\{(\d+)\}/g, (_, i: string) => {
    const wan = wans[Number(i)];
    if (wan === undefined) throw new Error(`fillTip: no amount {${i}} for ${JSON.stringify(template)}`);
    return formatAmount(wan, locale);
  });
}

/** The attributes of a value label the unit switch re-formats (bare: the chart's subtitle names the unit). */
export const valueLabelAttributes = (wan: number) => amountAttributes(wan, { bare: true });

/** The attributes of a mark whose tooltip holds amounts. */
export function tipAttributes(template: string, wans: readonly number[]): Record<string, string> {
  return { 'data-tip-template': template, 'data-tip-wan': wans.join(' ') };
}

/**
 * A Plot render transform that sets attributes on each element a mark draws (one per datum, in index order);
 * `attributes` gets the datum. Use it only on marks without a data transform, so the index points into `data`.
 * @example Plot.text(rows, { x: 'x', y: 'y', text: 'value', render: withAttributes(rows, (d) => valueLabelAttributes(d.wan)) })
 */
export function withAttributes<T>(
  data: readonly T[],
  attributes: (d: T) => Record<string, string>,
): Plot.RenderFunction {
  return function (index, scales, values, dimensions, context, next) {
    const g = next!(index, scales, values, dimensions, context) as SVGGElement;
    const elements = [...g.children].filter((el) => el.tagName.toLowerCase() !== 'title');
    if (elements.length !== index.length)
      throw new Error(`withAttributes: ${elements.length} elements for ${index.length} data`);
    elements.forEach((el, j) => {
      const datum = data[index[j]!];
      if (datum === undefined) throw new Error(`withAttributes: no datum at ${index[j]}`);
      for (const [name, value] of Object.entries(attributes(datum))) el.setAttribute(name, value);
    });
    return g;
  };
}

/** A row of a bar-list chart with its two right-aligned value columns. */
export interface ValueColumnsRow {
  /** the row's top in px */
  top: number;
  /** the amount in 万元, and as the chart shows it bare in 万元 */
  wan: number;
  valueText: string;
  /** the row's share, formatted */
  shareText: string;
}

/**
 * The two right-aligned columns of a bar-list chart: the amount (which the unit switch re-formats) ending at
 * `amountRight`, and the share, muted, ending at `shareRight`; both set `dy` below the row's top, in tabular figures.
 */
export function valueColumns<T extends ValueColumnsRow>(
  rows: T[],
  { amountRight, shareRight, dy, fontSize }: { amountRight: number; shareRight: number; dy: number; fontSize: number },
): Plot.Markish[] {
  const common = { y: 'top', textAnchor: 'end', lineAnchor: 'top', dy, fontSize, fontVariant: 'tabular-nums' } as const;
  return [
    Plot.text(rows, {
      ...common,
      x: amountRight,
      text: 'valueText',
      render: withAttributes(rows, (d: T) => valueLabelAttributes(d.wan)),
    }),
    Plot.text(rows, { ...common, x: shareRight, text: 'shareText', fill: 'var(--muted)' }),
  ];
}
