/**
 * Small HTML builders for sentences on the project and score pages that mix translated words with figures:
 * amounts carry data-amount-wan (the unit switch re-formats them), report lines and audit findings become
 * links. Everything that is not markup is escaped: report text may contain `<`, `&` and quotes.
 */
import { formatAmount, MISSING } from '../format';
import { localePath, type Locale } from '../i18n';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** `text` safe for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/**
 * An amount in 万元 as `<span class="amount" data-amount-wan="…">`, formatted for `locale`; `—` for null.
 * @example amountHtml(1040, 'zh') // '<span class="amount" data-amount-wan="1040">1,040.00 万元</span>'
 */
export function amountHtml(wan: number | null | undefined, locale: Locale): string {
  if (wan === null || wan === undefined) return MISSING;
  return `<span class="amount" data-amount-wan="${wan}">${escapeHtml(formatAmount(wan, locale))}</span>`;
}

/** A link: `href` is a route inside the site (`/audit/#x`), made locale- and base-aware. */
export function linkHtml(locale: Locale, route: string, text: string, base?: string): string {
  return `<a href="${escapeHtml(localePath(locale, route, base))}">${escapeHtml(text)}</a>`;
}

/**
 * Fills `{name}` placeholders of a translated template: the template is escaped, the parts are HTML already.
 * @throws if the template names a part that is not given
 * @example fillHtml('执行率{rate}', { rate: '<b>60%</b>' }) // '执行率<b>60%</b>'
 */
export function fillHtml(template: string, parts: Record<string, string>): string {
  return template
    .split(/(\{\w+\})/)
    .map((piece) => {
      const name = /^\{(\w+)\}$/.exec(piece)?.[1];
      if (name === undefined) return escapeHtml(piece);
      const part = parts[name];
      if (part === undefined) throw new Error(`fillHtml: no value for {${name}} in ${JSON.stringify(template)}`);
      return part;
    })
    .join('');
}
