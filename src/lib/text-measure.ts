/**
 * Text measuring and line wrapping without a browser, for everything laid out at build time: chart specs
 * (src/lib/charts/), briefing slides and social cards. Widths are estimates, on the wide side (a clipped or
 * overlapping label is worse than a gap), from a width table: the width in em of each character by class.
 * Pure TypeScript: no DOM, no Astro, no Node APIs.
 *
 * Wrapping keeps Latin words whole and breaks Chinese between characters, never before a closing mark
 * (`，。）”` …) nor after an opening one (`（“` …).
 *
 * Each table below is the one a group of callers was laid out with; the site's charts and cards were tuned to
 * them, so a caller keeps its table (pass `metrics`) rather than move to another and shift its layout.
 */

/** A width table: the estimated width in em of one character (one code point). */
export type Metrics = (char: string) => number;

/** CJK ideographs, CJK and full-width punctuation, curly quotes, the em dash and the ellipsis. */
const CJK = /[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\u3000-\u303f\u2018-\u201d\u2014\u2026]/;

/**
 * The default table (bar lists, value columns, wrapped chart labels): CJK 1 em, capitals 0.68, lower case
 * 0.56, digits 0.6, narrow marks and the space 0.3, anything else 0.65.
 */
export const CHART: Metrics = (char) => {
  if (CJK.test(char)) return 1;
  if (char === ' ') return 0.3;
  if (/[0-9]/.test(char)) return 0.6;
  if (/[.,:;'|!il()-]/.test(char)) return 0.3;
  if (/[A-Z%&@MW]/.test(char)) return 0.68;
  if (/[a-z]/.test(char)) return 0.56;
  return 0.65;
};

/** Whether `char` is set one em wide (CJK ideographs, kana, hangul, full-width forms, CJK punctuation, “”…). */
function isFullWidth(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    code === 0x201c ||
    code === 0x201d ||
    code === 0x2026
  );
}

/**
 * The table of the project and score charts and their legends (labels clipped to one line, value margins):
 * full-width 1 em, narrow letters and marks 0.32, `mwMW@%` 0.85, capitals and digits 0.64, anything else 0.56.
 */
export const LABEL: Metrics = (char) => {
  if (isFullWidth(char)) return 1;
  if (/[fijlrtI.,:;'!|()[\]\s·]/.test(char)) return 0.32;
  if (/[mwMW@%]/.test(char)) return 0.85;
  if (/[A-Z0-9]/.test(char)) return 0.64;
  return 0.56;
};

/** A width table's classes as a map: characters by width in em. */
function widthClasses(classes: readonly (readonly [string, number])[]): Map<string, number> {
  return new Map(classes.flatMap(([chars, width]) => [...chars].map((char) => [char, width] as [string, number])));
}

/** Noto Sans Bold's advance widths as resvg draws them, rounded up into classes of 0.02–0.06 em. */
const NOTO_SANS_BOLD = widthClasses([
  ['‘’', 0.22],
  ["'.:·", 0.28],
  ['!,;ijl', 0.3],
  ['-()J[]', 0.34],
  ['`If{}', 0.4],
  ['/\\_t', 0.44],
  ['r“”"?', 0.48],
  ['z–cs', 0.52],
  ['*EFLS|', 0.56],
  ['$+0123456789<=>TZ^vxy~¥×', 0.58],
  ['aePk', 0.62],
  ['Ybdgopq', 0.64],
  ['#CRVhnu', 0.66],
  ['BKXA', 0.7],
  ['DG&U', 0.76],
  ['HOQN', 0.82],
  ['w…', 0.86],
  ['@%', 0.92],
  ['MWm—', 1],
]);

/** Noto Sans Regular's, likewise (some 5 % narrower than Bold). */
const NOTO_SANS_REGULAR = widthClasses([
  ['‘’', 0.18],
  ["'ijl", 0.26],
  ['!,.:;J`·()', 0.3],
  ['-I[]ft“”', 0.36],
  ['/\\{}"r', 0.42],
  ['?_csz', 0.48],
  ['–Fvy', 0.52],
  ['Lkx*EST|', 0.56],
  ['$+0123456789<=>YZ^ae~¥×', 0.58],
  ['VX', 0.6],
  ['KPbdghnopqu', 0.62],
  ['ACR#B', 0.66],
  ['&DGHUN', 0.76],
  ['OQw…', 0.8],
  ['%@', 0.9],
  ['MWm', 0.94],
  ['—', 1],
]);

/** A card table: everything from U+2E80 up and full-width forms 1 em, the space 0.26, the rest from `widths`. */
function cardTable(widths: Map<string, number>): Metrics {
  return (char) => {
    const code = char.codePointAt(0) ?? 0;
    if (code >= 0x2e80 || (code >= 0xff00 && code <= 0xffef)) return 1;
    if (char === ' ') return 0.26;
    return widths.get(char) ?? 0.62;
  };
}

/**
 * The table of the English social cards' titles, set in Noto Sans Bold (CJK falls back to Noto Sans Hans):
 * everything from U+2E80 up and full-width forms 1 em, the space 0.26, Latin by Noto Sans Bold's widths (from 0.22
 * for `’` to 1 for `m M W —`), any other character 0.62.
 */
export const CARD: Metrics = cardTable(NOTO_SANS_BOLD);

/** The table of the English social cards' subtitles and footers, set in Noto Sans Regular: as CARD, narrower. */
export const CARD_REGULAR: Metrics = cardTable(NOTO_SANS_REGULAR);

/** Noto Sans Hans Bold's advance widths of Latin and punctuation, measured and rounded up like Noto Sans's. In em. */
const NOTO_SANS_HANS_BOLD = widthClasses([
  ['|ijl', 0.32],
  ["',.:;I", 0.34],
  ['!()-[]f{}/\\', 0.4],
  ['tr', 0.44],
  ['s*?z', 0.52],
  ['c–', 0.56],
  ['"JLY_evxy', 0.58],
  ['#$+0123456789<=>F^ag~·¥', 0.6],
  ['EVZk', 0.62],
  ['ASTX`hnou', 0.64],
  ['Cbdpq', 0.66],
  ['PBKR', 0.7],
  ['DG&', 0.74],
  ['HNUOQ', 0.78],
  ['Mw', 0.88],
  ['W—', 0.92],
  ['%m‘’“”×', 1],
  ['@', 1.02],
  ['…', 1.1],
]);

/**
 * The table of the Chinese social cards, set in Noto Sans Hans throughout (its curly quotes, em dash and ellipsis
 * full-width): everything from U+2E80 up and full-width forms 1 em, the space 0.26, Latin and punctuation by Noto
 * Sans Hans Bold's widths (its Regular is as wide), any other character 0.62.
 */
export const CARD_ZH: Metrics = cardTable(NOTO_SANS_HANS_BOLD);

/** The briefing slides' table: above U+2E80 1 em, everything else 0.62 (projector text at 24 px and more). */
export const SLIDE: Metrics = (char) => ((char.codePointAt(0) ?? 0) > 0x2e80 ? 1 : 0.62);

/** The sum of the table's widths of `text`'s characters, in em. */
function emWidth(text: string, metrics: Metrics): number {
  let em = 0;
  for (const char of text) em += metrics(char);
  return em;
}

/**
 * The estimated width in px of `text` set in `fontSize` px (pass 1 for the width in em).
 * @param [metrics=CHART] the width table
 * @example textWidth('科学技术支出', 14) // 84
 * @example textWidth('进度 12', 10, LABEL) // 36
 */
export function textWidth(text: string, fontSize: number, metrics: Metrics = CHART): number {
  return emWidth(text, metrics) * fontSize;
}

export interface ClipOptions {
  /** [CHART] the width table */
  metrics?: Metrics;
}

/**
 * `text` with its whitespace collapsed, cut to at most `maxWidth` px at `fontSize` px and ended with `…` when cut
 * (pass `fontSize` 1 for a width in em).
 * @example clipText('丰台区统一政务云数据中心项目', 60, 10) // '丰台区统一…'
 */
export function clipText(
  text: string,
  maxWidth: number,
  fontSize: number,
  { metrics = CHART }: ClipOptions = {},
): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  const maxEm = maxWidth / fontSize;
  if (emWidth(clean, metrics) <= maxEm) return clean;
  let out = '';
  let width = emWidth('…', metrics);
  for (const char of clean) {
    const w = metrics(char);
    if (width + w > maxEm) break;
    out += char;
    width += w;
  }
  return `${out.trimEnd()}…`;
}

const NO_LINE_START = /^[，。、；：？！）」』”’%]/;
const NO_LINE_END = /[（「『“‘]$/;

/**
 * Words to lay out: runs of Latin text with their trailing spaces (an apostrophe between letters inside its word:
 * bureau’s), and single CJK characters; a closing mark joins the word before it and an opening mark the word after
 * it, so that neither starts or ends a line alone.
 */
function tokens(text: string): string[] {
  const out: string[] = [];
  let opening = '';
  for (const match of text.matchAll(
    /(?:[^\s\u2e80-\u9fff\uff00-\uffef\u3000-\u303f\u2018-\u201d]|(?<=\p{L})’(?=\p{L}))+\s*|\s+|./gu,
  )) {
    const token = opening + match[0];
    opening = '';
    if (NO_LINE_END.test(token)) opening = token;
    else if (NO_LINE_START.test(token) && out.length) out[out.length - 1] += token;
    else out.push(token);
  }
  if (opening) out.push(opening);
  return out;
}

export interface WrapOptions extends ClipOptions {
  /**
   * [false] break a word wider than a line between its characters; by default it gets a line of its own and
   * overflows it
   */
  breakWords?: boolean;
  /** [no limit] at most this many lines, the last one cut and ended with `…` when the text goes on */
  maxLines?: number;
}

/**
 * `text` broken into lines no wider than `maxWidth` px at `fontSize` px: Latin between words, Chinese between
 * characters but never before a closing mark nor after an opening one. A word wider than a line overflows on a
 * line of its own unless `breakWords`; past `maxLines` the text is cut with `…`.
 * @throws if `maxWidth` is less than 2 em
 * @example wrapText('Resource exploration, information and industry', 200, 14)
 *   // ['Resource exploration,', 'information and industry']
 */
export function wrapText(
  text: string,
  maxWidth: number,
  fontSize: number,
  { metrics = CHART, breakWords = false, maxLines = Infinity }: WrapOptions = {},
): string[] {
  if (!(maxWidth >= 2 * fontSize)) throw new Error(`wrapText: invalid width ${maxWidth}`);
  const fits = (s: string) => textWidth(s, fontSize, metrics) <= maxWidth;
  const words = tokens(text.trim()).flatMap((token) => {
    const word = token.trimEnd();
    if (!breakWords || fits(word)) return [token];
    const chars = [...word];
    chars[chars.length - 1] += token.slice(word.length); // the trailing space stays with the word's last character
    return chars;
  });
  const lines: string[] = [];
  let line = '';
  for (const token of words) {
    const candidate = line + token;
    if (line && !fits(candidate.trimEnd())) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else {
      line = candidate;
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = clipText(`${kept[maxLines - 1]}…`, maxWidth, fontSize, { metrics });
  return kept;
}
