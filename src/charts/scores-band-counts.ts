/** /scores/: projects per band counted three ways — the report's summary, the printed totals, the recomputed ones. */
import { groupedBars, type GroupedBarCell, type GroupedBarsOptions } from '../lib/charts/grouped-bars';
import { formatNumber, formatScore, printedScore } from '../lib/format';
import { t, type Locale } from '../lib/i18n';
import {
  bandLabel,
  scoresFacts,
  scoresList,
  scoresProjectName as nameOf,
  scoresWord as w,
} from '../lib/pages/scores-facts';
import { renderWideAndNarrow } from '../lib/render-plot';
import { BANDS, type ScoreBand } from '../../contract/bands';
import { route, scoresAuditLinks } from './scores-common';
import type { ChartDefinition, ChartSpec } from './chart-spec';

const id = 'scores-band-counts';

type Counts = Record<ScoreBand, number>;

/** Every band has a row per way of counting, 0 included, beside one rule at 0; the count's room is fixed. */
export const bandLayout = {
  chart: id,
  headings: 'line',
  zeros: 'show',
  countRoom: 28,
  groupGap: 8,
  bottom: 8,
} as const satisfies Partial<GroupedBarsOptions>;

function counts(): Record<'report' | 'printed' | 'recomputed', Counts> {
  const f = scoresFacts();
  return { report: f.reportCounts, printed: f.printedCounts, recomputed: f.recomputedCounts };
}

/** The three ways of counting, in the order of the bars in each band. */
export function bandSeries(locale: Locale) {
  return [
    { key: 'report', label: w(locale, 'series.report'), color: 'var(--c-neutral)' },
    { key: 'printed', label: w(locale, 'series.printed'), color: 'var(--c1)' },
    { key: 'recomputed', label: w(locale, 'series.recomputed'), color: 'var(--c3)' },
  ] as const;
}

/** The bars: a count per band and way of counting. */
export function bandCountRows(locale: Locale): GroupedBarCell[] {
  const countsBy = counts();
  return BANDS.flatMap((b) =>
    bandSeries(locale).map((s) => ({
      group: b,
      series: s.key,
      count: countsBy[s.key][b],
      tip: w(locale, 'tip.count', { band: bandLabel(locale, b), series: s.label, count: countsBy[s.key][b] }),
    })),
  );
}

/** The data table: a row per band, a column per way of counting, each citing the report's summary. */
export function bandCountTableRows(locale: Locale) {
  const { report, printed, recomputed } = counts();
  const { summaryLines } = scoresFacts();
  return BANDS.map((b) => ({
    band: bandLabel(locale, b),
    report: report[b],
    printed: printed[b],
    recomputed: recomputed[b],
    source_lines: summaryLines,
  }));
}

function build(locale: Locale): ChartSpec {
  const f = scoresFacts();
  const { reportCounts, recomputedCounts, moved, bandsLines: lines } = f;
  const series = bandSeries(locale);
  const bands = BANDS.map((b) => ({ key: b, label: bandLabel(locale, b) }));
  const rows = bandCountRows(locale);
  const ariaLabel = w(locale, 'bands.aria');
  return {
    id,
    locale,
    route,
    title:
      moved.length && f.bandsMatch ? w(locale, 'bands.title', { moved: moved.length }) : w(locale, 'bands.titleSame'),
    subtitle: w(locale, 'bands.subtitle', { line: f.summaryLines.join(t(locale, 'chart.listSeparator')) || '—' }),
    ...renderWideAndNarrow((width) => groupedBars(rows, { ...bandLayout, width, groups: bands, series }), {
      id,
      ariaLabel,
    }),
    alt: w(locale, 'bands.alt', {
      r90: reportCounts['90+'],
      r75: reportCounts['75-90'],
      r60: reportCounts['60-75'],
      r0: reportCounts['<60'],
      c90: recomputedCounts['90+'],
      c75: recomputedCounts['75-90'],
      c60: recomputedCounts['60-75'],
      c0: recomputedCounts['<60'],
      moved: moved.length
        ? w(locale, 'bands.altMoved', {
            list: scoresList(
              locale,
              moved.map(
                (m) =>
                  `${nameOf(m, locale)}${locale === 'zh' ? '（' : ' ('}${printedScore(m.project.total_score_printed, locale)} → ${formatScore(m.project.total_score_recomputed, locale)}${locale === 'zh' ? '）' : ')'}`,
              ),
            ),
          })
        : '',
    }),
    sourceLines: lines,
    // a column per way of counting, named as its bars are
    columns: [
      { key: 'band', label: w(locale, 'col.band') },
      ...series.map(({ key, label }) => ({ key, label, kind: 'number' as const })),
    ],
    rows: bandCountTableRows(locale),
    auditLinks: scoresAuditLinks(locale, lines, ['project-total-score', 'evaluation-bands']),
    // a moved project whose funds row is lost: its recomputed total is incomplete
    auditNote: moved.some((m) => m.project.funds_score === null) ? w(locale, 'bands.note') : undefined,
    // on a slide: the projects per band by their printed totals
    slide: {
      bars: BANDS.map((b) => ({
        label: bandLabel(locale, b),
        value: f.printedCounts[b],
        valueText: formatNumber(f.printedCounts[b], locale),
      })),
    },
  };
}

/** The chart, when the report has scores and its summary of them by band. */
export function scoresBandCountsCharts(): ChartDefinition[] {
  const { hasScores, hasSummary } = scoresFacts();
  return hasScores && hasSummary ? [{ id, route, build }] : [];
}
