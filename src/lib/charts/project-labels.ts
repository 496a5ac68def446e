/**
 * Label fitting for charts rendered at build time. Plot estimates a Chinese character at about half its real
 * width (it measures everything that is not Latin as an “e”), so chart specs wrap and clip their labels here,
 * with widths in em: CJK and full-width characters 1 em, Latin by character class.
 */

const NARROW = /[fijlrtI.,:;'!|()[\]\s·]/;
const WIDE = /[mwMW@%]/;

/** Whether `char` is set one em wide (CJK ideographs, kana, hangul, full-width forms and CJK punctuation). */
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

/** The width of one character in em. */
function charWidth(char: string): number {
  if (isFullWidth(char)) return 1;
  if (NARROW.test(char)) return 0.32;
  if (WIDE.test(char)) return 0.85;
  if (/[A-Z0-9]/.test(char)) return 0.64;
  return 0.56;
}

/**
 * The estimated width of `text` in em (multiply by the font size for px); generous for Latin so that a label
 * that fits the estimate fits the screen.
 * @example textWidthEm('进度 12') // ≈ 3.5
 */
export function textWidthEm(text: string): number {
  let sum = 0;
  for (const char of text) sum += charWidth(char);
  return sum;
}

/**
 * `text` cut to at most `maxEm` wide, ending with `…` when cut; whitespace collapsed.
 * @example clipText('丰台区统一政务云数据中心项目', 6) // '丰台区统一…'
 */
export function clipText(text: string, maxEm: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (textWidthEm(clean) <= maxEm) return clean;
  let out = '';
  let width = charWidth('…');
  for (const char of clean) {
    const w = charWidth(char);
    if (width + w > maxEm) break;
    out += char;
    width += w;
  }
  return `${out.trimEnd()}…`;
}

/**
 * `text` broken into at most `maxLines` lines of at most `maxEm` each: Latin breaks between words, CJK
 * anywhere; the last line is clipped with `…` if the text does not fit.
 * @param [maxLines=2] how many lines at most
 * @example wrapText('Big data for fine-grained urban management', 12) // ['Big data for fine-', …] — breaks at spaces
 */
export function wrapText(text: string, maxEm: number, maxLines = 2): string[] {
  if (!(maxEm >= 2)) throw new Error(`wrapText: invalid width ${maxEm}`);
  if (!(maxLines >= 1)) throw new Error(`wrapText: invalid line count ${maxLines}`);
  const words =
    text
      .replace(/\s+/g, ' ')
      .trim()
      .match(/ |[\u0021-\u024f\u2018-\u201d]+|./gu) ?? [];
  // a Latin word wider than a line is broken into characters
  const tokens = words.flatMap((w) => (textWidthEm(w) > maxEm ? [...w] : [w]));
  const lines: string[] = [];
  let line = '';
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (textWidthEm(line + token) <= maxEm || (token === ' ' && line !== '')) {
      if (line !== '' || token !== ' ') line += token;
      continue;
    }
    if (lines.length === maxLines - 1) return [...lines, clipText(line + tokens.slice(i).join(''), maxEm)];
    lines.push(line.trim());
    line = token === ' ' ? '' : token;
  }
  if (line.trim() !== '') lines.push(line.trim());
  return lines;
}
