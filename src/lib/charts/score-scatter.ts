/**
 * Chart spec: projects as dots by execution rate (x) and total score (y), each labelled with its number.
 * Every project is a dot of its own: dots that would coincide or overlap (five projects score 99.6, three of them
 * at 100 %) are moved apart as little as they need (dodgeDots), so each can be seen, pointed at and focused, and
 * dots that touch share a label (`1, 2, 6, 7, 13`). Labels are placed beside their dots where they overlap
 * neither a dot, another label nor the edge, so a phone chart stays legible. Each dot has an invisible hit area
 * at least 44 px across (hitAreas). The numbers refer to a list on the page.
 */
import * as Plot from '@observablehq/plot';
import { LABEL, textWidth } from '../text-measure';
import { hitAreas, hitTargets } from './hit-area';
import { textSize } from './narrow';

export interface ScatterPoint {
  /** the label: the project's number */
  key: string;
  /** execution rate in percent */
  x: number;
  /** total score in points */
  y: number;
  /** the dot's tooltip */
  tip: string;
  /** a figure of the point is disputed by the audit: its number is labelled `3≠` (src/charts/disputed.ts) */
  disputed?: boolean;
}

export interface ScatterOptions {
  /** [width=640] the SVG's width in px; render NARROW_WIDTH (narrow.ts) for phones */
  width?: number;
  /** the x axis' label, e.g. `执行率（%）→` */
  xLabel: string;
  /** the y axis' label, e.g. `↑ 总分` */
  yLabel: string;
}

/** The reference score drawn as a dashed line: the top band's threshold. */
const REFERENCE_Y = 90;

/** A placed label, in pixels: its anchor point and box. */
export interface PlacedLabel {
  text: string;
  x: number;
  y: number;
  anchor: 'start' | 'end' | 'middle';
  box: Box;
  /** the cluster centre the label belongs to (for a leader line when it sits away from its dots) */
  from: { x: number; y: number };
  leader: boolean;
}

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

const overlaps = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/**
 * Places one label per group of touching dots (pixel coordinates), trying right, left, above and below, then
 * the same further away with a leader line; never on a dot, another label or outside `bounds`.
 * @throws if a label cannot be placed anywhere
 */
export function placeLabels(
  dots: readonly { key: string; x: number; y: number }[],
  { r, fontSize, bounds, obstacles = [] }: { r: number; fontSize: number; bounds: Box; obstacles?: readonly Box[] },
): PlacedLabel[] {
  // group dots that touch (dodgeDots leaves neighbours DODGE_GAP px apart)
  const groups: { keys: string[]; xs: number[]; ys: number[] }[] = [];
  for (const dot of [...dots].sort((a, b) => a.y - b.y || a.x - b.x)) {
    const near = groups.find((g) =>
      g.xs.some((x, i) => Math.hypot(x - dot.x, g.ys[i]! - dot.y) < r * 2 + DODGE_GAP + 1),
    );
    if (near) {
      near.keys.push(dot.key);
      near.xs.push(dot.x);
      near.ys.push(dot.y);
    } else groups.push({ keys: [dot.key], xs: [dot.x], ys: [dot.y] });
  }
  const dotBoxes = dots.map((d) => ({ x1: d.x - r, y1: d.y - r, x2: d.x + r, y2: d.y + r }));
  const placed: PlacedLabel[] = [];
  const height = fontSize * 1.2;
  const gap = 3;
  for (const group of groups) {
    // numbers in order, a disputed one marked `13≠` (parseInt reads its number)
    const keys = [...group.keys].sort((a, b) => Number.parseInt(a) - Number.parseInt(b) || a.localeCompare(b));
    const text = keys.join(', ');
    // "≠" is set about 0.9 em wide in bold, where LABEL's table says 0.56
    const width = textWidth(text, fontSize, LABEL) + [...text].filter((c) => c === '≠').length * 0.35 * fontSize;
    const left = Math.min(...group.xs) - r;
    const right = Math.max(...group.xs) + r;
    const top = Math.min(...group.ys) - r;
    const bottom = Math.max(...group.ys) + r;
    const cx = (left + right) / 2;
    const cy = (top + bottom) / 2;
    let best: PlacedLabel | undefined;
    for (const step of [0, 1, 2, 3, 4]) {
      const d = gap + step * fontSize;
      const candidates: [number, number, PlacedLabel['anchor']][] = [
        [right + d, cy, 'start'],
        [left - d, cy, 'end'],
        [cx, top - d - height / 2, 'middle'],
        [cx, bottom + d + height / 2, 'middle'],
        [right, top - d - height / 2, 'end'],
        [right, bottom + d + height / 2, 'end'],
        [left, top - d - height / 2, 'start'],
        [left, bottom + d + height / 2, 'start'],
      ];
      for (const [x, y, anchor] of candidates) {
        const x1 = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
        const box = { x1, y1: y - height / 2, x2: x1 + width, y2: y + height / 2 };
        if (box.x1 < bounds.x1 || box.x2 > bounds.x2 || box.y1 < bounds.y1 || box.y2 > bounds.y2) continue;
        if ([...dotBoxes, ...obstacles, ...placed.map((p) => p.box)].some((b) => overlaps(b, box))) continue;
        best = { text, x, y, anchor, box, from: { x: cx, y: cy }, leader: step > 0 };
        break;
      }
      if (best) break;
    }
    if (!best) throw new Error(`placeLabels: no room for the label ${text}`);
    placed.push(best);
  }
  return placed;
}

