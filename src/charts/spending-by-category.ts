/** /spending/: each category's final amount and its share of the total, largest first. */
import { spendingByCategory } from '../lib/charts/spending-by-category';
import { printedShare } from '../lib/data';
import { inSentence, shareBarRows, spendingName } from '../lib/charts/spending-rows';
import { spendingWords as w } from '../lib/words/spending';
import { formatAmount, formatPercent } from '../lib/format';
import type { Locale } from '../lib/i18n';
import { spendingFacts } from '../lib/pages/spending-facts';
import { renderWideAndNarrow } from '../lib/render-plot';
import { auditLinks } from './audit-links';
import type { ChartDefinition, ChartSpec } from './chart-spec';
import { shareColumns, spendingTableRow } from './spending-table';
import { unitSubtitles } from './unit-chart';

const id = 'spending-by-category';
const route = '/spending/';

function build(locale: Locale): ChartSpec {
  const { categories, first, second, firstShare, secondShare, rows, summaryLines } = spendingFacts();
  const name = (row: (typeof rows)[number]) => spendingName(row, locale);
  const pct = (value: number) => formatPercent(value, locale);
  const shareRows = shareBarRows(categories, locale);
  const ariaLabel = w(locale, 'byCategory.aria');
  return {
    id,
    locale,
    route,
    title: w(locale, 'byCategory.title', {
      first: name(first.row),
      firstShare: pct(firstShare),
      second: inSentence(name(second.row), locale),
      secondShare: pct(secondShare),
    }),
    ...unitSubtitles(locale, w(locale, 'byCategory.subtitle')),
    ...renderWideAndNarrow((width) => spendingByCategory(shareRows, { locale, width }), { id, ariaLabel }),
    alt: w(locale, 'byCategory.alt', {
      list: rows
        .map((r) =>
          w(locale, 'byCategory.item', {
            name: name(r),
            amount: formatAmount(r.final_wan, locale),
            share: pct(printedShare(r)),
          }),
        )
        .join(locale === 'zh' ? '、' : '; '),
    }),
    sourceLines: summaryLines,
    columns: shareColumns(locale),
    rows: rows.map((r) => spendingTableRow(r, locale)),
    auditLinks: auditLinks(locale, summaryLines),
    slide: {
      bars: rows.map((r) => ({
        label: name(r),
        value: r.final_wan,
        valueText: formatAmount(r.final_wan, locale, { bare: true }),
      })),
    },
  };
}

export const spendingByCategoryChart: ChartDefinition = { id, route, build };
