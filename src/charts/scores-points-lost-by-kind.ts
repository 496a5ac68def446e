/** /scores/: points lost (weight minus score) on every indicator row, summed by kind of indicator. */
import type { PointsLostByKindRow } from '../../contract/tables';
import { data, linesOf } from '../lib/data';
import { formatPercent, formatScore } from '../lib/format';
import { horizontalBars } from '../lib/charts/horizontal-bars';
import type { Locale } from '../lib/i18n';
import { scoresFacts, scoresList, scoresWord as w } from '../lib/pages/scores-facts';
import { renderWideAndNarrow } from '../lib/render-plot';
import { route, scoresAuditLinks } from './scores-common';
import type { ChartDefinition, ChartSpec } from './chart-spec';

const id = 'scores-points-lost-by-kind';

/**
 * The kinds, most points lost first; the points lost in all, the rows that scored above their weight (not
 * netted) and the rows whose cells the report lost, as the pipeline added them up (scores-summary.json).
 */
export function kindLosses(): KindLosses {
  cached ??= computeKindLosses();
  return cached;
}

function computeKindLosses() {
  const kinds = data.pointsLostByKind;
  const whole = data.scoresSummary[0];
  if (!whole) throw new Error('scores-summary.json: no row');
  return {
    kinds: [...kinds].sort((a, b) => b.lost - a.lost || a.kind.localeCompare(b.kind)),
    totalLost: whole.points_lost,
    hasKinds: kinds.length > 0 && whole.points_lost > 0,
    aboveRows: whole.rows_above,
    abovePoints: whole.points_above,
    incompleteRows: whole.rows_incomplete,
  };
}

type KindLosses = ReturnType<typeof computeKindLosses>;
let cached: KindLosses | null = null;

/** A kind's name in `locale`: the funds row and rows without a printed kind get the page's words. */
export function kindName(k: PointsLostByKindRow, locale: Locale): string {
  if (k.kind === 'funds') return w(locale, 'kind.funds');
  if (k.kind === 'unclassified') return w(locale, 'kind.unclassified');
  return (locale === 'zh' ? k.name_zh : k.name_en) ?? k.kind;
}

/** The data table: a row per kind, citing the first line of each row that lost points. */
export function kindTableRows(locale: Locale) {
  return kindLosses().kinds.map((k) => ({
    kind: kindName(k, locale),
    lost: k.lost,
    weight: k.weight,
    rows: k.rows,
    rows_lost: k.rows_lost,
    above: k.above_weight,
    source_lines: k.lost_lines,
  }));
}

function build(locale: Locale): ChartSpec {
  const { kinds, hasKinds, aboveRows, abovePoints, incompleteRows } = kindLosses();
  const { facts, starts } = scoresFacts();
  const bars = kinds.map((k) => ({
    label: kindName(k, locale),
    value: k.lost,
    valueText: formatScore(k.lost, locale),
    tip: w(locale, 'kind.tip', {
      kind: kindName(k, locale),
      lost: formatScore(k.lost, locale),
      rowsLost: k.rows_lost,
      rows: k.rows,
      weight: formatScore(k.weight, locale),
    }),
  }));
  const [worst] = kinds;
  const ariaLabel = w(locale, 'kind.aria');
  return {
    id,
    locale,
    route,
    title:
      worst && hasKinds
        ? w(locale, 'kind.title', {
            kind: kindName(worst, locale),
            lost: formatScore(worst.lost, locale),
            share: formatPercent(worst.share_pct, locale, { digits: 0 }),
          })
        : w(locale, 'kind.titleNone'),
    subtitle: w(locale, 'kind.subtitle', { n: facts.length }),
    ...renderWideAndNarrow((width) => horizontalBars(bars, { width, color: 'var(--c2)' }), { id, ariaLabel }),
    alt: w(locale, 'kind.alt', {
      list: scoresList(
        locale,
        kinds.map((k) => `${kindName(k, locale)} ${formatScore(k.lost, locale)}`),
      ),
      above: aboveRows ? w(locale, 'kind.altAbove', { n: aboveRows, points: formatScore(abovePoints, locale) }) : '',
      incomplete: incompleteRows ? w(locale, 'kind.altIncomplete', { n: incompleteRows }) : '',
    }),
    sourceLines: starts,
    columns: [
      { key: 'kind', label: w(locale, 'col.kind') },
      { key: 'lost', label: w(locale, 'col.lost'), kind: 'points' },
      { key: 'weight', label: w(locale, 'col.weight'), kind: 'points' },
      { key: 'rows', label: w(locale, 'col.rows'), kind: 'number' },
      { key: 'rows_lost', label: w(locale, 'col.rowsLost'), kind: 'number' },
      { key: 'above', label: w(locale, 'col.above'), kind: 'points' },
    ],
    rows: kindTableRows(locale),
    auditLinks: scoresAuditLinks(locale, linesOf(data.indicators), ['indicator-score-within-weight']),
    auditNote:
      aboveRows > 0 || incompleteRows > 0
        ? w(locale, 'kind.note', {
            n: aboveRows,
            points: formatScore(abovePoints, locale),
            incomplete: incompleteRows,
          })
        : undefined,
  };
}

/** The chart, when some kind of indicator lost points. */
export function scoresPointsLostByKindCharts(): ChartDefinition[] {
  return kindLosses().hasKinds ? [{ id, route, build }] : [];
}
