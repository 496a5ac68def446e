/** /procurement/: the share of procurement awarded to SMEs, and within it to small and micro firms. */
import { procurementItems, smeRows } from '../lib/charts/procurement-rows';
import { procurementWords as w } from '../lib/words/procurement';
import { procurementSmeShare } from '../lib/charts/procurement-sme-share';
import { data, linesOf, printedShare } from '../lib/data';
import { formatAmount, formatPercent } from '../lib/format';
import type { Locale } from '../lib/i18n';
import { renderWideAndNarrow } from '../lib/render-plot';
import { auditLinks } from './audit-links';
import type { ChartDefinition, ChartSpec } from './chart-spec';
import { procurementColumns, procurementTableRow } from './procurement-table';
import { unitSubtitles } from './unit-chart';

const id = 'procurement-sme-share';

function build(locale: Locale): ChartSpec {
  const rows = data.procurement;
  const { total, sme, small_micro: micro } = procurementItems(rows);
  const pct = (row: typeof sme) => formatPercent(printedShare(row), locale);
  const lines = linesOf(rows);
  const nested = smeRows(rows, locale);
  const ariaLabel = w(locale, 'sme.aria');
  return {
    id,
    locale,
    route: '/procurement/',
    title: w(locale, 'sme.title', { smeShare: pct(sme), microShare: pct(micro) }),
    ...unitSubtitles(locale, w(locale, 'sme.subtitle')),
    ...renderWideAndNarrow((width) => procurementSmeShare(nested, { locale, width }), { id, ariaLabel }),
    alt: w(locale, 'sme.alt', {
      total: formatAmount(total.amount_wan, locale),
      sme: formatAmount(sme.amount_wan, locale),
      smeShare: pct(sme),
      micro: formatAmount(micro.amount_wan, locale),
      microShare: pct(micro),
    }),
    sourceLines: lines,
    columns: procurementColumns(locale),
    rows: [total, sme, micro].map((r) => procurementTableRow(r, locale)),
    auditLinks: auditLinks(locale, lines),
    slide: {
      bars: [total, sme, micro].map((r) => ({
        label: locale === 'zh' ? r.item_zh : (r.item_en ?? r.item_zh),
        value: r.amount_wan,
        valueText: `${formatAmount(r.amount_wan, locale, { bare: true })}${r === total ? '' : ` (${pct(r)})`}`,
      })),
    },
  };
}

export const procurementSmeShareChart: ChartDefinition = { id, route: '/procurement/', build };
