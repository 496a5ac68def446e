/**
 * Folds the punctuation a report may print either way (`，（）：；％` or `, ( ) : ; %`, full-width digits) to one
 * form, so a sentence shape is written once. Every replacement is one character for one, so an index into the
 * folded text is the same index into the text as printed (quotes are cut from the printed text).
 * A comma between a digit and exactly three digits is a thousands separator and is kept as printed.
 * @example fold('财政拨款收入7,650.49万元,占收入合计的99.85%;') // '财政拨款收入7,650.49万元，占收入合计的99.85%；'
 */
export function fold(text: string): string {
  return text.replace(/[,():;％０-９]/g, (c, i: number, s: string) => {
    if (c >= '０' && c <= '９') return String.fromCharCode(c.charCodeAt(0) - 0xfee0);
    if (c === ',' && /[\d０-９]/.test(s[i - 1] ?? '') && /^[\d０-９]{3}(?![\d０-９])/.test(s.slice(i + 1))) return c;
    return FULL[c]!;
  });
}

const FULL: Record<string, string> = { ',': '，', '(': '（', ')': '）', ':': '：', ';': '；', '％': '%' };

/** Lines with their text folded (`fold`), numbered as before. */
export const foldLines = <L extends { n: number; text: string }>(lines: L[]): L[] =>
  lines.map((l) => ({ ...l, text: fold(l.text) }));

/**
 * Puts the printed text back into every `quote` of a parsed model: a quote cut from a folded line is replaced by
 * the same span of the line as printed (found by its position in the folded line). Quotes are walked in place.
 */
export function unfoldQuotes(model: unknown, printed: Map<number, string>): void {
  const seen = new Set<object>();
  const walk = (x: unknown): void => {
    if (!x || typeof x !== 'object' || seen.has(x)) return;
    seen.add(x);
    if (Array.isArray(x)) return x.forEach(walk);
    const o = x as Record<string, unknown>;
    if (typeof o.quote === 'string' && Array.isArray(o.lines)) o.quote = unfold(o.quote, o.lines as number[], printed);
    Object.values(o).forEach(walk);
  };
  walk(model);
}

function unfold(quote: string, lines: number[], printed: Map<number, string>): string {
  if (!quote) return quote;
  for (const n of lines) {
    const text = printed.get(n);
    if (text === undefined) continue;
    const i = fold(text).indexOf(quote);
    if (i >= 0) return text.slice(i, i + quote.length);
  }
  return quote;
}
