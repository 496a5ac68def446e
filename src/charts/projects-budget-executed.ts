/**
 * /projects/: each table's budget against what it spent, largest budget first, and the few tables that account
 * for nine tenths of the money left unspent. Listed only when the report has tables.
 */
import { words } from '../lib/words/projects';
import { bulletBars, type BulletRow } from '../lib/charts/project-bullet-bars';
import { tableStarts } from '../lib/project-facts';
import { data, linesOf } from '../lib/data';
import { amountScale, formatAmount, formatPercent, formatRate } from '../lib/format';
import { t, type Locale } from '../lib/i18n';
import { nameOf, projectsPage, type ProjectsPageFacts } from '../lib/pages/projects-facts';
import { renderWideAndNarrow } from '../lib/render-plot';
import type { ChartDefinition, ChartSpec } from './chart-spec';
import { projectAuditLinks } from './project-audit-links';
import { projectsColumns, projectsTableRow } from './projects-table';

const id = 'projects-budget-executed';
const route = '/projects/';

/** The chart's bars: budget (outer) and spending (inner) in the reader's unit, largest budget first. */
export function budgetExecutedRows(page: ProjectsPageFacts, locale: Locale): BulletRow[] {
  const w = (key: Parameters<typeof words>[1], params?: Record<string, string | number>) => words(locale, key, params);
  const { factor } = amountScale(locale);
  return page.byBudget.map((f) => ({
    key: f.project.slug,
    label: nameOf(f, locale),
    outer: (f.project.budget_wan ?? 0) * factor,
    inner: (f.project.executed_wan ?? 0) * factor,
    valueText: `${formatAmount(f.project.executed_wan, locale, { bare: true })} / ${formatAmount(f.project.budget_wan, locale, { bare: true })}`,
    tip: w('tip.executed', {
      name: nameOf(f, locale),
      amount: formatAmount(f.project.executed_wan, locale),
      rate: formatRate(f.rate, locale),
    }),
    outerTip: w('tip.budget', { name: nameOf(f, locale), amount: formatAmount(f.project.budget_wan, locale) }),
  }));
}

function build(locale: Locale): ChartSpec {
  const w = (key: Parameters<typeof words>[1], params?: Record<string, string | number>) => words(locale, key, params);
  const page = projectsPage();
  const { facts, shortfalls, byBudget } = page;
  const unspent = page.total.unspent_wan;
  const largest = byBudget[0];
  if (!largest) throw new Error(`${id}: no tables`);
  const list = (items: string[]) => items.join(t(locale, 'chart.listSeparator'));
  const rows = budgetExecutedRows(page, locale);
  const legend = [
    { label: w('legend.budget'), symbol: 'outline' as const, color: 'var(--surface)' },
    { label: w('legend.executed'), symbol: 'square' as const, color: 'var(--c1)' },
  ];
  const ariaLabel = w('chart.amounts.aria');
  // the fewest shortfalls (most money left unspent first) that account for nine tenths of it, and their share, as
  // the pipeline counted them (projects-total.json); the shortfalls are in the same order here
  const { top_shortfalls: top, top_shortfalls_share_pct: share } = page.total;
  const shareText = formatPercent(share, locale, { digits: 0 });
  return {
    id,
    locale,
    route,
    title:
      top > 0
        ? w('chart.amounts.title', { unspent: formatAmount(unspent, locale), top, share: shareText })
        : w('chart.amounts.titleNone', { n: facts.length }),
    subtitle: w('chart.amounts.subtitle', { unit: amountScale(locale).label }),
    ...renderWideAndNarrow((width) => bulletBars(rows, { width, legend }), { id, ariaLabel }),
    alt: w('chart.amounts.alt', {
      n: facts.length,
      largest: nameOf(largest, locale),
      largestBudget: formatAmount(largest.project.budget_wan, locale),
      top,
      list: list(
        shortfalls.slice(0, top).map((f) => `${nameOf(f, locale)} ${formatAmount(f.project.unspent_wan, locale)}`),
      ),
      share: shareText,
    }),
    sourceLines: tableStarts(facts),
    columns: projectsColumns(locale, [{ key: 'unspent_wan', label: w('col.unspent'), kind: 'amount' }]),
    rows: byBudget.map((f) => ({
      ...projectsTableRow(f, locale),
      unspent_wan: f.project.unspent_wan,
      source_lines: f.project.source_lines,
    })),
    auditLinks: projectAuditLinks(locale, linesOf(data.projects), ['cost-indicator']),
  };
}

/** The chart, when the report has self-evaluation tables (none otherwise). */
export function projectsBudgetExecutedCharts(): ChartDefinition[] {
  return projectsPage().facts.length ? [{ id, route, build }] : [];
}
