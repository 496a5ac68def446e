/**
 * A number from the report as HTML, linked to the report line(s) it was read from — the site's core idea.
 * src/components/Figure.astro renders it in templates; pages that build HTML strings (the briefing deck,
 * sentences filled with fillHtml) call figureHtml directly.
 *
 * - an amount (`wan`, in 万元) is formatted for the locale and carries `data-amount-wan` (plus
 *   `data-amount-bare` / `data-amount-signed`) so that src/client/unit-switch.ts can re-format it; `null`
 *   shows `—`;
 * - any other figure comes as `text` (a percentage, a count), optionally with `wan` for an amount shown in
 *   words of its own;
 * - with `lines`, it is `<a href="/report/#L41" title="第 41 行">`; without, a `<span>`;
 * - with the audit's `verdict` on it (`figureVerdict`, src/lib/data.ts) and that verdict `conflict`, a "≠" follows
 *   it, linking its (first) finding on /audit/, with visually hidden words saying what it means — the same mark as
 *   the charts' data tables carry.
 */
import { amountAttributes } from './amount-attributes';
import type { FigureVerdict } from './data';
import { findingAnchor } from './data';
import { formatAmount, MISSING } from './format';
import { escapeHtml } from './html';
import { lineHref, localePath, t, type Locale } from './i18n';

export interface FigureOptions {
  locale: Locale;
  /** the amount in 万元; null or undefined with no `text` shows `—` */
  wan?: number | null;
  /** the figure as shown; [default: the amount formatted for the locale] */
  text?: string;
  /** [signed=false] show `+` on increases (amounts) */
  signed?: boolean;
  /** [bare=false] the number without its unit, for cells whose header names it (amounts) */
  bare?: boolean;
  /** the report lines the figure was read from; the link goes to the first */
  lines?: readonly number[];
  /** [cite=false] class `cite` (a figure in prose, which the print style leaves without a printed URL) instead of `amount` */
  cite?: boolean;
  /** the site's base path [default: import.meta.env.BASE_URL] */
  base?: string;
  /** the audit's verdict on the figure: `conflict` adds the "≠" mark linking the finding */
  verdict?: FigureVerdict | null;
}

/**
 * The "≠" a figure in conflict carries, linking its first finding; '' for any other verdict.
 * @example conflictMarkHtml('en', { status: 'conflict', finding_ids: 'a/b' }) // '<a class="conflict-mark" href="/en/audit/#finding-a-b">≠<span class="visually-hidden"> (does not agree …)</span></a>'
 */
export function conflictMarkHtml(locale: Locale, verdict: FigureVerdict | null | undefined, base?: string): string {
  const first = verdict?.status === 'conflict' ? verdict.finding_ids.split(' ')[0] : undefined;
  if (!first) return '';
  const href = localePath(locale, `/audit/#${findingAnchor(first)}`, base);
  const words = `<span class="visually-hidden">${escapeHtml(t(locale, 'chart.conflict'))}</span>`;
  return `<a class="conflict-mark" href="${escapeHtml(href)}">≠${words}</a>`;
}

/** The title of a link to report lines: `第 41 行`, `lines 41, 52`. */
export function linesTitle(locale: Locale, lines: readonly number[]): string {
  return lines.length === 1
    ? t(locale, 'chart.sourceLine', { n: lines[0]! })
    : t(locale, 'chart.sourceLines', { list: lines.join(t(locale, 'chart.listSeparator')) });
}

/**
 * @throws if `lines` is given but empty
 * @example figureHtml({ locale: 'zh', wan: 1040, lines: [49] })
 *   // '<a class="amount" href="/report/#L49" title="来源：《2019年度部门决算》第 49 行" data-amount-wan="1040">1,040.00 万元</a>'
 * @example figureHtml({ locale: 'en', wan: 352.97 }) // '<span class="amount" data-amount-wan="352.97">CNY 3.53 million</span>'
 */
export function figureHtml({
  locale,
  wan,
  text,
  signed = false,
  bare = false,
  lines,
  cite = false,
  base,
  verdict,
}: FigureOptions): string {
  const amount = typeof wan === 'number';
  if (text === undefined && !amount) return MISSING;
  const shown = text ?? formatAmount(wan, locale, { signed, bare });
  if (lines && !lines.length) throw new Error(`figureHtml ${shown}: no source line`);
  const attributes = [`class="${cite ? 'cite' : 'amount'}"`];
  if (lines) {
    attributes.push(`href="${escapeHtml(lineHref(locale, lines[0]!, base))}"`);
    attributes.push(`title="${escapeHtml(linesTitle(locale, lines))}"`);
  }
  if (amount)
    for (const [name, value] of Object.entries(amountAttributes(wan, { bare, signed })))
      attributes.push(value === '' ? name : `${name}="${escapeHtml(value)}"`);
  const tag = lines ? 'a' : 'span';
  return `<${tag} ${attributes.join(' ')}>${escapeHtml(shown)}</${tag}>${conflictMarkHtml(locale, verdict, base)}`;
}
