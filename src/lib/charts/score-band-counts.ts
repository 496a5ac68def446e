/**
 * Chart spec: how many projects fall in each score band, three ways side by side: as the report's summary
 * states, as counted from the totals printed in the tables, and as counted from the recomputed totals. One
 * group of three short bars per band, each bar named in the left margin so no colour has to be decoded.
 */
import * as Plot from '@observablehq/plot';
import { LABEL, textWidth } from '../text-measure';

export interface BandCountRow {
  /** the band's key, e.g. `90+` */
  band: string;
  /** which count */
  series: string;
  count: number;
  /** the bar's tooltip */
  tip: string;
}

export interface BandCountOptions {
  /** [width=640] the SVG's width in px; render NARROW_WIDTH (narrow.ts) for phones */
  width?: number;
  /** the bands in order, with the heading written above each group */
  bands: readonly { key: string; label: string }[];
  /** the series in order, with the name written beside each bar and its colour */
  series: readonly { key: string; label: string; color: string }[];
}

const HEADER = 24;
const BAR = 16;
const GAP = 5;

/**
 * Plot options; y is an identity scale (pixels), x counts projects from 0.
 * @example renderPlot(scoreBandCounts(rows, { bands, series }), { id: 'scores-band-counts', ariaLabel })
 */
export function scoreBandCounts(
  rows: readonly BandCountRow[],
  { width = 640, bands, series }: BandCountOptions,
): Plot.PlotOptions {
  if (bands.length === 0 || series.length === 0) throw new Error('scoreBandCounts: no bands or no series');
  const bandIndex = new Map(bands.map((b, i) => [b.key, i]));
  const seriesIndex = new Map(series.map((s, i) => [s.key, i]));
  for (const row of rows) {
    if (!bandIndex.has(row.band)) throw new Error(`scoreBandCounts: unknown band ${row.band}`);
    if (!seriesIndex.has(row.series)) throw new Error(`scoreBandCounts: unknown series ${row.series}`);
    if (!Number.isInteger(row.count) || row.count < 0) throw new Error(`scoreBandCounts: invalid count ${row.count}`);
  }
  const fontSize = 13;
  const group = HEADER + series.length * (BAR + GAP) + 8;
  // a tenth spare: the page's font sets Latin names a little wider than LABEL's table ("Recomputed totals" by 7 px)
  const marginLeft = 8 + Math.ceil(1.1 * Math.max(...series.map((s) => textWidth(s.label, fontSize, LABEL))));
  const placed = rows.map((row) => {
    const top = bandIndex.get(row.band)! * group + HEADER + seriesIndex.get(row.series)! * (BAR + GAP);
    return { ...row, y1: top, y2: top + BAR, mid: top + BAR / 2, color: series[seriesIndex.get(row.series)!]!.color };
  });
  const heads = bands.map((b, i) => ({ ...b, y: i * group + HEADER / 2 + 1 }));
  const max = Math.max(1, ...rows.map((r) => r.count));
  return {
    width,
    height: bands.length * group,
    marginTop: 0,
    marginBottom: 0,
    marginLeft,
    marginRight: 28,
    x: { axis: null, domain: [0, max] },
    y: { type: 'identity', axis: null },
    marks: [
      ...series.map((s) =>
        Plot.rectX(
          placed.filter((p) => p.series === s.key && p.count > 0),
          { x1: 0, x2: 'count', y1: 'y1', y2: 'y2', fill: s.color, title: 'tip' },
        ),
      ),
      Plot.ruleX(heads, {
        x: 0,
        y1: (d: (typeof heads)[number]) => d.y + HEADER / 2,
        y2: (d: (typeof heads)[number]) => d.y + group - HEADER / 2 - 8,
        stroke: 'currentColor',
      }),
      Plot.text(heads, {
        x: 0,
        y: 'y',
        text: 'label',
        textAnchor: 'start',
        dx: -marginLeft + 2,
        fontSize: fontSize + 1,
        fontWeight: 700,
      }),
      Plot.text(placed, {
        x: 0,
        y: 'mid',
        text: (d: (typeof placed)[number]) => series[seriesIndex.get(d.series)!]!.label,
        textAnchor: 'end',
        dx: -6,
        fontSize,
      }),
      Plot.text(placed, {
        x: 'count',
        y: 'mid',
        text: (d: (typeof placed)[number]) => String(d.count),
        textAnchor: 'start',
        dx: 5,
        fontSize,
        fontVariant: 'tabular-nums',
        fontWeight: 600,
      }),
    ],
  };
}
