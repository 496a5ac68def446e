/**
 * Reading the built site for the post-build steps: its pages, and each page's locale and base path.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Pages that hold no chart of their own: embed pages repeat charts, the others have none. */
export const NOT_CHART_PAGES = /(^|\/)(embed|briefing|report|data)\//;

/** Every `index.html` under `dist`, relative to it, sorted. */
export function htmlPages(dist: string, dir = dist): string[] {
  return readdirSync(dir)
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return htmlPages(dist, path);
      return name === 'index.html' ? [relative(dist, path)] : [];
    })
    .sort();
}

/** The page's locale, from `<html lang>`. */
export function pageLocale(document: Document): 'zh' | 'en' {
  return document.documentElement.getAttribute('lang') === 'en' ? 'en' : 'zh';
}

/** The site's base path (`/` or `/fengtai/`), from the favicon link every page has. */
export function basePath(document: Document): string {
  return (
    document
      .querySelector('link[rel="icon"]')
      ?.getAttribute('href')
      ?.replace(/favicon\.svg$/, '') ?? '/'
  );
}

/**
 * The URL of a file of the site (`og/x.png`, relative to the base) as the page writes its own URLs: absolute when
 * the build knew the site's URL (the canonical link is absolute), root-relative otherwise.
 */
export function siteUrl(document: Document, path: string): string {
  const local = `${basePath(document)}${path.replace(/^\/+/, '')}`;
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
  return /^https?:\/\//.test(canonical) ? new URL(local, canonical).href : local;
}

/** `en/` for English files (`en/charts/…`), nothing for Chinese, as the site's own routes. */
export function localePrefix(locale: 'zh' | 'en'): string {
  return locale === 'en' ? 'en/' : '';
}
