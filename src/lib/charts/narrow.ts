/**
 * The narrow rendering every responsive chart has (`svgNarrow`, for phones and embeds under 720 px): its width
 * and the smallest text it may carry, in SVG units.
 *
 * An embed in a 300 px frame has 276 px for its chart (300 − 2 × 12 px of padding, src/styles/embed.css), so
 * the narrow SVG is drawn there at 1:1 and its text is never scaled down: 13 units or more is ≥ 0.8 × the
 * 16 px body text. Phones (360–430 px) draw it at 1.2–1.45×.
 */
export const NARROW_WIDTH = 276;

/** The smallest font size of a chart's narrow rendering (values, legends, axes). */
export const NARROW_MIN_TEXT = 13;

/** Under 480 units a chart is a narrow rendering: larger text relative to its width. */
export const isNarrow = (width: number) => width < 480;

/** `size`, raised to NARROW_MIN_TEXT in a narrow rendering. */
export const textSize = (width: number, size: number) => (isNarrow(width) ? Math.max(size, NARROW_MIN_TEXT) : size);
