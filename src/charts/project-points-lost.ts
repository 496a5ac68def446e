/**
 * /projects/<slug>/: the points each row of one table lost, the funds row first, on an x scale shared by every
 * project page. One chart per table, `project-<slug>-points-lost`.
 */
import { words } from '../lib/words/projects';
import { formatScore, printedScore } from '../lib/format';
import { indicatorNameEn } from '../lib/translations';
import { LABEL, clipText } from '../lib/text-measure';
import type { ProjectFacts } from '../lib/project-facts';
import { projectPointsLost, type PointsLostRow } from '../lib/charts/project-points-lost';
import { data } from '../lib/data';
import { t, type Locale } from '../lib/i18n';
import { factsOf } from '../lib/pages/project-detail-facts';
import { nameOf } from '../lib/pages/projects-facts';
import { renderWideAndNarrow } from '../lib/render-plot';
import type { IndicatorRow } from '../../contract/tables';
import type { FigureRef } from '../../contract/files';
import { figuresOf } from './figure-refs';
import { disputeLabel, isDisputed } from './disputed';
import type { Column } from '../lib/format-cell';
import type { ChartDefinition, ChartSpec } from './chart-spec';
import { projectAuditLinks } from './project-audit-links';

/** The id of the chart of the table `slug`. */
export function projectPointsLostId(slug: string): string {
  return `project-${slug}-points-lost`;
}

export type PointsLostChartRow = PointsLostRow & {
  weight: number | null;
  score: number | null;
  /** the weight and the score as printed */
  weight_printed: string | null;
  score_printed: string | null;
  /** how the title names the row */
  titleName: string;
  source_lines: readonly number[];
  /** the figures the row shows (figure-refs.ts) */
  figures: Record<string, FigureRef>;
};

/** The chart's rows: the funds row (when the table prints its weight and score), then every indicator row. */
export function pointsLostRows(facts: ProjectFacts, locale: Locale): PointsLostChartRow[] {
  const w = (key: Parameters<typeof words>[1], params?: Record<string, string | number>) => words(locale, key, params);
  const { project: p, indicators } = facts;
  const kindOf = (row: IndicatorRow) => row.level2_en ?? row.level1_en ?? '';
  const rowLabel = (row: IndicatorRow) => {
    if (locale === 'zh')
      return row.name_zh
        ? w('lost.label', { row: row.row, name: row.name_zh, kind: '' })
        : w('lost.labelMissing', { row: row.row });
    return kindOf(row)
      ? w('lost.label', { row: row.row, name: row.name_zh ?? '', kind: kindOf(row) })
      : w('lost.labelMissing', { row: row.row });
  };
  const tipLabel = (row: IndicatorRow) =>
    locale === 'zh'
      ? w('lost.tipLabel', { row: row.row, name: row.name_zh ?? '—', kind: '' })
      : w('lost.tipLabel', {
          row: row.row,
          name: row.name_zh ? indicatorNameEn(row.name_zh) : '—',
          kind: kindOf(row) || '—',
        });
  const lostText = (lost: number | null) =>
    lost === null
      ? w('lost.incomplete')
      : lost < 0
        ? w('lost.above', { points: formatScore(-lost, locale) })
        : formatScore(lost, locale);
  // the points the funds row lost, as the pipeline computed them (projects.funds_points_lost)
  const fundsLost = p.funds_points_lost;
  return [
    ...(fundsLost === null
      ? []
      : [
          {
            key: 'funds',
            label: w('lost.funds'),
            lost: fundsLost,
            valueText: lostText(fundsLost),
            tip: w('lost.tip', {
              label: w('lost.funds'),
              weight: printedScore(p.funds_weight_printed, locale),
              score: printedScore(p.funds_score_printed, locale),
              lost: formatScore(fundsLost, locale),
            }),
            weight: p.funds_weight,
            score: p.funds_score,
            weight_printed: p.funds_weight_printed,
            score_printed: p.funds_score_printed,
            titleName: w('lost.titleFunds'),
            source_lines: p.source_lines,
            figures: figuresOf('projects', p, { weight: 'funds_weight', score: 'funds_score' }),
          },
        ]),
    ...indicators.map((row) => ({
      key: String(row.row),
      label: rowLabel(row),
      lost: row.points_lost,
      valueText: lostText(row.points_lost),
      tip:
        row.points_lost === null
          ? w('lost.tipIncomplete', { label: tipLabel(row) })
          : w('lost.tip', {
              label: tipLabel(row),
              weight: printedScore(row.weight_printed, locale),
              score: printedScore(row.score_printed, locale),
              lost: formatScore(row.points_lost, locale),
            }),
      weight: row.weight,
      score: row.score,
      weight_printed: row.weight_printed,
      score_printed: row.score_printed,
      figures: figuresOf('indicators', row, { weight: 'weight', score: 'score' }),
      titleName: w('lost.titleRow', {
        row: row.row,
        name: clipText(row.name_zh ?? '—', 14, 1, { metrics: LABEL }),
        kind: (kindOf(row) || '—').toLowerCase(),
      }),
      source_lines: row.source_lines,
    })),
  ];
}

