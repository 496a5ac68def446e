/** Reading a built page in tests: its locale, its base path, and where its files go. */

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
