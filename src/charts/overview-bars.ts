/**
 * The overview's three small charts are labelled horizontal bars on /, titled at level 3, each SVG labelled with
 * its chart id.
 */
import { linesOf } from '../lib/data';
import { horizontalBars, type BarRow } from '../lib/charts/horizontal-bars';
import type { Locale } from '../lib/i18n';
import { renderWideAndNarrow } from '../lib/render-plot';
import type { ChartSpec, TableRow } from './chart-spec';

/** The overview's page. */
export const overviewRoute = '/';

/**
 * What the three share: their page and heading level, `bars` rendered wide and narrow (NARROW_WIDTH, the narrow one's
 * ids prefixed `<id>-narrow`), and the data table's rows with the lines they come from.
 */
export function overviewBars(
  id: string,
  locale: Locale,
  bars: readonly BarRow[],
  rows: readonly (TableRow & { source_lines: readonly number[] })[],
): Pick<ChartSpec, 'id' | 'locale' | 'route' | 'level' | 'svg' | 'svgNarrow' | 'sourceLines' | 'rows'> {
  return {
    id,
    locale,
    route: overviewRoute,
    level: 3,
    ...renderWideAndNarrow((width) => horizontalBars(bars, { width }), { id, ariaLabel: id }),
    sourceLines: linesOf(rows),
    rows,
  };
}
