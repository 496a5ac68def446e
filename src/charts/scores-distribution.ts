/** /scores/: every total score as a dot over the evaluation's four bands, the externally evaluated fund marked. */
import { printedScore } from '../lib/format';
import { scoreDistribution, type ScoreDot } from '../lib/charts/score-distribution';
import type { Locale } from '../lib/i18n';
import {
  bandLabel,
  externalName,
  scoresFacts,
  scoresList,
  scoresProjectName as nameOf,
  scoresWord as w,
  totalLine,
} from '../lib/pages/scores-facts';
import { renderWideAndNarrow } from '../lib/render-plot';
import { route, scoresAuditLinks } from './scores-common';
import { SCORE_BANDS } from '../../contract/bands';
import { figuresOf } from './figure-refs';
import { isDisputed } from './disputed';
import type { Column } from '../lib/format-cell';
import type { ChartDefinition, ChartSpec } from './chart-spec';

const id = 'scores-distribution';

/** The dots: the self-evaluations in report order, then the fund. */
export function scoreDots(locale: Locale): ScoreDot[] {
  const { scored, incubation } = scoresFacts();
  return [
    ...scored.map((f) => ({
      key: f.project.slug,
      score: f.project.total_score!,
      external: false,
      tip: w(locale, 'tip.score', {
        name: `${f.number}. ${nameOf(f, locale)}`,
        score: printedScore(f.project.total_score_printed, locale),
        band: bandLabel(locale, f.project.score_band!),
      }),
    })),
    ...(incubation
      ? [
          {
            key: 'incubation',
            score: incubation.score,
            external: true,
            tip: w(locale, 'tip.score', {
              name: externalName(locale),
              score: printedScore(incubation.score_printed, locale),
              band: bandLabel(locale, incubation.score_band!),
            }),
          },
        ]
      : []),
  ];
}

/** The data table: a row per self-evaluation, then the fund. */
export function distributionRows(locale: Locale) {
  const { scored, incubation } = scoresFacts();
  return [
    ...scored.map((f) => ({
      number: f.number,
      name: nameOf(f, locale),
      procedure: w(locale, 'procedure.self'),
      total: f.project.total_score,
      total_printed: f.project.total_score_printed,
      recomputed: f.project.total_score_recomputed,
      figures: figuresOf('projects', f.project, { total: 'total_score', recomputed: 'total_score' }),
      recomputedColumns: ['recomputed'],
      band: bandLabel(locale, f.project.score_band!),
      source_lines: [totalLine(f)],
    })),
    ...(incubation
      ? [
          {
            number: null,
            name: externalName(locale),
            procedure: w(locale, 'procedure.external'),
            total: incubation.score,
            total_printed: incubation.score_printed,
            recomputed: null,
            band: bandLabel(locale, incubation.score_band!),
            source_lines: incubation.source_lines,
            figures: figuresOf('incubation-scores', incubation, { total: 'score' }),
          },
        ]
      : []),
  ];
}

/** The data table's columns: number, project, procedure, total as printed and recomputed, band. */
function distributionColumns(locale: Locale): Column[] {
  return [
    { key: 'number', label: w(locale, 'col.number'), kind: 'number' },
    { key: 'name', label: w(locale, 'col.project') },
    { key: 'procedure', label: w(locale, 'col.procedure') },
    { key: 'total', label: w(locale, 'col.total'), kind: 'points', printed: 'total_printed' },
    { key: 'recomputed', label: w(locale, 'col.recomputed'), kind: 'points' },
    { key: 'band', label: w(locale, 'col.band') },
  ];
}

function build(locale: Locale): ChartSpec {
  const f = scoresFacts();
  const { scored, incubation, minScore, totalLines: lines } = f;
  // a dot whose score the audit disputes carries "≠" (src/charts/disputed.ts); dots and table rows share an order
  const table = distributionRows(locale);
  const shown = distributionColumns(locale)
    .slice(1)
    .map((c) => c.key);
  const dots = scoreDots(locale).map((d, i) => ({ ...d, disputed: isDisputed(table[i]!, shown) }));
  // the contract's bands, lowest first; the scale starts at 50 unless a score is lower, and ends at 100
  const bands = [...SCORE_BANDS].reverse().map((band, i, up) => ({
    from: Number.isFinite(band.min) ? band.min : Math.min(50, Math.floor(minScore / 10) * 10),
    to: up[i + 1]?.min ?? 100,
    label: w(locale, `bandShort.${band.band}`),
  }));
  const legend = { self: w(locale, 'legend.self', { n: scored.length }), external: w(locale, 'legend.external') };
  const ariaLabel = w(locale, 'dist.aria');
  return {
    id,
    locale,
    route,
    title: w(locale, f.below75 === 0 ? 'dist.title' : 'dist.titleLow', {
      n: dots.length,
      top: f.topCount,
      min: printedScore(f.minScorePrinted, locale),
    }),
    subtitle: w(locale, 'dist.subtitle'),
    ...renderWideAndNarrow((width) => scoreDistribution(dots, { bands, width, legend }), { id, ariaLabel }),
    alt: w(locale, 'dist.alt', {
      n: dots.length,
      min: printedScore(f.minScorePrinted, locale),
      max: printedScore(f.maxScorePrinted, locale),
      top: f.topCount,
      tie: f.modeCount,
      mode: printedScore(f.modeScorePrinted, locale),
      mid: f.midCount,
      midList: scoresList(locale, [
        ...f.midFacts.map((m) => `${nameOf(m, locale)} ${printedScore(m.project.total_score_printed, locale)}`),
        ...(incubation && f.incubationMid
          ? [`${externalName(locale)} ${printedScore(incubation.score_printed, locale)}`]
          : []),
      ]),
      external: printedScore(incubation?.score_printed, locale),
      low:
        f.below75 === 0
          ? w(locale, 'dist.lowNone')
          : w(locale, 'dist.lowSome', { n60: f.printedCounts['60-75'], n0: f.printedCounts['<60'] }),
    }),
    sourceLines: lines,
    columns: distributionColumns(locale),
    rows: table,
    auditLinks: scoresAuditLinks(locale, lines, ['project-total-score']),
  };
}

/** The chart, when the report has any total score. */
export function scoresDistributionCharts(): ChartDefinition[] {
  return scoresFacts().hasScores ? [{ id, route, build }] : [];
}
