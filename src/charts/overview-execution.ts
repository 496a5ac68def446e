/** /: each self-evaluated project's execution rate, lowest first (it leads to /projects/). */
import { formatNumber, formatPercent } from '../lib/format';
import type { Locale } from '../lib/i18n';
import { overviewFacts, overviewName as name } from '../lib/pages/overview-facts';
import { overviewWords as w } from '../lib/words/overview';
import { figuresOf } from './figure-refs';
import type { ChartDefinition, ChartSpec } from './chart-spec';
import { overviewBars, overviewRoute } from './overview-bars';

const id = 'overview-execution';

/** The data table's rows: each project with its execution rate recomputed (B/A), lowest first, and the lines of A and B. */
export function overviewExecutionRows(locale: Locale) {
  return overviewFacts().projects.map((p) => ({
    name: name(p, locale),
    rate: p.exec_rate_pct_recomputed,
    source_lines: [...new Set([p.budget_line, p.executed_line])].filter((n) => n !== null),
    // the recomputed rate stands for the printed one
    figures: figuresOf('projects', p, { rate: 'exec_rate_pct' }),
    recomputedColumns: ['rate'],
  }));
}

function build(locale: Locale): ChartSpec {
  const f = overviewFacts();
  const rows = overviewExecutionRows(locale);
  const [lowest] = rows;
  if (!lowest) throw new Error(`${id}: no project has an execution rate`);
  const bars = rows.map((p) => ({
    label: p.name,
    value: p.rate,
    valueText: formatPercent(p.rate, locale, { digits: 1 }),
    tip: `${p.name}: ${formatPercent(p.rate, locale)}`,
  }));
  return {
    ...overviewBars(id, locale, bars, rows),
    title: w(locale, 'chart.execution.title', {
      tables: formatNumber(f.projects.length, locale),
      below: formatNumber(f.below.length, locale),
    }),
    subtitle: w(locale, 'chart.execution.subtitle'),
    alt: w(locale, 'chart.execution.alt', { lowest: lowest.name, lowestRate: formatPercent(lowest.rate, locale) }),
    columns: [
      { key: 'name', label: w(locale, 'col.project') },
      { key: 'rate', label: w(locale, 'col.rate'), kind: 'percent' },
    ],
  };
}

export const overviewExecutionChart: ChartDefinition = { id, route: overviewRoute, build };
