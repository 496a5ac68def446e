/** /scores/: total score against execution rate, one numbered point per self-evaluation, with a key to the numbers. */
import { formatRate, printedScore } from '../lib/format';
import { scoreScatter, type ScatterPoint } from '../lib/charts/score-scatter';
import { data, linesOf } from '../lib/data';
import { localePath, type Locale } from '../lib/i18n';
import { scoresFacts, scoresProjectName as nameOf, scoresWord as w } from '../lib/pages/scores-facts';
import { renderWideAndNarrow } from '../lib/render-plot';
import { route, scoresAuditLinks } from './scores-common';
import { figuresOf } from './figure-refs';
import { isDisputed } from './disputed';
import type { Column } from '../lib/format-cell';
import type { ChartDefinition, ChartKey, ChartSpec } from './chart-spec';

const id = 'scores-vs-execution';

/** The points: the self-evaluations with an execution rate, labelled by their number. */
export function scatterPoints(locale: Locale): ScatterPoint[] {
  return scoresFacts().withRate.map((f) => ({
    key: String(f.number),
    x: f.rate!,
    y: f.project.total_score!,
    tip: w(locale, 'tip.point', {
      number: f.number,
      name: nameOf(f, locale),
      rate: formatRate(f.rate, locale),
      score: printedScore(f.project.total_score_printed, locale),
    }),
  }));
}

/** The key to the numbered points: every scored project, its page, its rate and score. */
export function scatterKey(locale: Locale): ChartKey {
  return {
    heading: w(locale, 'scatter.key'),
    items: scoresFacts().scored.map((f) => ({
      value: f.number,
      name: nameOf(f, locale),
      href: localePath(locale, `/projects/${f.project.slug}/`),
      figures: w(locale, 'scatter.keyItem', {
        rate: formatRate(f.rate, locale),
        score: printedScore(f.project.total_score_printed, locale),
      }),
    })),
  };
}

/** Among the points: the lowest score, the lowest rate, and the projects that spent their whole budget. */
export function scatterExtremes() {
  const { withRate } = scoresFacts();
  return {
    lowScore: [...withRate].sort((a, b) => a.project.total_score! - b.project.total_score!)[0],
    lowRate: [...withRate].sort((a, b) => a.rate! - b.rate!)[0],
    fullSpent: withRate.filter((f) => f.rate! >= 100),
  };
}

function scatterAlt(locale: Locale): string {
  const { withRate } = scoresFacts();
  const { lowScore, lowRate, fullSpent } = scatterExtremes();
  if (!lowScore || !lowRate) return '';
  // the lowest and highest printed totals of those that spent their whole budget
  const byScore = [...fullSpent].sort((a, b) => a.project.total_score! - b.project.total_score!);
  const [fullLow, fullHigh] = [byScore[0], byScore[byScore.length - 1]];
  return w(locale, 'scatter.alt', {
    n: withRate.length,
    lowName: nameOf(lowScore, locale),
    lowScore: printedScore(lowScore.project.total_score_printed, locale),
    lowRate: formatRate(lowScore.rate, locale),
    rateName: nameOf(lowRate, locale),
    rateLow: formatRate(lowRate.rate, locale),
    rateScore: printedScore(lowRate.project.total_score_printed, locale),
    full: fullSpent.length,
    fullMin: printedScore(fullLow?.project.total_score_printed, locale),
    fullMax: printedScore(fullHigh?.project.total_score_printed, locale),
  });
}

function build(locale: Locale): ChartSpec {
  const { scored, starts } = scoresFacts();
  const { lowScore } = scatterExtremes();
  const columns: Column[] = [
    { key: 'number', label: w(locale, 'col.number'), kind: 'number' },
    { key: 'name', label: w(locale, 'col.project') },
    { key: 'rate', label: w(locale, 'col.rate'), kind: 'percent' },
    { key: 'total', label: w(locale, 'col.total'), kind: 'points', printed: 'total_printed' },
  ];
  const rows = scored.map((f) => ({
    number: f.number,
    name: nameOf(f, locale),
    rate: f.rate,
    total: f.project.total_score,
    total_printed: f.project.total_score_printed,
    source_lines: f.project.source_lines,
    figures: figuresOf('projects', f.project, { rate: 'exec_rate_pct', total: 'total_score' }),
  }));
  // a point whose rate or score the audit disputes is labelled "≠" (src/charts/disputed.ts)
  const shown = columns.slice(1).map((c) => c.key);
  const disputedNumbers = new Set(rows.filter((r) => isDisputed(r, shown)).map((r) => String(r.number)));
  const points = scatterPoints(locale).map((p) => ({ ...p, disputed: disputedNumbers.has(p.key) }));
  const options = { xLabel: w(locale, 'scatter.x'), yLabel: w(locale, 'scatter.y') };
  const ariaLabel = w(locale, 'scatter.aria');
  return {
    id,
    locale,
    route,
    title: lowScore ? w(locale, 'scatter.title', { lowRate: formatRate(lowScore.rate, locale) }) : '',
    subtitle: w(locale, 'scatter.subtitle'),
    ...renderWideAndNarrow((width) => scoreScatter(points, { ...options, width }), { id, ariaLabel }),
    alt: scatterAlt(locale),
    sourceLines: starts,
    columns,
    rows,
    auditLinks: scoresAuditLinks(locale, linesOf(data.projects), ['project-exec-rate', 'project-total-score']),
    key: scatterKey(locale),
  };
}

/** The chart, when a scored project has an execution rate. */
export function scoresVsExecutionCharts(): ChartDefinition[] {
  return scoresFacts().withRate.length > 0 ? [{ id, route, build }] : [];
}
