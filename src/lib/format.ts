/**
 * Number formatting for both locales. The report, and every table in data/derived/, states amounts in 万元
 * (wan, 10,000 yuan); these functions take 万元 and show them in the unit a reader of each language expects:
 * 万元 / 元 / 亿元 in Chinese, and CNY million / CNY / CNY billion in English. Rates and scores as the project and
 * score pages write them: whole rates without decimals, others with two (the report prints `98%` and `0.60%`);
 * scores and weights the report prints exactly as printed (`6.0`, `99.6`: printedScore), points the site computes
 * with at most two decimals (`94`, `0.6`: formatScore).
 */
import type { Locale } from './i18n';

/** The unit an amount is shown in: 万元 (10^4 yuan), 元, or 亿元 (10^8 yuan). */
export type AmountUnit = 'wan' | 'yuan' | 'yi';

export interface NumberOptions {
  /** fixed number of decimals (both minimum and maximum) */
  digits?: number;
  /** show `+` on positive numbers, as for a change */
  signed?: boolean;
}

export interface AmountOptions extends NumberOptions {
  /** [unit='wan'] the unit to show; English shows 'wan' as millions and 'yi' as billions */
  unit?: AmountUnit;
  /** [bare=false] the number alone, for a table column whose header states the unit (see unitLabel) */
  bare?: boolean;
}

/** What a missing figure (null in the tables) looks like. */
export const MISSING = '—';

const COUNT_WORDS = {
  zh: ['零', '一', '两', '三', '四', '五', '六', '七', '八', '九', '十'],
  en: ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'],
} as const;

/**
 * A small count as a sentence writes it (up to ten in words), a larger one in figures.
 * @example countWords(8, 'zh') // '八'
 * @example countWords(8, 'en') // 'eight'
 * @example countWords(12, 'en') // '12'
 */
export function countWords(n: number, locale: Locale): string {
  return Number.isInteger(n) && n >= 0 && n <= 10 ? COUNT_WORDS[locale][n]! : formatNumber(n, locale);
}

const MINUS = '\u2212';

/** Powers of ten from 万元 to each unit shown, and default decimals. English rescales to millions/billions. */
const SCALES: Record<Locale, Record<AmountUnit, { exponent: number; digits: number }>> = {
  zh: { wan: { exponent: 0, digits: 2 }, yuan: { exponent: 4, digits: 0 }, yi: { exponent: -4, digits: 2 } },
  en: { wan: { exponent: -2, digits: 2 }, yuan: { exponent: 4, digits: 0 }, yi: { exponent: -5, digits: 2 } },
};

const UNIT_LABELS: Record<Locale, Record<AmountUnit, string>> = {
  zh: { wan: '万元', yuan: '元', yi: '亿元' },
  en: { wan: 'CNY million', yuan: 'CNY', yi: 'CNY billion' },
};

/**
 * value × 10^exponent as a decimal string (`'1434.3e-2'`). Intl.NumberFormat rounds such strings as exact
 * decimals, so 1434.3 万元 shows as 14,343,000 元 rather than going through 14343000.000000002.
 */
function shift(value: number, exponent: number): `${number}` {
  const [mantissa, exp = '0'] = String(value).split('e');
  return `${Number(mantissa)}e${Number(exp) + exponent}` as `${number}`;
}

function check(value: number, what: string): void {
  if (!Number.isFinite(value)) throw new Error(`${what}: invalid number ${value}`);
}

/**
 * A plain number with thousands separators, e.g. `1,434.30`; `—` for null.
 * @param [options.digits=0] decimals
 * @param [options.signed=false] prefix `+` to positive numbers
 * @example formatNumber(-3.5, 'en', { digits: 1 }) // '−3.5'
 */
export function formatNumber(value: number | null | undefined, locale: Locale, options: NumberOptions = {}): string {
  return fixed('formatNumber', value, locale, options.digits ?? 0, options.signed) ?? MISSING;
}

/** `value` with fixed decimals, or null where it is missing; `what` names the caller in the error. */
function fixed(what: string, value: number | null | undefined, locale: Locale, digits: number, signed = false) {
  if (value === null || value === undefined) return null;
  check(value, what);
  return decimal(value, locale, digits, digits, signed);
}

const formats = new Map<string, Intl.NumberFormat>();

