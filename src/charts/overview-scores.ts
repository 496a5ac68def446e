/** /: the evaluated projects by score band, the incubation fund included (it leads to /scores/). */
import { data } from '../lib/data';
import { formatNumber } from '../lib/format';
import type { Locale } from '../lib/i18n';
import { overviewFacts } from '../lib/pages/overview-facts';
import { overviewWords as w } from '../lib/words/overview';
import type { ChartDefinition, ChartSpec } from './chart-spec';
import { overviewBars, overviewRoute } from './overview-bars';

const id = 'overview-scores';

/**
 * The data table's rows: each band, highest first, its count, and each score's own line (a table's total, its
 * last line, and the incubation fund's score sentence).
 */
export function overviewScoresRows(locale: Locale) {
  return overviewFacts().bands.map((b) => ({
    band: w(locale, `band.${b.band}` as 'band.90+'),
    count: b.count,
    source_lines: b.scoreLines,
  }));
}

function build(locale: Locale): ChartSpec {
  const rows = overviewScoresRows(locale);
  const [top] = rows;
  if (!top) throw new Error(`${id}: no score bands`);
  // every printed total, and those below 75 (the 60–75 and below-60 bands), as the pipeline counted them
  const { scoredCount: total, below75: low } = overviewFacts();
  const selfScored = data.scoresSummary[0]!.self_scores;
  const bars = rows.map((b) => ({
    label: b.band,
    value: b.count,
    valueText: formatNumber(b.count, locale),
    tip: `${b.band}: ${formatNumber(b.count, locale)}`,
  }));
  return {
    ...overviewBars(id, locale, bars, rows),
    title: w(locale, low === 0 ? 'chart.scores.title' : 'chart.scores.titleLow', {
      band90: formatNumber(top.count, locale),
      total: formatNumber(total, locale),
      low: formatNumber(low, locale),
    }),
    // what the bars count: the self-evaluation tables' total scores and the fund's external evaluation
    subtitle: w(locale, 'chart.scores.subtitle', { self: formatNumber(selfScored, locale) }),
    alt: w(locale, 'chart.scores.alt'),
    columns: [
      { key: 'band', label: w(locale, 'col.band') },
      { key: 'count', label: w(locale, 'col.count'), kind: 'number' },
    ],
  };
}

export const overviewScoresChart: ChartDefinition = { id, route: overviewRoute, build };
