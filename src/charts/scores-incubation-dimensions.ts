/** /scores/: the externally evaluated incubation fund's score against the maximum on each dimension. */
import { bulletBars } from '../lib/charts/project-bullet-bars';
import { data, linesOf } from '../lib/data';
import { formatPercent, printedScore } from '../lib/format';
import type { Locale } from '../lib/i18n';
import { externalName, scoresFacts, scoresList, scoresWord as w } from '../lib/pages/scores-facts';
import { renderWideAndNarrow } from '../lib/render-plot';
import type { IncubationScoreRow } from '../../contract/tables';
import { route, scoresAuditLinks } from './scores-common';
import { figuresOf } from './figure-refs';
import type { ChartDefinition, ChartSpec } from './chart-spec';

const id = 'scores-incubation-dimensions';

type Dimension = IncubationScoreRow & { max_score: number; share_of_max_pct: number };

/** The dimensions with a maximum, in report order (the total left out). */
export function incubationDimensions(): Dimension[] {
  return data.incubationScores.filter(
    (s): s is Dimension => s.dimension !== 'total' && s.max_score !== null && s.share_of_max_pct !== null,
  );
}

const dimName = (d: Dimension, locale: Locale) =>
  locale === 'zh' ? d.dimension_zh : (d.dimension_en ?? d.dimension_zh);
/** The score as a share of the maximum, as the pipeline computed it (incubation-scores.json). */
const shareOf = (d: Dimension) => d.share_of_max_pct;
const shareText = (d: Dimension, locale: Locale) => formatPercent(shareOf(d), locale, { digits: 1 });

/** The data table: a row per dimension, its maximum, score and share of the maximum. */
export function dimensionTableRows(locale: Locale) {
  return incubationDimensions().map((d) => ({
    dimension: dimName(d, locale),
    max: d.max_score,
    score: d.score,
    max_printed: d.max_score_printed,
    score_printed: d.score_printed,
    share: shareOf(d),
    source_lines: d.source_lines,
    figures: figuresOf('incubation-scores', d, { max: 'max_score', score: 'score' }),
  }));
}

function build(locale: Locale): ChartSpec {
  const { incubation } = scoresFacts();
  const dimensions = incubationDimensions();
  const rows = dimensions.map((d) => ({
    key: d.dimension,
    label: dimName(d, locale),
    outer: d.max_score,
    inner: d.score,
    valueText: w(locale, 'inc.value', {
      score: printedScore(d.score_printed, locale),
      max: printedScore(d.max_score_printed, locale),
      share: shareText(d, locale),
    }),
    tip: w(locale, 'inc.tip', {
      dimension: dimName(d, locale),
      score: printedScore(d.score_printed, locale),
      max: printedScore(d.max_score_printed, locale),
      share: shareText(d, locale),
    }),
    outerTip: w(locale, 'inc.tipMax', {
      dimension: dimName(d, locale),
      max: printedScore(d.max_score_printed, locale),
    }),
  }));
  const legend = [
    { label: w(locale, 'legend.max'), symbol: 'outline' as const, color: 'var(--surface)' },
    { label: w(locale, 'legend.score'), symbol: 'square' as const, color: 'var(--c2)' },
  ];
  const byShare = [...dimensions].sort((a, b) => shareOf(a) - shareOf(b));
  const [lowest] = byShare;
  const highest = byShare[byShare.length - 1];
  const lines = linesOf(data.incubationScores);
  const ariaLabel = w(locale, 'inc.aria');
  return {
    id,
    locale,
    route,
    title:
      lowest && highest
        ? w(locale, 'inc.title', {
            low: shareText(lowest, locale),
            high: shareText(highest, locale),
            lowest: dimName(lowest, locale),
          })
        : '',
    subtitle: w(locale, 'inc.subtitle', {
      total: printedScore(incubation?.score_printed, locale),
      fund: externalName(locale),
    }),
    ...renderWideAndNarrow((width) => bulletBars(rows, { width, color: 'var(--c2)', legend }), { id, ariaLabel }),
    alt: w(locale, 'inc.alt', {
      list: scoresList(
        locale,
        dimensions.map(
          (d) =>
            `${dimName(d, locale)} ${printedScore(d.score_printed, locale)} / ${printedScore(d.max_score_printed, locale)}`,
        ),
      ),
      total: printedScore(incubation?.score_printed, locale),
    }),
    sourceLines: lines,
    columns: [
      { key: 'dimension', label: w(locale, 'col.dimension') },
      { key: 'max', label: w(locale, 'col.max'), kind: 'points', printed: 'max_printed' },
      { key: 'score', label: w(locale, 'col.score'), kind: 'points', printed: 'score_printed' },
      { key: 'share', label: w(locale, 'col.share'), kind: 'percent', digits: 1 },
    ],
    rows: dimensionTableRows(locale),
    auditLinks: scoresAuditLinks(locale, lines),
    slide: {
      bars: dimensions.map((d) => ({
        label: dimName(d, locale),
        value: d.score,
        valueText: w(locale, 'inc.slideValue', {
          score: printedScore(d.score_printed, locale, { bare: true }),
          max: printedScore(d.max_score_printed, locale, { bare: true }),
        }),
      })),
      options: { max: Math.max(...dimensions.map((d) => d.max_score)) },
    },
  };
}

/** The chart, when the report scores the incubation fund by dimension. */
export function scoresIncubationDimensionsCharts(): ChartDefinition[] {
  return incubationDimensions().length > 0 ? [{ id, route, build }] : [];
}