function decimal(value: number | `${number}`, locale: Locale, min: number, max: number, signed: boolean): string {
  const key = `${locale} ${min} ${max} ${signed}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale === 'zh' ? 'zh-CN' : 'en-US', {
      minimumFractionDigits: min,
      maximumFractionDigits: max,
      signDisplay: signed ? 'exceptZero' : 'negative',
    });
    formats.set(key, format);
  }
  return format.format(typeof value === 'number' ? shift(value, 0) : value).replace('-', MINUS);
}

/**
 * How a chart axis shows amounts: multiply 万元 by `factor` and label the axis with `label`.
 * @example amountScale('en') // { factor: 0.01, label: 'CNY million' }
 */
export function amountScale(locale: Locale, unit: AmountUnit = 'wan'): { factor: number; label: string } {
  return { factor: Number(shift(1, SCALES[locale][unit].exponent)), label: UNIT_LABELS[locale][unit] };
}

/**
 * The decimals that show `value`: `places`, or, where that would show a nonzero value as zero (a few 万元 in
 * 亿元), at most as many as give it two significant digits — a figure is never shown as 0 when it is not.
 * @example visiblePlaces(0.00085, 2) // 5 (0.00085)
 */
export function visiblePlaces(value: number, places: number): number {
  const magnitude = Math.abs(value);
  if (magnitude === 0 || magnitude >= 0.5 * 10 ** -places) return places;
  return Math.min(Math.ceil(-Math.log10(magnitude)) + 1, 12);
}

/**
 * An amount given in 万元, in the reader's unit: zh `1,434.30 万元`, `14,343,000 元`, `0.14 亿元`;
 * en `CNY 14.34 million`, `CNY 14,343,000`, `CNY 0.01 billion` (one 亿 is 0.1 billion). `—` for null.
 * @param [options.unit='wan'] the unit to show
 * @param [options.digits] decimals; by default 2, or 0 for yuan, and more where needed so that a nonzero amount
 *   never shows as zero (visiblePlaces)
 * @param [options.signed=false] prefix `+` to increases
 * @param [options.bare=false] leave out the unit: `14.34`
 * @example formatAmount(1434.3, 'en') // 'CNY 14.34 million'
 */
export function formatAmount(
  wan: number | null | undefined,
  locale: Locale,
  { unit = 'wan', digits, signed = false, bare = false }: AmountOptions = {},
): string {
  if (wan === null || wan === undefined) return MISSING;
  check(wan, 'formatAmount');
  const scale = SCALES[locale][unit];
  if (!scale) throw new Error(`formatAmount: invalid unit ${unit}`);
  const places = digits ?? scale.digits;
  const most = digits ?? visiblePlaces(Number(shift(wan, scale.exponent)), places);
  const number = decimal(shift(wan, scale.exponent), locale, places, most, signed);
  if (bare) return number;
  if (locale === 'zh') return `${number} ${UNIT_LABELS.zh[unit]}`;
  const sign = /^[+\u2212]/.exec(number)?.[0] ?? '';
  const magnitude = number.slice(sign.length);
  return unit === 'yuan'
    ? `${sign}CNY ${magnitude}`
    : `${sign}CNY ${magnitude} ${unit === 'wan' ? 'million' : 'billion'}`;
}

/**
 * A percentage given in percent (98.27 means 98.27 %): `98.27%` in both locales. `—` for null.
 * @param [options.digits=2] decimals
 * @example formatPercent(629.78, 'zh', { signed: true }) // '+629.78%'
 */
export function formatPercent(pct: number | null | undefined, locale: Locale, options: NumberOptions = {}): string {
  const number = fixed('formatPercent', pct, locale, options.digits ?? 2, options.signed);
  return number === null ? MISSING : `${number}%`;
}

/**
 * Evaluation points: zh `99.6 分`, en `99.6 pts` (`1 pt`). `—` for null.
 * @param [options.digits] fixed decimals; by default as many as needed, up to 2
 * @example formatPoints(99.6, 'en') // '99.6 pts'
 */
export function formatPoints(
  points: number | null | undefined,
  locale: Locale,
  { digits, signed = false }: NumberOptions = {},
): string {
  if (points === null || points === undefined) return MISSING;
  check(points, 'formatPoints');
  const number = decimal(points, locale, digits ?? 0, digits ?? 2, signed);
  if (locale === 'zh') return `${number} 分`;
  return `${number} ${number === '1' || number === '+1' ? 'pt' : 'pts'}`;
}

/** The unit's name for a chart subtitle or a table header: `万元`, `CNY million`, … */
export function unitLabel(locale: Locale, unit: AmountUnit = 'wan'): string {
  return UNIT_LABELS[locale][unit];
}

/**
 * A rate in percent: whole numbers without decimals, others with two (`0.60%`, `98.58%`, `100%`).
 * @example formatRate(0.6, 'zh') // '0.60%'
 */
export function formatRate(pct: number | null | undefined, locale: Locale): string {
  if (pct === null || pct === undefined) return MISSING;
  return formatPercent(pct, locale, { digits: Number.isInteger(Math.round(pct * 1e9) / 1e9) ? 0 : 2 });
}

/**
 * Points the site computes — recomputed scores, points lost, differences and sums, which the report never prints —
 * by one fixed rule: at most two decimals (the pipeline rounds them to the hundredth), trailing zeros dropped:
 * `9.4 分`, `94 pts`, `12.98 pts`. A score or weight the report prints is shown as printed: printedScore.
 * @example formatScore(94, 'en') // '94 pts'
 */
export function formatScore(points: number | null | undefined, locale: Locale): string {
  if (points === null || points === undefined) return MISSING;
  return formatPoints(points, locale); // at most 2 decimals, trailing zeros dropped
}

/**
 * A score or weight exactly as the report prints it (a `*_printed` column: `6.0`, `99.6`, `88`), in the locale's
 * unit: zh `6.0 分`, en `6.0 pts` (`1 pt`); `—` where it prints none. The digits are the report's in both
 * languages (`6.0` keeps its zero); only a hyphen-minus becomes a true minus sign.
 * @param [options.bare=false] the digits alone, for a slide or a column whose header states the unit
 * @example printedScore('6.0', 'zh') // '6.0 分'
 * @example printedScore('1', 'en') // '1 pt'
 */
export function printedScore(
  printed: string | null | undefined,
  locale: Locale,
  { bare = false }: { bare?: boolean } = {},
): string {
  if (printed === null || printed === undefined) return MISSING;
  if (!/^[+-]?[\d,]+(?:\.\d+)?$/.test(printed)) throw new Error(`printedScore: not a printed number: "${printed}"`);
  const number = printed.replace('-', MINUS);
  if (bare) return number;
  if (locale === 'zh') return `${number} 分`;
  return `${number} ${number === '1' ? 'pt' : 'pts'}`;
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
