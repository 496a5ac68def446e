/** /: general-budget spending by functional category, largest first (it leads to /spending/). */
import { linesOf, printedShare } from '../lib/data';
import { amountScale, countWords, formatAmount, formatPercent } from '../lib/format';
import { t, type Locale } from '../lib/i18n';
import { overviewFacts, overviewName as name } from '../lib/pages/overview-facts';
import { overviewWords as w } from '../lib/words/overview';
import { auditLinks } from './audit-links';
import { figuresOf } from './figure-refs';
import type { ChartDefinition, ChartSpec } from './chart-spec';
import { overviewBars, overviewRoute } from './overview-bars';

const id = 'overview-spending';

/** The data table's rows: each category's name, final amount and share (as printed, else recomputed). */
export function overviewSpendingRows(locale: Locale) {
  return overviewFacts().categories.map((c) => ({
    name: name(c, locale),
    final_wan: c.final_wan,
    share_pct: printedShare(c),
    source_lines: c.source_lines,
    figures: figuresOf('spending', c, { final_wan: 'final_wan', share_pct: 'share_pct' }),
  }));
}

function build(locale: Locale): ChartSpec {
  const f = overviewFacts();
  const rows = overviewSpendingRows(locale);
  const { factor, label: unit } = amountScale(locale);
  const bars = rows.map((c) => ({
    label: c.name,
    value: c.final_wan * factor,
    valueText: formatAmount(c.final_wan, locale, { bare: true }),
    tip: `${c.name}: ${formatAmount(c.final_wan, locale)} (${formatPercent(c.share_pct, locale)})`,
  }));
  return {
    ...overviewBars(id, locale, bars, rows),
    title: w(locale, 'chart.spending.title', {
      first: name(f.first, locale),
      share: formatPercent(printedShare(f.first), locale),
    }),
    subtitle: `${w(locale, 'chart.spending.subtitle')} · ${t(locale, 'chart.unit', { unit })}`,
    alt: w(locale, 'chart.spending.alt', {
      categories: countWords(f.categories.length, locale),
      first: name(f.first, locale),
      firstAmount: formatAmount(f.first.final_wan, locale),
      second: name(f.second, locale),
      secondAmount: formatAmount(f.second.final_wan, locale),
    }),
    columns: [
      { key: 'name', label: w(locale, 'col.category') },
      { key: 'final_wan', label: w(locale, 'col.final'), kind: 'amount' },
      { key: 'share_pct', label: w(locale, 'col.share'), kind: 'percent' },
    ],
    auditLinks: auditLinks(locale, linesOf(rows), undefined, { text: 'brief', max: 6 }),
  };
}

export const overviewSpendingChart: ChartDefinition = { id, route: overviewRoute, build };
