import type { ReportLine } from './load-report.ts';
import { readNumber, readPercent, type Fig } from './read-figures.ts';

/**
 * A loose capture for a printed figure: anything up to the next literal of the sentence shape. The capture is
 * then read strictly, so a damaged figure (`55O4.37`) is reported as such instead of silently not matching.
 */
export const T = String.raw`([^\u4e00-\u9fa5，。；;：:“”（）()\s%]*?)`;

/** Finds the first line of `lines` whose text matches `shape`. */
export function findLine(lines: ReportLine[], shape: RegExp): { line: ReportLine; match: RegExpExecArray } | null {
  for (const line of lines) {
    const match = shape.exec(line.text);
    if (match) return { line, match };
  }
  return null;
}

/** Reads capture group `i` of a sentence match as an amount. */
export function amountIn(match: RegExpExecArray, i: number, file: string, line: number, label: string): Fig {
  return readNumber(match[i] ?? '', file, line, `an amount after ${label}`);
}

/** Reads capture group `i` as a percentage (the % sign is outside the capture). */
export function percentIn(match: RegExpExecArray, i: number, file: string, line: number, label: string): Fig {
  return readPercent(`${match[i] ?? ''}%`, file, line, `a percentage after ${label}`);
}

/** Splits a clause list (after 其中：) on ； ; and the final 。 */
export function clauses(text: string): string[] {
  return text
    .split(/[；;]/)
    .map((c) => c.replace(/[。.]\s*$/, '').trim())
    .filter(Boolean);
}

/** The sentence around a match: from the last 。 before it to the next 。 after it (for quotes). */
export function sentenceAround(text: string, index: number): string {
  const start = text.lastIndexOf('。', index) + 1;
  const end = text.indexOf('。', index);
  return text.slice(start, end === -1 ? undefined : end + 1).trim();
}
