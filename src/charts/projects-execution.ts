/**
 * /projects/: each table's execution rate against 100 %, lowest first so that the shortfalls lead, with the
 * printed rate beside it where the audit questions it. Listed only when some table has a rate.
 */
import { words } from '../lib/words/projects';
import { projectExecution, type ExecutionRow } from '../lib/charts/project-execution';
import { tableStarts } from '../lib/project-facts';
import { data, linesOf } from '../lib/data';
import { formatAmount, formatPercent, formatRate, printedRate } from '../lib/format';
import { t, type Locale } from '../lib/i18n';
import { nameOf, printedDiffers, projectsPage, type ProjectsPageFacts } from '../lib/pages/projects-facts';
import { renderWideAndNarrow } from '../lib/render-plot';
import { figuresOf } from './figure-refs';
import { disputeLabel, isDisputed } from './disputed';
import type { ChartDefinition, ChartSpec } from './chart-spec';
import { projectAuditLinks } from './project-audit-links';
import { projectsColumns, projectsTableRow } from './projects-table';

const id = 'projects-execution';
const route = '/projects/';

/** The chart's bars: every table with a rate, lowest rate first. */
export function executionRows(page: ProjectsPageFacts, locale: Locale): ExecutionRow[] {
  const w = (key: Parameters<typeof words>[1], params?: Record<string, string | number>) => words(locale, key, params);
  return page.byRate.map((f) => ({
    key: f.project.slug,
    label: nameOf(f, locale),
    rate: f.rate!,
    printed: printedDiffers(f) ? f.ratePrinted : null,
    shortfall: f.shortfall,
    valueText: formatRate(f.rate, locale),
    tip: w('tip.rate', {
      name: nameOf(f, locale),
      rate: formatRate(f.rate, locale),
      executed: formatAmount(f.project.executed_wan, locale),
      budget: formatAmount(f.project.budget_wan, locale),
    }),
    printedTip: w('tip.printed', {
      name: nameOf(f, locale),
      printed: printedRate(f.project, locale),
      rate: formatRate(f.rate, locale),
    }),
  }));
}

function build(locale: Locale): ChartSpec {
  const w = (key: Parameters<typeof words>[1], params?: Record<string, string | number>) => words(locale, key, params);
  const page = projectsPage();
  const { facts, shortfalls, byRate, lowest, mismatched } = page;
  if (!lowest) throw new Error(`${id}: no table has an execution rate`);
  const list = (items: string[]) => items.join(t(locale, 'chart.listSeparator'));
  const columns = projectsColumns(locale, [
    { key: 'rate', label: w('col.rate'), kind: 'percent' },
    { key: 'rate_printed', label: w('col.ratePrinted') },
  ]);
  const tableRows = facts.map((f) => ({
    ...projectsTableRow(f, locale),
    recomputedColumns: ['rate'],
    figures: {
      ...projectsTableRow(f, locale).figures,
      ...figuresOf('projects', f.project, { rate: 'exec_rate_pct', rate_printed: 'exec_rate_pct' }),
    },
    rate: f.rate,
    rate_printed: f.project.exec_rate_printed ?? null,
    total_score: f.project.total_score,
    source_lines: f.project.source_lines,
  }));
  // a bar whose project shows a figure the audit disputes carries "≠" on its line (src/charts/disputed.ts)
  const shown = columns.slice(1).map((c) => c.key);
  const disputedSlugs = new Set(facts.filter((_, i) => isDisputed(tableRows[i]!, shown)).map((f) => f.project.slug));
  const rows = executionRows(page, locale).map((r) => ({ ...r, disputed: disputedSlugs.has(r.key) }));
  const dispute = disputeLabel(locale);
  const legend = [
    { label: w('legend.full'), symbol: 'square' as const, color: 'var(--c1)' },
    { label: w('legend.short'), symbol: 'square' as const, color: 'var(--c2)' },
    ...(mismatched.length ? [{ label: w('legend.printed'), symbol: 'ring' as const, color: 'var(--bg)' }] : []),
  ];
  const ariaLabel = w('chart.execution.aria');
  return {
    id,
    locale,
    route,
    title: shortfalls.length
      ? w('chart.execution.title', {
          short: shortfalls.length,
          lowest: nameOf(lowest, locale),
          lowestRate: formatRate(lowest.rate, locale),
        })
      : w('chart.execution.titleNone', { n: facts.length }),
    subtitle: w('chart.execution.subtitle'),
    ...renderWideAndNarrow((width) => projectExecution(rows, { width, legend, dispute }), { id, ariaLabel }),
    alt: w('chart.execution.alt', {
      n: facts.length,
      short: shortfalls.length,
      full: facts.length - shortfalls.length,
      list: list(byRate.filter((f) => f.shortfall).map((f) => `${nameOf(f, locale)} ${formatRate(f.rate, locale)}`)),
      printed: mismatched
        .filter(printedDiffers)
        .map((f) =>
          w('chart.execution.altPrinted', {
            name: nameOf(f, locale),
            printed: printedRate(f.project, locale),
            rate: formatRate(f.rate, locale),
          }),
        )
        .join(' '),
    }),
    sourceLines: tableStarts(facts),
    columns,
    rows: tableRows,
    auditLinks: projectAuditLinks(locale, linesOf(data.projects), ['project-exec-rate', 'cost-indicator']),
    slide: {
      // one decimal is what a room can read
      bars: rows.map((r) => ({
        label: r.label,
        value: r.rate,
        valueText: formatPercent(r.rate, locale, { digits: 1 }),
      })),
      options: { reference: 100, max: 100 },
      legend: [{ swatch: 'reference', text: w('legend.slideReference') }],
    },
  };
}

/** The chart, when some table has an execution rate (none otherwise). */
export function projectsExecutionCharts(): ChartDefinition[] {
  return projectsPage().lowest ? [{ id, route, build }] : [];
}
