/**
 * A legend drawn inside the SVG (Plot's own legends are HTML, which renderPlot refuses): a row of symbols
 * with their names above the frame, wrapping onto more rows when the chart is narrow.
 */
import * as Plot from '@observablehq/plot';
import { LABEL, textWidth } from '../text-measure';
import { textSize } from './narrow';

export interface LegendItem {
  label: string;
  /** the mark the item stands for: a filled square (bars), circle or diamond (dots), or a ring (outlined dot) */
  symbol: 'square' | 'outline' | 'circle' | 'diamond' | 'ring';
  /** its fill, e.g. `var(--c1)` */
  color: string;
}

export interface Legend {
  /** the height the legend takes above the frame, in px */
  height: number;
  /** the legend's marks, for a chart whose frame starts `marginTop` px from the top and `marginLeft` px from the left */
  marks(marginTop: number, marginLeft: number): Plot.Markish[];
}

const ROW = 20;
const SWATCH = 14;

/**
 * Lays out `items` in rows no wider than `width`.
 * The names are set at 12 px (13 in a narrow rendering).
 * @example const l = legend(items, { width }); marginTop = l.height + 8; marks.push(...l.marks(marginTop, 1))
 */
export function legend(items: readonly LegendItem[], { width }: { width: number }): Legend {
  const fontSize = textSize(width, 12);
  if (items.length === 0) throw new Error('legend: no items');
  const placed: (LegendItem & { x: number; y: number })[] = [];
  let x = 1;
  let row = 0;
  for (const item of items) {
    const w = SWATCH + 5 + textWidth(item.label, fontSize, LABEL);
    if (x > 1 && x + w > width) {
      row += 1;
      x = 1;
    }
    placed.push({ ...item, x, y: row * ROW + ROW / 2 });
    x += w + 16;
  }
  const height = (row + 1) * ROW;
  return {
    height,
    marks(marginTop, marginLeft) {
      const at = (p: (typeof placed)[number], dxExtra: number) => ({
        frameAnchor: 'top-left' as const,
        dx: p.x + dxExtra - marginLeft,
        dy: p.y - marginTop,
      });
      return placed.flatMap((p) => {
        const swatch = at(p, SWATCH / 2);
        const symbol =
          p.symbol === 'square' || p.symbol === 'outline'
            ? Plot.dot([p], {
                ...swatch,
                symbol: 'square',
                r: SWATCH / 2 - 1,
                fill: p.symbol === 'outline' ? 'var(--surface)' : p.color,
                stroke: p.symbol === 'outline' ? 'var(--control)' : 'none',
              })
            : Plot.dot([p], {
                ...swatch,
                symbol: p.symbol === 'diamond' ? 'diamond' : 'circle',
                r: p.symbol === 'diamond' ? 6 : 5,
                fill: p.symbol === 'ring' ? 'var(--bg)' : p.color,
                stroke: p.symbol === 'ring' ? 'currentColor' : 'none',
                strokeWidth: 2,
              });
        return [
          symbol,
          Plot.text([p.label], {
            ...at(p, SWATCH + 5),
            textAnchor: 'start',
            lineAnchor: 'middle',
            fontSize,
            lineWidth: Infinity,
          }),
        ];
      });
    },
  };
}