/** The most points any row of any table lost: the end of the x scale every project page shares. */
export function pointsLostMax(): number {
  return Math.max(
    ...data.indicators.map((i) => i.points_lost ?? 0),
    ...data.projects.map((q) => (q.funds_weight ?? 0) - (q.funds_score ?? q.funds_weight ?? 0)),
  );
}

function build(slug: string, locale: Locale): ChartSpec {
  const w = (key: Parameters<typeof words>[1], params?: Record<string, string | number>) => words(locale, key, params);
  const id = projectPointsLostId(slug);
  const separator = t(locale, 'chart.listSeparator');
  const facts = factsOf(slug);
  const columns: Column[] = [
    { key: 'label', label: w('ind.name') },
    { key: 'weight', label: w('ind.weight'), kind: 'points', printed: 'weight_printed' },
    { key: 'score', label: w('ind.score'), kind: 'points', printed: 'score_printed' },
    { key: 'lost', label: w('ind.lost'), kind: 'points' },
  ];
  const tableRows = pointsLostRows(facts, locale).map((r) => ({
    row: r,
    table: {
      label: r.label,
      weight: r.weight,
      score: r.score,
      weight_printed: r.weight_printed,
      score_printed: r.score_printed,
      lost: r.lost,
      source_lines: r.source_lines,
      figures: r.figures,
    },
  }));
  // a row showing a figure the audit disputes carries "≠" on its bar's line (src/charts/disputed.ts)
  const shown = columns.slice(1).map((c) => c.key);
  const lostRows = tableRows.map(({ row, table }) => ({ ...row, disputed: isDisputed(table, shown) }));
  const dispute = disputeLabel(locale);
  const max = pointsLostMax();
  const losing = lostRows.filter((r) => (r.lost ?? 0) > 0);
  const worst = [...losing].sort((a, b) => b.lost! - a.lost!)[0];
  const tied = losing.filter((r) => r.lost === worst?.lost);
  const title = !worst
    ? w('lost.title.none')
    : losing.length === 1
      ? w('lost.title.one', { row: worst.titleName, lost: formatScore(worst.lost, locale) })
      : tied.length > 1 && tied.length <= 3
        ? w('lost.title.tie', {
            count: losing.length,
            rows: tied.map((r) => r.titleName).join(separator),
            lost: formatScore(worst.lost, locale),
          })
        : w('lost.title.many', { count: losing.length, row: worst.titleName, lost: formatScore(worst.lost, locale) });
  const above = lostRows.filter((r) => (r.lost ?? 0) < 0);
  const incomplete = lostRows.filter((r) => r.lost === null);
  const legend = [
    { label: w('legend.lost'), symbol: 'square' as const, color: 'var(--c2)' },
    ...(above.length ? [{ label: w('legend.above'), symbol: 'square' as const, color: 'var(--c4)' }] : []),
  ];
  const ariaLabel = w('lost.aria');
  return {
    id,
    locale,
    route: `/projects/${slug}/`,
    title,
    subtitle: w('lost.subtitle'),
    ...renderWideAndNarrow((width) => projectPointsLost(lostRows, { width, max, legend, dispute }), { id, ariaLabel }),
    alt: w('lost.alt', {
      name: nameOf(facts, locale),
      summary: [
        losing.length
          ? w('lost.altRows', { list: losing.map((r) => `${r.label} ${r.valueText}`).join(separator) })
          : w('lost.altNone'),
        above.length ? w('lost.altAbove', { n: above.length }) : '',
        incomplete.length ? w('lost.altIncomplete', { n: incomplete.length }) : '',
      ]
        .filter(Boolean)
        .join(' '),
    }),
    // cite the first line of each row; the data table gives every row's lines
    sourceLines: [...new Set(lostRows.flatMap((r) => r.source_lines.slice(0, 1)))].sort((a, b) => a - b),
    columns,
    rows: tableRows.map((r) => r.table),
    auditLinks: projectAuditLinks(locale, [...new Set(lostRows.flatMap((r) => r.source_lines))]),
  };
}

/** A chart per self-evaluation table, in report order, each on its table's page. */
export function projectPointsLostCharts(): ChartDefinition[] {
  return data.projects.map((p) => ({
    id: projectPointsLostId(p.slug),
    route: `/projects/${p.slug}/`,
    build: (locale: Locale) => build(p.slug, locale),
  }));
}
