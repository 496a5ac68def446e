/** /spending/: each category's initial budget against its final amount, and how many had no budget at all. */
import { budgetFinalList, inSentence, spendingName } from '../lib/charts/spending-rows';
import { spendingWords as w } from '../lib/words/spending';
import { formatAmount, formatNumber, unitLabel } from '../lib/format';
import type { Locale } from '../lib/i18n';
import { formatRatio, spendingFacts } from '../lib/pages/spending-facts';
import { auditLinks } from './audit-links';
import type { ChartDefinition, ChartSpec } from './chart-spec';
import { budgetFinalBars, budgetFinalSvgs } from './spending-budget-bars';
import { budgetFinalColumns, spendingTableRow } from './spending-table';
import { unitSubtitles } from './unit-chart';

const id = 'spending-budget-vs-final';
const route = '/spending/';

function build(locale: Locale): ChartSpec {
  const { rows, noBudget, topBudget, paragraphLines } = spendingFacts();
  const none = formatNumber(noBudget.length, locale);
  const columns = budgetFinalColumns(locale, 'category');
  const table = rows.map((r) => spendingTableRow(r, locale));
  return {
    id,
    locale,
    route,
    title: topBudget
      ? w(locale, 'budget.title', {
          none,
          top: inSentence(spendingName(topBudget.row, locale), locale),
          ratio: formatRatio(topBudget.row.final_to_budget!, locale),
        })
      : w(locale, 'budget.titleNone', { none }),
    ...unitSubtitles(locale, w(locale, 'budget.subtitle')),
    ...budgetFinalSvgs(budgetFinalBars(rows, table, columns, locale), locale, id, w(locale, 'budget.aria')),
    alt: w(locale, 'budget.alt', { list: budgetFinalList(rows, locale) }),
    sourceLines: paragraphLines,
    columns,
    rows: table,
    auditLinks: auditLinks(locale, paragraphLines),
    // on a slide: how much more each category spent than its initial budget (all of it where there was none)
    slide: {
      bars: rows.map((r) => ({
        label: spendingName(r, locale),
        value: r.final_wan - r.budget_wan,
        valueText: r.budget_stated
          ? `+${formatAmount(r.final_wan - r.budget_wan, locale, { bare: true })}`
          : `+${formatAmount(r.final_wan, locale, { bare: true })} *`,
        highlight: !r.budget_stated,
      })),
      legend: [
        { swatch: 'bar', text: w(locale, 'budget.slideBars', { unit: unitLabel(locale, 'wan') }) },
        { swatch: 'accent', text: w(locale, 'budget.slideNoBudget') },
      ],
    },
  };
}

export const spendingBudgetVsFinalChart: ChartDefinition = { id, route, build };
