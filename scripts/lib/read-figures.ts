import { ReportError } from './report-error.ts';

/** A number as printed in the report, with the precision it was printed at. */
export interface Fig {
  value: number;
  /** digits after the decimal point as printed (`1434.3` → 1) */
  decimals: number;
  text: string;
  line: number;
}

const NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
const SPACES = /[\s\u3000]+/g;

/** Cleans a printed figure: drops spaces (incl. U+3000) and a trailing 万元/元/分/个/人. */
export function cleanFigure(text: string): string {
  return text.replace(SPACES, '').replace(/(?:万元|元|分|个|人|项)$/, '');
}

/**
 * Reads a plain number (`1,434.30`, `0`, `-96`) strictly.
 * @throws ReportError naming `what` and the text found, when it is not a number.
 */
export function readNumber(text: string, file: string, line: number, what: string): Fig {
  const t = cleanFigure(text);
  if (!NUMBER.test(t)) throw new ReportError(file, line, `expected ${what}, found "${text.trim()}"`);
  const [, frac = ''] = t.split('.');
  return { value: Number(t.replace(/,/g, '')), decimals: frac.length, text: t, line };
}

/** Reads a percentage (`98.27%`, `-54%`); the % sign is required. */
export function readPercent(text: string, file: string, line: number, what: string): Fig {
  const t = text.replace(SPACES, '');
  if (!t.endsWith('%')) throw new ReportError(file, line, `expected ${what} as a percentage, found "${text.trim()}"`);
  return readNumber(t.slice(0, -1), file, line, what);
}

/** A cell that holds no figure: empty, a full-width space, or a dash. */
export function isBlankFigure(text: string | undefined): boolean {
  return text === undefined || /^[\s\u3000—\-－]*$/.test(text);
}

/** Reads a number where the cell may be blank; blank gives null. */
export function readOptionalNumber(text: string | undefined, file: string, line: number, what: string): Fig | null {
  return isBlankFigure(text) ? null : readNumber(text!, file, line, what);
}

/** Half a unit in the last printed place: the most a correctly rounded figure can be off by. */
export function halfUnit(fig: Pick<Fig, 'decimals'>): number {
  return 0.5 * 10 ** -fig.decimals;
}

/** Rounds for storage in tables (recomputed values), never for checking. */
export function round(value: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round((value + Number.EPSILON * Math.sign(value)) * f) / f;
}
