/**
 * Invisible hit areas for small marks (the score dots): under each mark a transparent circle at least 44 px
 * across where the chart is drawn smallest, linked to its mark by `data-hit-for` = the mark's `data-hit-id`;
 * src/client/chart-tooltips.ts shows the mark's tooltip when a pointer or a tap enters it. The marks are drawn
 * over their hit areas, so a dot is always its own target; where two hit areas overlap, the later one wins.
 *
 * The area is the mark's own circle (same `r`, so a dodge transform places both alike) with a transparent
 * stroke (a painted stroke takes pointer events) that makes it HIT_RADIUS across.
 */
import type * as Plot from '@observablehq/plot';
import { isNarrow } from './narrow';
import { withAttributes } from './spending-amounts';

/**
 * The hit area's radius in SVG units: 22 in a narrow rendering (drawn at 1:1 or larger), 28 in a wide one
 * (drawn at 0.8× or larger, on a screen just over the phone breakpoint).
 */
export const hitRadius = (width: number) => (isNarrow(width) ? 22 : 28);

/** The options that make a dot mark of radius `r` the hit areas of `data`'s marks (add them to the mark's own). */
export function hitAreas<T>(
  data: readonly T[],
  { r, width, id }: { r: number; width: number; id: (d: T) => string },
): Plot.DotOptions {
  return {
    r,
    symbol: 'circle',
    fill: 'transparent',
    stroke: 'transparent',
    strokeWidth: 2 * (hitRadius(width) - r),
    render: withAttributes(data, (d) => ({ 'data-hit-for': id(d) })),
  };
}

/** The render option that names each of `data`'s marks for its hit area. */
export function hitTargets<T>(data: readonly T[], id: (d: T) => string): Plot.RenderFunction {
  return withAttributes(data, (d) => ({ 'data-hit-id': id(d) }));
}
