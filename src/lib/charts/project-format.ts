/**
 * How the project and score pages write rates and scores: whole rates without decimals, others with two (the
 * report prints `98%` and `0.60%`), points with the decimals they have, at most two (`94`, `99.6`).
 */
import { formatPercent, formatPoints, MISSING } from '../format';
import type { Locale } from '../i18n';

/**
 * A rate in percent: whole numbers without decimals, others with two (`0.60%`, `98.58%`, `100%`).
 * @example formatRate(0.6, 'zh') // '0.60%'
 */
export function formatRate(pct: number | null | undefined, locale: Locale): string {
  if (pct === null || pct === undefined) return MISSING;
  return formatPercent(pct, locale, { digits: Number.isInteger(Math.round(pct * 1e9) / 1e9) ? 0 : 2 });
}

/**
 * Points with the decimals they have: `99.6 分`, `94 pts`, `12.98 pts`.
 * @example formatScore(94, 'en') // '94 pts'
 */
export function formatScore(points: number | null | undefined, locale: Locale): string {
  if (points === null || points === undefined) return MISSING;
  return formatPoints(points, locale); // as many decimals as the figure has, at most 2
}

/**
 * The execution rate exactly as the table prints it (`0.60%`, `98%`), or `—` where it prints none.
 * @example printedRate({ exec_rate_printed: '0.60%', exec_rate_pct: 0.6 }, 'en') // '0.60%'
 */
export function printedRate(
  project: { exec_rate_printed?: string | null; exec_rate_pct: number | null },
  locale: Locale,
): string {
  return project.exec_rate_printed ?? formatRate(project.exec_rate_pct, locale);
}
