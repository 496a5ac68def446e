/**
 * Chart spec: counts in groups, a heading above each group and under it one short horizontal bar per series, the
 * series named in the left margin (no colour has to be decoded) and the count written after the bar. Rows in,
 * Plot options out; identity scales (pixels), bars from 0. The projects per score band counted three ways
 * (src/charts/scores-band-counts.ts) and the findings per report section and severity (src/charts/audit-summary.ts).
 */
import * as Plot from '@observablehq/plot';
import { CHART, LABEL, textWidth, wrapText, type Metrics } from '../text-measure';
import { textSize } from './narrow';

export interface GroupedBarCell {
  /** the group's key */
  group: string;
  /** the series' key */
  series: string;
  count: number;
  /** the bar's tooltip */
  tip: string;
}

export interface GroupedBarsOptions {
  /** named in the errors, e.g. the chart's id */
  chart: string;
  /** [width=640] the SVG's width in px; render NARROW_WIDTH (narrow.ts) for phones */
  width?: number;
  /** the groups in order, with the heading written above each */
  groups: readonly { key: string; label: string }[];
  /** the series in order, with the name written beside each bar and its colour */
  series: readonly { key: string; label: string; color: string }[];
  /**
   * ['wrap'] a heading wrapped to the width, its first line on the group's top; 'line': on one line, centred in
   * the 24 px above the bars
   */
  headings?: 'wrap' | 'line';
  /**
   * ['skip'] a cell of count 0 takes no row and each bar has a rule at its start; 'show': its name and `0`
   * without a bar, and one rule runs down each group's rows at 0
   */
  zeros?: 'skip' | 'show';
  /** [the widest count + 10] px kept right of the longest bar for its count */
  countRoom?: number;
  /** [14] px between a group's last bar (and its gap) and the next heading */
  groupGap?: number;
  /** [2] px under the last bar's gap */
  bottom?: number;
}

const BAR = 16;
const GAP = 5;
/** a one-line heading's room above its bars; a wrapped heading of one line takes the same */
const HEADER = 24;

/** CHART's table with Latin letters taken a quarter wider: the headings are bold (DejaVu Sans Bold is wide). */
const BOLD: Metrics = (char) => (CHART(char) === 1 ? 1 : CHART(char) * 1.25);

/**
 * Plot options for the counts; a cell that is missing draws nothing.
 * @throws on no groups or series, an unknown group or series, two cells for one group and series, or a count
 *   that is not a whole number ≥ 0
 * @example renderPlot(groupedBars(cells, { chart: 'audit-summary', groups, series }), { id: 'audit-summary', ariaLabel })
 */
export function groupedBars(
  cells: readonly GroupedBarCell[],
  {
    chart,
    width = 640,
    groups,
    series,
    headings = 'wrap',
    zeros = 'skip',
    countRoom,
    groupGap = 14,
    bottom = 2,
  }: GroupedBarsOptions,
): Plot.PlotOptions {
  if (groups.length === 0 || series.length === 0) throw new Error(`${chart}: no groups or no series`);
  const groupKeys = new Set(groups.map((g) => g.key));
  const seriesKeys = new Set(series.map((s) => s.key));
  const byKey = new Map<string, GroupedBarCell>();
  for (const c of cells) {
    if (!groupKeys.has(c.group)) throw new Error(`${chart}: unknown group ${c.group}`);
    if (!seriesKeys.has(c.series)) throw new Error(`${chart}: unknown series ${c.series}`);
    if (!Number.isInteger(c.count) || c.count < 0) throw new Error(`${chart}: invalid count ${c.count}`);
    const key = JSON.stringify([c.group, c.series]);
    if (byKey.has(key)) throw new Error(`${chart}: two cells for group ${c.group}, series ${c.series}`);
    byKey.set(key, c);
  }
  const fontSize = textSize(width, 13);
  const headSize = fontSize + 1;
  const lineHeight = Math.round(headSize * 1.3);
  // a tenth spare: the page's font sets Latin names a little wider than LABEL's table ("Recomputed totals" by 7 px)
  const marginLeft = 8 + Math.ceil(1.1 * Math.max(...series.map((s) => textWidth(s.label, fontSize, LABEL))));
  const max = Math.max(1, ...cells.map((c) => c.count));
  const room = countRoom ?? 10 + Math.ceil(textWidth(String(max), fontSize, LABEL));
  const barEnd = (count: number) => marginLeft + (count / max) * (width - marginLeft - room);

  let y = 0;
  const heads: { text: string; y: number }[] = [];
  const rows: (GroupedBarCell & { y1: number; y2: number; mid: number; x2: number; color: string; name: string })[] =
    [];
  const rules: { y1: number; y2: number }[] = []; // with zeros shown, one per group
  for (const group of groups) {
    const lines = headings === 'wrap' ? wrapText(group.label, width - 2, headSize, { metrics: BOLD }) : [group.label];
    heads.push({ text: lines.join('\n'), y: headings === 'wrap' ? y : y + HEADER / 2 + 1 });
    y += headings === 'wrap' ? lines.length * lineHeight + 6 : HEADER;
    const top = y;
    for (const s of series) {
      const cell = byKey.get(JSON.stringify([group.key, s.key]));
      if (!cell || (cell.count === 0 && zeros === 'skip')) continue;
      rows.push({
        ...cell,
        y1: y,
        y2: y + BAR,
        mid: y + BAR / 2,
        x2: barEnd(cell.count),
        color: s.color,
        name: s.label,
      });
      y += BAR + GAP;
    }
    if (zeros === 'show' && y > top) rules.push({ y1: top + 1, y2: y + 1 });
    y += groupGap;
  }
  type Row = (typeof rows)[number];
  return {
    width,
    height: Math.ceil(y - groupGap + bottom),
    margin: 0,
    x: { type: 'identity', axis: null },
    y: { type: 'identity', axis: null },
    color: { type: 'identity' },
    marks: [
      Plot.rect(
        rows.filter((r) => r.count > 0),
        { x1: marginLeft, x2: 'x2', y1: 'y1', y2: 'y2', fill: 'color', title: 'tip' },
      ),
      Plot.ruleX(zeros === 'show' ? rules : rows, {
        x: marginLeft,
        y1: 'y1',
        y2: 'y2',
        stroke: 'currentColor',
        pointerEvents: 'none',
      }),
      Plot.text(heads, {
        x: headings === 'wrap' ? 0 : 2,
        y: 'y',
        text: 'text',
        textAnchor: 'start',
        ...(headings === 'wrap' ? { lineAnchor: 'top', lineHeight: 1.3 } : {}),
        fontSize: headSize,
        fontWeight: 700,
      }),
      Plot.text(rows, { x: marginLeft - 6, y: 'mid', text: 'name', textAnchor: 'end', fontSize }),
      Plot.text(rows, {
        x: 'x2',
        y: 'mid',
        text: (d: Row) => String(d.count),
        textAnchor: 'start',
        dx: 5,
        fontSize,
        fontVariant: 'tabular-nums',
        fontWeight: 600,
      }),
    ],
  };
}
