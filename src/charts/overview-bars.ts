/**
 * The overview's three small charts are labelled horizontal bars on /, titled at level 3, each SVG labelled with
 * its chart id.
 */
import { NARROW_WIDTH } from '../lib/charts/narrow';
import { linesOf } from '../lib/data';
import { horizontalBars, type BarRow } from '../lib/horizontal-bars';
import type { Locale } from '../lib/i18n';
import { renderPlot } from '../lib/render-plot';
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
    svg: renderPlot(horizontalBars(bars), { id, ariaLabel: id }),
    svgNarrow: renderPlot(horizontalBars(bars, { width: NARROW_WIDTH }), { id: `${id}-narrow`, ariaLabel: id }),
    sourceLines: linesOf(rows),
    rows,
  };
}
