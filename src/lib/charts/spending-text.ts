/**
 * Text measuring for charts rendered without a browser: an estimate of a label's width, on the wide side, and
 * line wrapping that keeps English words whole and breaks Chinese between characters (never before a closing
 * punctuation mark). Used by the spending and procurement chart specs so that long names wrap instead of
 * running into bars and values on a 360 px phone chart.
 */

/** Width in em of characters by class; wide rather than narrow, since a clipped label is worse than a gap. */
const EM = { cjk: 1, upper: 0.68, lower: 0.56, digit: 0.6, narrow: 0.3, space: 0.3, other: 0.65 } as const;

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\u3000-\u303f\u2018-\u201d\u2014\u2026]/;
const NO_LINE_START = /^[，。、；：？！）」』”’%]/;
const NO_LINE_END = /[（「『“‘]$/;

function charWidth(char: string): number {
  if (CJK.test(char)) return EM.cjk;
  if (char === ' ') return EM.space;
  if (/[0-9]/.test(char)) return EM.digit;
  if (/[.,:;'|!il()-]/.test(char)) return EM.narrow;
  if (/[A-Z%&@MW]/.test(char)) return EM.upper;
  if (/[a-z]/.test(char)) return EM.lower;
  return EM.other;
}

/**
 * The estimated width in px of `text` set in `fontSize` px.
 * @example textWidth('科学技术支出', 14) // 84
 */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const char of text) em += charWidth(char);
  return em * fontSize;
}

/**
 * Words to lay out: runs of Latin text with their trailing spaces, and single CJK characters; a closing mark
 * joins the word before it and an opening mark the word after it, so that neither starts or ends a line alone.
 */
function tokens(text: string): string[] {
  const out: string[] = [];
  let opening = '';
  for (const match of text.matchAll(/[^\s\u2e80-\u9fff\uff00-\uffef\u3000-\u303f\u2018-\u201d]+\s*|\s+|./gu)) {
    const token = opening + match[0];
    opening = '';
    if (NO_LINE_END.test(token)) opening = token;
    else if (NO_LINE_START.test(token) && out.length) out[out.length - 1] += token;
    else out.push(token);
  }
  if (opening) out.push(opening);
  return out;
}

/**
 * `text` broken into lines no wider than `maxWidth` px (a single word wider than that gets a line of its own).
 * @example wrapText('Resource exploration, information and industry', 200, 14)
 *   // ['Resource exploration,', 'information and industry']
 */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  if (!(maxWidth > 0)) throw new Error(`wrapText: invalid width ${maxWidth}`);
  const lines: string[] = [];
  let line = '';
  for (const token of tokens(text.trim())) {
    const candidate = line + token;
    if (line && textWidth(candidate.trimEnd(), fontSize) > maxWidth) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else {
      line = candidate;
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}
