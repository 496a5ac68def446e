/**
 * Chart spec: every evaluated project's total score as a dot on one axis, stacked where scores crowd
 * (dodge), over the evaluation's bands (< 60, 60–75, 75–90, ≥ 90) shaded in turn and named above. Projects
 * scored by an outside evaluator get a second colour and shape.
 */
import * as Plot from '@observablehq/plot';
import { LABEL, textWidth } from '../text-measure';
import { hitAreas, hitTargets } from './hit-area';
import { textSize } from './narrow';
import { legend, type LegendItem } from './project-legend';

export interface ScoreDot {
  /** stable key */
  key: string;
  /** the total score in points */
  score: number;
  /** evaluated by an outside evaluator rather than self-evaluated */
  external: boolean;
  /** the dot's tooltip */
  tip: string;
  /** the score is disputed by the audit: the dot carries "≠" (src/charts/disputed.ts) */
  disputed?: boolean;
}

export interface ScoreBandSpan {
  /** lower bound, included */
  from: number;
  /** upper bound */
  to: number;
  /** the band's name above it, e.g. `≥ 90` */
  label: string;
}

export interface DistributionOptions {
  /** [width=640] the SVG's width in px; render NARROW_WIDTH (narrow.ts) for phones */
  width?: number;
  /** the bands, in any order; their extent is the x scale's domain */
  bands: readonly ScoreBandSpan[];
  /** names for the two kinds of dot, drawn as a legend above the bands */
  legend?: { self: string; external: string };
}

/**
 * Plot options for the dots; the height grows to fit the tallest stack.
 * @example renderPlot(scoreDistribution(dots, { bands }), { id: 'scores-distribution', ariaLabel })
 */
export function scoreDistribution(
  dots: readonly ScoreDot[],
  { width = 640, bands, legend: names }: DistributionOptions,
): Plot.PlotOptions {
  if (dots.length === 0) throw new Error('scoreDistribution: no dots');
  if (bands.length === 0) throw new Error('scoreDistribution: no bands');
  const ordered = [...bands].sort((a, b) => a.from - b.from);
  const low = ordered[0]!.from;
  const high = ordered[ordered.length - 1]!.to;
  for (const dot of dots) {
    if (!Number.isFinite(dot.score) || dot.score < low || dot.score > high) {
      throw new Error(`scoreDistribution: score ${dot.score} of ${dot.key} is outside the bands ${low}–${high}`);
    }
  }
  const radius = width < 480 ? 6 : 7; // the dots' radius
  const dotKey = (d: ScoreDot) => d.key;
  const marginLeft = 12;
  const marginRight = 14;
  const fontSize = 13;
  // the tallest stack: dots closer than a diameter pile up
  const pxPerPoint = (width - marginLeft - marginRight) / (high - low);
  const sorted = dots.map((d) => d.score).sort((a, b) => a - b);
  let tallest = 1;
  for (let i = 0; i < sorted.length; i++) {
    const near = sorted.filter((s) => Math.abs(s - sorted[i]!) * pxPerPoint < radius * 2 + 1).length;
    tallest = Math.max(tallest, near);
  }
  const stack = tallest * (radius * 2 + 1) + 8;
  const items: LegendItem[] = names
    ? [
        { label: names.self, symbol: 'circle', color: 'var(--c1)' },
        { label: names.external, symbol: 'diamond', color: 'var(--c2)' },
      ]
    : [];
  const key = items.length ? legend(items, { width }) : undefined;
  const marginTop = 30 + (key ? key.height + 4 : 0);
  const marginBottom = 28;
  const shaded = ordered.filter((_, i) => i % 2 === ordered.length % 2);
  const fits = (b: ScoreBandSpan) => textWidth(b.label, fontSize, LABEL) <= (b.to - b.from) * pxPerPoint - 4;
  /** the dodge that places the dots, their hit areas and their marks: by score, stacked up from the axis */
  const dodge = <T extends object>(options: T) => Plot.dodgeY({ x: 'score', anchor: 'bottom', padding: 1, ...options });
  return {
    width,
    height: marginTop + Math.max(80, stack) + marginBottom,
    marginTop,
    marginBottom,
    marginLeft,
    marginRight,
    x: { domain: [low, high], nice: false },
    color: { domain: ['self', 'external'], range: ['var(--c1)', 'var(--c2)'] },
    symbol: { domain: ['self', 'external'], range: ['circle', 'diamond'] },
    marks: [
      ...(key?.marks(marginTop, marginLeft) ?? []),
      Plot.rect(shaded, { x1: 'from', x2: 'to', fill: 'var(--surface)' }),
      Plot.ruleX(ordered.slice(1), { x: 'from', stroke: 'var(--rule)' }),
      Plot.text(ordered, {
        x: (b: ScoreBandSpan) => (b.from + b.to) / 2,
        text: (b: ScoreBandSpan) => (fits(b) ? b.label : ''),
        frameAnchor: 'top',
        dy: -15,
        fontSize,
        fontWeight: 600,
      }),
      Plot.axisX({
        ticks: [...new Set(ordered.flatMap((b) => [b.from, b.to]))],
        tickFormat: (d: number) => String(d),
        label: null,
        fontSize: textSize(width, 12),
        tickSize: 5,
      }),
      // each dot's hit area (at least 44 px across), under the dots; the dots; a "≠" on a disputed score's dot (the
      // text alternative says what it means): all placed by one dodge, so they stay on one another
      Plot.dot(dots, dodge(hitAreas(dots, { r: radius, width, id: dotKey }))),
      Plot.dot(
        dots,
        dodge({
          r: radius,
          fill: (d: ScoreDot) => (d.external ? 'external' : 'self'),
          symbol: (d: ScoreDot) => (d.external ? 'external' : 'self'),
          stroke: 'var(--bg)',
          strokeWidth: 1,
          title: 'tip',
          render: hitTargets(dots, dotKey),
        }),
      ),
      ...(dots.some((d) => d.disputed)
        ? [
            Plot.text(
              dots,
              dodge({
                r: radius,
                text: (d: ScoreDot) => (d.disputed ? '≠' : ''),
                fontSize: textSize(width, radius * 2),
                fontWeight: 700,
                fill: 'var(--bg)',
                pointerEvents: 'none',
                className: 'chart-dispute-mark',
              }),
            ),
          ]
        : []),
    ],
  };
}
