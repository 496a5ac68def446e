/**
 * Filling in a chart's citation (see ./citation.ts) in the reader's browser; no words, so the client script
 * that imports this stays small.
 */
import type { Locale } from '../i18n';

/**
 * Fills a citation template's `{url}` and `{date}`, and each `{at:/path}` (a page of the site, from its root) with
 * `at(path)`: the URL it resolves to where the citation is read.
 */
export function fillCitation(
  template: string,
  url: string,
  date: string,
  at: (path: string) => string = (path) => path,
): string {
  return template
    .replace('{url}', () => url)
    .replace('{date}', () => date)
    .replace(/\{at:(\/[^{}\s]*)\}/g, (_, path: string) => at(path));
}

/**
 * A date as the locale's citation style writes it, from the date's local calendar day: zh `2026-11-27`
 * (GB/T 7714), en `27 November 2026`.
 */
export function citationDate(date: Date, locale: Locale): string {
  if (locale === 'zh') {
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  }
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }).format(date);
}