/** px between two dodged dots' edges */
const DODGE_GAP = 2;

/**
 * `dots` (pixel positions `px`, `py`) moved apart until no two centres are closer than `distance`, inside `box`:
 * each overlapping pair is pushed apart along the line between them (dots at the same place along a direction
 * fixed by their order), so that a dot moves only as far as its neighbours make it. Deterministic.
 */
export function dodgeDots<T extends { px: number; py: number }>(dots: readonly T[], distance: number, box: Box): T[] {
  const at = dots.map((d) => ({ x: d.px, y: d.py }));
  const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));
  for (let round = 0; round < 1000; round++) {
    let worst = 0;
    for (let i = 0; i < at.length; i++) {
      for (let j = i + 1; j < at.length; j++) {
        const a = at[i]!;
        const b = at[j]!;
        let dx = b.x - a.x;
        let dy = b.y - a.y;
        let gap = Math.hypot(dx, dy);
        if (gap >= distance - 1e-6) continue;
        worst = Math.max(worst, distance - gap);
        if (gap < 1e-6) {
          // the same place: a direction from the pair's order (the golden angle, so that three or more fan out)
          const angle = (i + j) * 2.399963;
          [dx, dy, gap] = [Math.cos(angle), Math.sin(angle), 1];
        }
        const push = (distance - Math.hypot(b.x - a.x, b.y - a.y)) / 2 + 1e-3;
        a.x -= (dx / gap) * push;
        a.y -= (dy / gap) * push;
        b.x += (dx / gap) * push;
        b.y += (dy / gap) * push;
      }
    }
    for (const p of at) {
      p.x = clamp(p.x, box.x1, box.x2);
      p.y = clamp(p.y, box.y1, box.y2);
    }
    if (worst < 1e-3) break;
  }
  return dots.map((d, i) => ({ ...d, px: at[i]!.x, py: at[i]!.y }));
}

export interface ScatterLayout {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  xDomain: [number, number];
  yDomain: [number, number];
  xRange: [number, number];
  yRange: [number, number];
  r: number;
  fontSize: number;
  /** the points, in data units, and where their dots are drawn (dodged apart) in pixels */
  dots: (ScatterPoint & { px: number; py: number })[];
  labels: PlacedLabel[];
}

/**
 * Where everything goes, in pixels: scales with fixed ranges, the dots (coinciding points merged) and their
 * labels placed clear of each other.
 * @throws if a label cannot be placed
 */
export function scatterLayout(
  points: readonly ScatterPoint[],
  options: Omit<ScatterOptions, 'xLabel' | 'yLabel'>,
): ScatterLayout {
  const { width = 640 } = options;
  const narrow = width < 480;
  const height = narrow ? 320 : 360; // the SVG's height in px
  if (points.length === 0) throw new Error('scoreScatter: no points');
  for (const p of points) {
    if (!Number.isFinite(p.x) || !Number.isFinite(p.y))
      throw new Error(`scoreScatter: invalid point ${p.key} (${p.x}, ${p.y})`);
  }
  const r = narrow ? 5 : 6;
  const fontSize = 13;
  const margin = { top: 28, right: 20, bottom: 40, left: 40 };
  const xDomain: [number, number] = [
    Math.min(...points.map((p) => Math.floor((p.x - 5) / 10) * 10)),
    Math.max(100, ...points.map((p) => p.x)),
  ];
  const yDomain: [number, number] = [
    Math.min(...points.map((p) => Math.floor((p.y - 2) / 5) * 5)),
    Math.max(100, ...points.map((p) => p.y)),
  ];
  const xRange: [number, number] = [margin.left, width - margin.right - r];
  const yRange: [number, number] = [height - margin.bottom - r, margin.top + r];
  const px = (x: number) => xRange[0] + ((x - xDomain[0]) / (xDomain[1] - xDomain[0])) * (xRange[1] - xRange[0]);
  const py = (y: number) => yRange[0] + ((y - yDomain[0]) / (yDomain[1] - yDomain[0])) * (yRange[1] - yRange[0]);

  // every point a dot of its own, moved apart from the dots it would overlap
  const dots = dodgeDots(
    points.map((p) => ({ ...p, px: px(p.x), py: py(p.y) })),
    2 * r + DODGE_GAP,
    { x1: xRange[0], y1: yRange[1], x2: xRange[1], y2: yRange[0] },
  );
  const referenceBox = {
    x1: margin.left,
    y1: py(REFERENCE_Y) - fontSize * 1.3,
    x2: margin.left + textWidth(String(REFERENCE_Y), textSize(width, 12), LABEL) + 6,
    y2: py(REFERENCE_Y),
  };
  const labels = placeLabels(
    dots.map((d) => ({ key: d.disputed ? `${d.key}≠` : d.key, x: d.px, y: d.py })),
    {
      r,
      fontSize,
      bounds: { x1: margin.left, y1: 0, x2: width, y2: height - margin.bottom },
      obstacles: [referenceBox],
    },
  );
  return { width, height, margin, xDomain, yDomain, xRange, yRange, r, fontSize, dots, labels };
}

