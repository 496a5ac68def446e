/**
 * Locales, UI words and locale-aware paths. Chinese is the default locale and lives at the site root;
 * English lives under `en/`. The words themselves are in src/i18n/<locale>.json.
 */
import zh from '../i18n/zh.json';
import en from '../i18n/en.json';
import { SUBJECT_PLACEHOLDERS, subjectOf, type SubjectWords } from './subject';

export type Locale = 'zh' | 'en';
export type MessageKey = keyof typeof zh;

export const locales: readonly Locale[] = ['zh', 'en'];
export const defaultLocale: Locale = 'zh';

const messages: Record<Locale, Record<string, string>> = { zh, en };

/**
 * `template` with its `{name}` placeholders filled from `params` — the one filling of the site's words (t, pageWords).
 * @throws `message <key> needs parameter {name}` if a placeholder has no parameter
 * @example fillWords('第 {n} 行', { n: 49 }, 'chart.line') // '第 49 行'
 */
export function fillWords(template: string, params: Readonly<Record<string, string | number>>, key: string): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`message ${key} needs parameter {${name}}`);
    return String(value);
  });
}

const SUBJECT = new RegExp(`\\{(${SUBJECT_PLACEHOLDERS.join('|')})\\}`, 'g');

/**
 * `template` with the report's subject filled in: `{dept}`, `{deptShort}`, `{reportYear}` … (src/lib/subject.ts,
 * from the data), every other placeholder left for its caller.
 * @example withSubject('en', '{deptShort}: the {reportYear} accounts') // 'Fengtai STI Bureau: the 2019 accounts'
 */
export function withSubject(locale: Locale, template: string): string {
  return fillSubject(template, subjectOf(locale));
}

/**
 * `template` with the subject placeholders filled from `words`. An English name the glossary lacks is the Chinese
 * one, which takes no article: “the {deptName}” becomes “朝阳区…局”, not “the 朝阳区…局”.
 * @example fillSubject('of the {dept}', { dept: '北京市朝阳区示例局', … }) // 'of 北京市朝阳区示例局'
 */
export function fillSubject(template: string, words: SubjectWords): string {
  return template
    .replace(/\b[Tt]he \{(dept\w*)\}/g, (match, name: string) =>
      /^\p{Script=Han}/u.test(words[name as keyof SubjectWords] ?? '') ? `{${name}}` : match,
    )
    .replace(SUBJECT, (_, name: keyof SubjectWords) => words[name]);
}

/**
 * The template of `key` in a dictionary, the report's subject filled in and other placeholders left in.
 * @throws `unknown message key for <locale>: <key>`
 */
function lookup(dictionary: Readonly<Record<string, string>>, locale: Locale, key: string): string {
  const template = dictionary[key];
  if (template === undefined) throw new Error(`unknown message key for ${locale}: ${key}`);
  return withSubject(locale, template);
}

/**
 * The UI string for `key` in `locale`, with `{name}` placeholders filled from `params`.
 * @throws if the key or a placeholder's parameter is missing
 * @example t('en', 'chart.line', { n: 49 }) // 'line 49'
 */
export function t(locale: Locale, key: MessageKey, params: Record<string, string | number> = {}): string {
  return fillWords(lookup(messages[locale], locale, key), params, key);
}

/** A page's words: `words(locale, key, params)` fills a sentence, `words.template(locale, key)` leaves the placeholders in. */
export interface PageWords<K extends string> {
  (locale: Locale, key: K, params?: Record<string, string | number>): string;
  /** the sentence with its `{name}` placeholders left in, for fillHtml or <Fill> (which insert HTML) */
  template(locale: Locale, key: K): string;
}

/**
 * Words for one page, kept outside code in a pair of JSON files (src/i18n/pages/<page>.zh.json and .en.json),
 * so pages can add their words without touching the shared src/i18n/<locale>.json. Looked up and filled as t does.
 * @throws if the English words lack a key of the Chinese ones
 * @example const w = pageWords(zhWords, enWords); w('en', 'title', { n: 14 })
 */
