/** /procurement/: government procurement by type (goods, works, services) as parts of the whole. */
import { procurementByType } from '../lib/charts/procurement-by-type';
import { procurementItems, typeRows } from '../lib/charts/procurement-rows';
import { procurementWords as w } from '../lib/words/procurement';
import { inSentence } from '../lib/charts/spending-rows';
import { data, linesOf } from '../lib/data';
import { formatAmount, formatPercent } from '../lib/format';
import type { Locale } from '../lib/i18n';
import { renderWideAndNarrow } from '../lib/render-plot';
import { auditLinks } from './audit-links';
import type { ChartDefinition, ChartSpec } from './chart-spec';
import { procurementColumns, procurementTableRow } from './procurement-table';
import { unitSubtitles } from './unit-chart';

const id = 'procurement-by-type';

function build(locale: Locale): ChartSpec {
  const rows = data.procurement;
  const { total } = procurementItems(rows);
  const lines = linesOf(rows);
  const parts = typeRows(rows, locale);
  const [top] = parts;
  if (!top) throw new Error(`${id}: no procurement types`);
  const zero = parts.filter((p) => p.wan === 0).map((p) => inSentence(p.label, locale));
  const totalKey = { label: w(locale, 'total'), wan: total.amount_wan, shareText: formatPercent(100, locale) };
  const ariaLabel = w(locale, 'byType.aria');
  return {
    id,
    locale,
    route: '/procurement/',
    title: w(locale, zero.length ? 'byType.titleZero' : 'byType.title', {
      top: top.label,
      topShare: top.shareText,
      zero: zero.join(locale === 'zh' ? '、' : ' and '),
    }),
    ...unitSubtitles(locale, w(locale, 'byType.subtitle')),
    ...renderWideAndNarrow((width) => procurementByType(parts, { locale, total: totalKey, width }), { id, ariaLabel }),
    alt: w(locale, 'byType.alt', {
      total: formatAmount(total.amount_wan, locale),
      list: parts
        .map((p) =>
          w(locale, 'byType.item', { name: p.label, amount: formatAmount(p.wan, locale), share: p.shareText }),
        )
        .join(locale === 'zh' ? '，' : ', '),
    }),
    sourceLines: lines,
    columns: procurementColumns(locale),
    rows: [total, ...rows.filter((r) => r.parent === 'total' && r.item !== 'sme')].map((r) =>
      procurementTableRow(r, locale),
    ),
    auditLinks: auditLinks(locale, lines),
  };
}

export const procurementByTypeChart: ChartDefinition = { id, route: '/procurement/', build };
