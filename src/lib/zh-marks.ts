/**
 * Chinese inside English text, marked for its language (WCAG 3.1.2, language of parts): the one helper that
 * wraps every run of Chinese in `<span lang="zh-CN">`. The English words write a Chinese term after its English,
 * in brackets or quotes (“CNY 10,000 (万元)”, “sub-category (款)”; test/site/zh-marks.test.ts checks every
 * dictionary); English words, finding messages and report names go through `zhParts` (components: `<EnText>`)
 * or `zhHtml` (strings of markup: Fill, the briefing deck). Chinese pages are left as they are.
 */
import { escapeHtml } from './html';
import type { Locale } from './i18n';

const Z = '\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef';
/**
 * A run of Chinese: Han characters with the CJK punctuation, Latin letters and digits written inside it
 * (`300M互联网带宽`, `X万元，比上年Y万元增加Z万元，增长G%`), starting and ending on a letter, digit or CJK mark.
 */
const RUN = new RegExp(
  `[A-Za-z0-9%]*(?:[${Z}][A-Za-z0-9.%]*)*[\\p{Script=Han}](?:[A-Za-z0-9.%]*[${Z}])*[A-Za-z0-9%]*`,
  'gu',
);
/** A text in curly quotes (one level of quotes inside it allowed) that holds Chinese: a quoted name, one part. */
const QUOTE = /“(?:[^“”]|“[^“”]*”)*”/gu;
const HAN = /\p{Script=Han}/u;
/** Full-width brackets and quotes that belong to a run of Chinese right next to them. */
const OPEN = /[（《“「【]$/u;
const CLOSE = /^[）》”」】]/u;

/**
 * `text` split into its English and its Chinese parts (in order; joined they give `text` back). A quoted text
 * with Chinese in it (“科普活动”, “丰台区…“连心通””) is one Chinese part, whatever else it holds.
 */
export function zhParts(text: string): { text: string; zh: boolean }[] {
  const out: { text: string; zh: boolean }[] = [];
  let last = 0;
  for (const m of text.matchAll(QUOTE)) {
    if (!HAN.test(m[0])) continue;
    if (m.index > last) out.push(...runParts(text.slice(last, m.index)));
    out.push({ text: m[0], zh: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push(...runParts(text.slice(last)));
  return out;
}

/** `text` (no quoted Chinese in it) split at its runs of Chinese. */
function runParts(text: string): { text: string; zh: boolean }[] {
  const out: { text: string; zh: boolean }[] = [];
  let last = 0;
  for (const m of text.matchAll(RUN)) {
    let start = m.index;
    let end = start + m[0].length;
    // a full-width bracket pair around the run is Chinese too: （2020年度）
    while (start > last && OPEN.test(text.slice(0, start))) start--;
    while (end < text.length && CLOSE.test(text.slice(end))) end++;
    if (start > last) out.push({ text: text.slice(last, start), zh: false });
    out.push({ text: text.slice(start, end), zh: true });
    last = end;
  }
  if (last < text.length) out.push({ text: text.slice(last), zh: false });
  return out;
}

/**
 * `text` as HTML, every run of Chinese in a `<span lang="zh-CN">` in English; in Chinese, only escaped.
 * @example zhHtml('in 万元 (CNY 10,000)', 'en') // 'in <span lang="zh-CN">万元</span> (CNY 10,000)'
 */
export function zhHtml(text: string, locale: Locale = 'en'): string {
  if (locale === 'zh') return escapeHtml(text);
  return zhParts(text)
    .map((p) => (p.zh ? `<span lang="zh-CN">${escapeHtml(p.text)}</span>` : escapeHtml(p.text)))
    .join('');
}