export function pageWords<T extends Record<string, string>>(
  zh: T,
  en: { [K in keyof T]: string },
): PageWords<keyof T & string> {
  const missing = Object.keys(zh).filter((k) => !(k in en));
  if (missing.length) throw new Error(`pageWords: English words missing for ${missing.join(', ')}`);
  const dictionaries: Record<Locale, Readonly<Record<string, string>>> = { zh, en };
  const template = (locale: Locale, key: keyof T & string) => lookup(dictionaries[locale], locale, key);
  const words = (locale: Locale, key: keyof T & string, params: Record<string, string | number> = {}) =>
    fillWords(template(locale, key), params, key);
  return Object.assign(words, { template });
}

/** The locale's BCP 47 tag for `<html lang>` and `hreflang`, e.g. `zh-CN`. */
export function htmlLang(locale: Locale): string {
  return t(locale, 'meta.htmlLang');
}

/** Astro's base path with exactly one trailing slash: `/` or `/fengtai/`. */
export function normalizeBase(base: string = import.meta.env.BASE_URL): string {
  return `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
}

/**
 * The URL of `route` (a path inside the site, e.g. `/spending/` or `report/#L49`) in `locale`, under the base
 * path. Directory routes get the trailing slash the site is built with; query strings and hashes are kept.
 * @param [base=import.meta.env.BASE_URL] the site's base path
 * @example localePath('en', '/report/#L49', '/fengtai/') // '/fengtai/en/report/#L49'
 */
export function localePath(locale: Locale, route: string, base?: string): string {
  const match = /^([^?#]*)(.*)$/.exec(route) ?? ['', route, ''];
  let path = (match[1] ?? '').replace(/^\/+/, '');
  const rest = match[2] ?? '';
  if (path !== '' && !path.endsWith('/') && !/\.[a-z0-9]+$/i.test(path)) path += '/';
  const prefix = locale === defaultLocale ? '' : `${locale}/`;
  return `${normalizeBase(base)}${prefix}${path}${rest}`;
}

/** The id of report line `n` on the report page: `L49`. */
export const lineAnchor = (n: number): string => `L${n}`;

/**
 * The URL of report line `n` in `locale`.
 * @example lineHref('en', 49) // '/en/report/#L49'
 */
export const lineHref = (locale: Locale, n: number, base?: string): string =>
  localePath(locale, `/report/#${lineAnchor(n)}`, base);

/**
 * `path` on the site's host when the build knows it (SITE_URL: `Astro.site`, `import.meta.env.SITE`), else as it
 * is, root-relative, for the reader's browser to resolve.
 * @example absoluteUrl('/en/audit/', 'https://example.org/') // 'https://example.org/en/audit/'
 */
export const absoluteUrl = (path: string, site: URL | string | undefined): string =>
  site ? new URL(path, site).href : path;

/**
 * Splits a URL pathname (with the base path) into its locale and its route inside the site.
 * @example routeOf('/fengtai/en/spending/', '/fengtai/') // { locale: 'en', route: '/spending/' }
 */
export function routeOf(pathname: string, base?: string): { locale: Locale; route: string } {
  const root = normalizeBase(base);
  const withSlash = pathname.endsWith('/') || /\.[a-z0-9]+$/i.test(pathname) ? pathname : `${pathname}/`;
  if (!withSlash.startsWith(root)) throw new Error(`path ${pathname} is outside the base path ${root}`);
  const inner = withSlash.slice(root.length);
  for (const locale of locales) {
    if (locale === defaultLocale) continue;
    if (inner === `${locale}/` || inner.startsWith(`${locale}/`)) {
      return { locale, route: `/${inner.slice(locale.length + 1)}` };
    }
  }
  return { locale: defaultLocale, route: `/${inner}` };
}

/**
 * The same view in the other language: the pathname of the page that the language switch links to.
 * @example alternatePath('/spending/') // '/en/spending/'
 * @example alternatePath('/fengtai/en/', '/fengtai/') // '/fengtai/'
 */
export function alternatePath(pathname: string, base?: string): string {
  const { locale, route } = routeOf(pathname, base);
  return localePath(otherLocale(locale), route, base);
}

/** The locale the language switch leads to. */
export function otherLocale(locale: Locale): Locale {
  return locale === 'zh' ? 'en' : 'zh';
}
