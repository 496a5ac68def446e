/** The overview's three small charts are labelled horizontal bars, each SVG labelled with its chart id. */
import { horizontalBars, type BarRow } from '../lib/horizontal-bars';
import { renderPlot } from '../lib/render-plot';

/** `bars` rendered wide and narrow (360 px), the narrow one's ids prefixed `<id>-narrow`. */
export function overviewBarsSvgs(id: string, bars: readonly BarRow[]): { svg: string; svgNarrow: string } {
  return {
    svg: renderPlot(horizontalBars(bars), { id, ariaLabel: id }),
    svgNarrow: renderPlot(horizontalBars(bars, { width: 360 }), { id: `${id}-narrow`, ariaLabel: id }),
  };
}
