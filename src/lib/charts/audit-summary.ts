/**
 * Chart spec: the arithmetic check's findings by the section of the report they are about and by severity. One
 * group per section, its name wrapped above; under it a bar per severity that has findings there, the severity
 * named in the left margin (no colour has to be decoded) and the count written after the bar. Rows in, Plot
 * options out; identity y scale (pixels), x counts findings from 0.
 */
import * as Plot from '@observablehq/plot';
import { CHART, LABEL, textWidth, wrapText, type Metrics } from '../text-measure';
import { textSize } from './narrow';

export interface AuditSummaryCell {
  /** the section's key (its heading's line) */
  section: string;
  /** the severity's key */
  severity: string;
  count: number;
  /** the bar's tooltip */
  tip: string;
}

export interface AuditSummaryOptions {
  /** [width=640] the SVG's width in px; render NARROW_WIDTH (narrow.ts) for phones */
  width?: number;
  /** the sections in order, with the name written above each group */
  sections: readonly { key: string; label: string }[];
  /** the severities in order, with the name written beside each bar and its colour */
  severities: readonly { key: string; label: string; color: string }[];
}

const BAR = 16;
const GAP = 5;

/** CHART's table with Latin letters taken a quarter wider: the headings are bold (DejaVu Sans Bold is wide). */
const BOLD: Metrics = (char) => (CHART(char) === 1 ? 1 : CHART(char) * 1.25);

/**
 * Plot options for the counts (a cell of count 0 draws nothing).
 * @throws on an unknown section or severity or a count that is not a whole number ≥ 0
 * @example renderPlot(auditSummary(cells, { sections, severities }), { id: 'audit-summary', ariaLabel })
 */
export function auditSummary(
  cells: readonly AuditSummaryCell[],
  { width = 640, sections, severities }: AuditSummaryOptions,
): Plot.PlotOptions {
  if (sections.length === 0 || severities.length === 0) throw new Error('auditSummary: no sections or severities');
  const sectionIndex = new Map(sections.map((s, i) => [s.key, i]));
  const severityIndex = new Map(severities.map((s, i) => [s.key, i]));
  for (const c of cells) {
    if (!sectionIndex.has(c.section)) throw new Error(`auditSummary: unknown section ${c.section}`);
    if (!severityIndex.has(c.severity)) throw new Error(`auditSummary: unknown severity ${c.severity}`);
    if (!Number.isInteger(c.count) || c.count < 0) throw new Error(`auditSummary: invalid count ${c.count}`);
  }
  const fontSize = textSize(width, 13);
  const headSize = fontSize + 1;
  const lineHeight = Math.round(headSize * 1.3);
  // a tenth spare: the page's font sets Latin names a little wider than LABEL's table
  const marginLeft = 8 + Math.ceil(1.1 * Math.max(...severities.map((s) => textWidth(s.label, fontSize, LABEL))));
  const max = Math.max(1, ...cells.map((c) => c.count));
  const countRoom = 10 + Math.ceil(textWidth(String(max), fontSize, LABEL));
  const barWidth = (count: number) => (count / max) * (width - marginLeft - countRoom);

  let y = 0;
  const heads: { lines: string[]; text: string; y: number }[] = [];
  const bars: (AuditSummaryCell & { y1: number; y2: number; mid: number; x2: number; color: string; name: string })[] =
    [];
  for (const section of sections) {
    const lines = wrapText(section.label, width - 2, headSize, { metrics: BOLD });
    heads.push({ lines, text: lines.join('\n'), y });
    y += lines.length * lineHeight + 6;
    for (const severity of severities) {
      const cell = cells.find((c) => c.section === section.key && c.severity === severity.key);
      if (!cell || cell.count === 0) continue;
      bars.push({
        ...cell,
        y1: y,
        y2: y + BAR,
        mid: y + BAR / 2,
        x2: marginLeft + barWidth(cell.count),
        color: severity.color,
        name: severity.label,
      });
      y += BAR + GAP;
    }
    y += 14;
  }
  type Bar = (typeof bars)[number];
  return {
    width,
    height: Math.ceil(y - 14 + 2),
    margin: 0,
    x: { type: 'identity', axis: null },
    y: { type: 'identity', axis: null },
    color: { type: 'identity' },
    marks: [
      Plot.rect(bars, { x1: marginLeft, x2: 'x2', y1: 'y1', y2: 'y2', fill: 'color', title: 'tip' }),
      Plot.ruleX(bars, { x: marginLeft, y1: 'y1', y2: 'y2', stroke: 'currentColor', pointerEvents: 'none' }),
      Plot.text(heads, {
        x: 0,
        y: 'y',
        text: 'text',
        textAnchor: 'start',
        lineAnchor: 'top',
        lineHeight: 1.3,
        fontSize: headSize,
        fontWeight: 700,
      }),
      Plot.text(bars, { x: marginLeft - 6, y: 'mid', text: 'name', textAnchor: 'end', fontSize }),
      Plot.text(bars, {
        x: 'x2',
        y: 'mid',
        text: (d: Bar) => String(d.count),
        textAnchor: 'start',
        dx: 5,
        fontSize,
        fontVariant: 'tabular-nums',
        fontWeight: 600,
      }),
    ],
  };
}
