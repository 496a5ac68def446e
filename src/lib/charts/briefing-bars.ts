/**
 * A chart spec for the briefing deck: horizontal bars sized for a 1920×1080 slide on a projector. Every text is
 * at least 24 px at that size, every value is written on its bar (nothing needs hover), and a reference line
 * (such as 100 %) can be drawn.
 */
import * as Plot from '@observablehq/plot';
import { SLIDE, textWidth } from '../text-measure';

/** What a legend entry's swatch shows: the plain bar colour, the accent colour, or the dashed reference line. */
export type LegendSwatch = 'bar' | 'accent' | 'reference';

export interface BriefingBar {
  label: string;
  value: number;
  valueText: string;
  /** [false] draw the bar in the accent colour; the deck gives that colour one meaning and a legend */
  highlight?: boolean;
}

export interface BriefingBarOptions {
  /** a reference value drawn as a vertical rule, e.g. 100 for rates */
  reference?: number;
  /** the largest value of the x domain (defaults to the largest value or the reference) */
  max?: number;
}

/** bold digits are about this much wider than the SLIDE table's regular estimate */
const LABEL_BOLD = 1.1;

/** Plot options for `rows` as large horizontal bars, label left, value at the end of each bar. */
export function briefingBars(
  rows: readonly BriefingBar[],
  { reference, max }: BriefingBarOptions = {},
): Plot.PlotOptions {
  if (rows.length === 0) throw new Error('briefingBars: no rows');
  const width = 1600; // px, on the 1920-px slide
  const fontSize = 24; // the smallest font size used: what a projector needs
  // the chart gets 480 px of the slide's height, what is left under a two-line title and a two-line subtitle
  // above the source line; rows shrink to fit but never below 1.5 lines of text
  const band = Math.min(96, Math.max(fontSize * 1.5, 480 / rows.length));
  // label widths estimated on the wide side (the SLIDE table), so that no label runs off the left edge
  const longestLabel = Math.max(...rows.map((r) => textWidth(r.label, 1, SLIDE)));
  const marginLeft = Math.min(width * 0.6, Math.ceil(longestLabel * fontSize) + 24);
  const longestValue = Math.max(...rows.map((r) => textWidth(r.valueText, fontSize, SLIDE)));
  const domainMax = max ?? Math.max(...rows.map((r) => r.value), reference ?? 0);
  const marginRight = 24 + longestValue;
  // a value label that would run into the reference line is written just past the line instead
  const gap = 12;
  const px = (v: number) => marginLeft + (v / domainMax) * (width - marginLeft - marginRight);
  const labelX = (r: BriefingBar) => {
    if (reference === undefined || r.value >= reference) return r.value;
    const right = px(r.value) + gap + textWidth(r.valueText, fontSize * LABEL_BOLD, SLIDE);
    return right > px(reference) - 3 * 2 ? reference : r.value;
  };
  const labelled = rows.map((r) => ({ ...r, labelX: labelX(r) }));
  return {
    width,
    height: rows.length * band + 16,
    marginTop: 8,
    marginBottom: 8,
    marginLeft,
    marginRight,
    x: { axis: null, domain: [0, domainMax] },
    y: { axis: null, domain: rows.map((r) => r.label), padding: 0.28 },
    marks: [
      Plot.barX(rows, {
        x: 'value',
        y: 'label',
        fill: (d: BriefingBar) => (d.highlight ? 'var(--b-accent)' : 'var(--b-bar)'),
      }),
      ...(reference !== undefined
        ? [
            Plot.ruleX([reference], {
              className: 'reference-line',
              stroke: 'var(--b-fg)',
              strokeWidth: 3,
              strokeDasharray: '8,6',
            }),
          ]
        : []),
      Plot.text(rows, { x: 0, y: 'label', text: 'label', textAnchor: 'end', dx: -14, fontSize, fill: 'var(--b-fg)' }),
      Plot.text(labelled, {
        x: 'labelX',
        y: 'label',
        text: 'valueText',
        textAnchor: 'start',
        dx: gap,
        fontSize,
        fontWeight: 700,
        fill: 'var(--b-fg)',
        stroke: 'var(--b-bg)',
        strokeWidth: 8,
        paintOrder: 'stroke',
      }),
    ],
  };
}