/**
 * Plot options for the scatter, with linear scales whose pixel ranges are fixed so that the labels can be
 * placed in advance (scatterLayout).
 * @example renderPlot(scoreScatter(points, { xLabel, yLabel, width: NARROW_WIDTH }), { id: 'scores-vs-execution-narrow', ariaLabel })
 */
export function scoreScatter(points: readonly ScatterPoint[], options: ScatterOptions): Plot.PlotOptions {
  const { xLabel, yLabel } = options;
  const {
    width,
    height,
    margin,
    xDomain,
    yDomain,
    xRange,
    yRange,
    r,
    fontSize,
    dots,
    labels: placed,
  } = scatterLayout(points, options);
  const ix = (x: number) => xDomain[0] + ((x - xRange[0]) / (xRange[1] - xRange[0])) * (xDomain[1] - xDomain[0]);
  const iy = (y: number) => yDomain[0] + ((y - yRange[0]) / (yRange[1] - yRange[0])) * (yDomain[1] - yDomain[0]);
  const labels = placed.map((l) => ({
    ...l,
    dataX: ix(l.x),
    dataY: iy(l.y),
    fromX: ix(l.from.x),
    fromY: iy(l.from.y),
  }));
  const leaders = labels.filter((l) => l.leader);
  // each dot where dodgeDots put it, in data units
  const drawn = dots.map((d) => ({ ...d, drawX: ix(d.px), drawY: iy(d.py) }));
  const key = (d: (typeof drawn)[number]) => d.key;

  return {
    width,
    height,
    marginTop: margin.top,
    marginRight: margin.right,
    marginBottom: margin.bottom,
    marginLeft: margin.left,
    x: { domain: xDomain, range: xRange, nice: false },
    y: { domain: yDomain, range: yRange, nice: false },
    marks: [
      Plot.gridX({ ticks: 5, stroke: 'var(--rule)', strokeOpacity: 1 }),
      Plot.gridY({ ticks: 5, stroke: 'var(--rule)', strokeOpacity: 1 }),
      Plot.ruleY([REFERENCE_Y], { stroke: 'currentColor', strokeDasharray: '4 3' }),
      Plot.text([String(REFERENCE_Y)], {
        x: xDomain[0],
        y: REFERENCE_Y,
        text: (d: string) => d,
        dx: 3,
        dy: -9,
        textAnchor: 'start',
        fontSize: textSize(width, 12),
      }),
      Plot.axisX({
        ticks: 5,
        tickFormat: (d: number) => `${d}%`,
        label: xLabel,
        labelAnchor: 'right',
        labelOffset: 34,
        fontSize: textSize(width, 12),
      }),
      Plot.axisY({ ticks: 5, label: yLabel, labelAnchor: 'top', labelOffset: 36, fontSize: textSize(width, 12) }),
      Plot.link(leaders, {
        x1: 'fromX',
        y1: 'fromY',
        x2: 'dataX',
        y2: 'dataY',
        stroke: 'var(--muted)',
        strokeWidth: 1,
      }),
      Plot.dot(drawn, { x: 'drawX', y: 'drawY', ...hitAreas(drawn, { r, width, id: key }) }),
      Plot.dot(drawn, {
        x: 'drawX',
        y: 'drawY',
        r,
        fill: 'var(--c1)',
        stroke: 'var(--bg)',
        strokeWidth: 1,
        title: 'tip',
        render: hitTargets(drawn, key),
      }),
      ...(['start', 'end', 'middle'] as const).map((anchor) =>
        Plot.text(
          labels.filter((l) => l.anchor === anchor),
          {
            x: 'dataX',
            y: 'dataY',
            text: 'text',
            textAnchor: anchor,
            fontSize,
            fontVariant: 'tabular-nums',
            fontWeight: 600,
            lineWidth: Infinity,
          },
        ),
      ),
    ],
  };
}
