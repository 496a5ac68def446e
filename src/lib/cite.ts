/**
 * HTML for numbers and names from the report placed inside translated sentences: every number links to its
 * report line; all text is escaped (report text may contain `<`, `&`, `"`).
 */
import { localePath, t, type Locale } from './i18n';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** `<a class="cite" href="/report/#L41" title="…第 41 行">7,266.76 万元</a>`, with data-amount-wan for amounts. */
export function citeHtml(locale: Locale, lines: readonly number[], text: string, amountWan?: number): string {
  if (!lines.length) throw new Error(`citeHtml ${text}: no source line`);
  const where =
    lines.length === 1
      ? t(locale, 'chart.sourceLine', { n: lines[0]! })
      : t(locale, 'chart.sourceLines', { list: lines.join(t(locale, 'chart.listSeparator')) });
  const amount = amountWan === undefined ? '' : ` data-amount-wan="${amountWan}"`;
  return `<a class="cite" href="${escapeHtml(localePath(locale, `/report/#L${lines[0]}`))}" title="${escapeHtml(where)}"${amount}>${escapeHtml(text)}</a>`;
}

/** Fills `{name}` placeholders of a trusted template with ready-made HTML fragments. */
export function fillHtml(template: string, parts: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const part = parts[name];
    if (part === undefined) throw new Error(`fillHtml: no value for {${name}}`);
    return part;
  });
}
