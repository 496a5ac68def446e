/**
 * The kinds of indicator the points-lost-by-kind table sums over, as data: the self-evaluation tables' second
 * level (quantity, quality, timeliness, cost, benefit, satisfaction), the funds row (budget execution) as a kind
 * of its own, and `unclassified` for rows whose second-level cell the report lost. The pipeline maps the report's
 * names to them (scripts/lib/indicator-kinds.ts); the site names and draws them.
 */

/** The kinds, in the tables' order. */
export const KIND_ORDER = [
  'funds',
  'quantity',
  'quality',
  'timeliness',
  'cost',
  'benefit',
  'satisfaction',
  'unclassified',
] as const;

/** A kind's code. */
export type IndicatorKind = (typeof KIND_ORDER)[number];
