/**
 * Page titles within the 70 characters search engines show (and html-validate checks), counted as written in the
 * HTML: Astro escapes `&`, `<`, `>`, `"` and `'`, so each of those counts as its entity.
 */

/** The most characters a title has. */
const MAX = 70;
const ENTITY_LENGTH: Record<string, number> = { '&': 5, '<': 4, '>': 4, '"': 6, "'": 5 };

/** The length of `text` once escaped in HTML, in characters (code points). */
export function htmlLength(text: string): number {
  return [...text].reduce((sum, c) => sum + (ENTITY_LENGTH[c] ?? 1), 0);
}

/**
 * `<title> · <site>`, or the title alone when both do not fit 70 characters, cut with `…` when the title alone
 * does not.
 * @example pageTitle('支出', '丰台区科信局2019年决算') // '支出 · 丰台区科信局2019年决算'
 */
export function pageTitle(title: string, site: string): string {
  const full = `${title} · ${site}`;
  if (htmlLength(full) <= MAX) return full;
  if (htmlLength(title) <= MAX) return title.trim();
  const chars = [...title];
  while (chars.length && htmlLength(`${chars.join('').trimEnd()}…`) > MAX) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}
