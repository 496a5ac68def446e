/**
 * Words for one page, kept outside code in a pair of JSON files (src/i18n/pages/<page>.zh.json and .en.json),
 * so pages can add their words without touching the shared src/i18n/<locale>.json.
 * @example const w = pageWords(zhWords, enWords); w('en', 'title', { n: 14 })
 */
import type { Locale } from './i18n';

export function pageWords<T extends Record<string, string>>(zh: T, en: { [K in keyof T]: string }) {
  const missing = Object.keys(zh).filter((k) => !(k in en));
  if (missing.length) throw new Error(`pageWords: English words missing for ${missing.join(', ')}`);
  return (locale: Locale, key: keyof T & string, params: Record<string, string | number> = {}): string => {
    const template = (locale === 'zh' ? zh : en)[key];
    if (template === undefined) throw new Error(`pageWords: unknown key ${key}`);
    return template.replace(/\{(\w+)\}/g, (_, name: string) => {
      const value = params[name];
      if (value === undefined) throw new Error(`pageWords: ${key} needs parameter {${name}}`);
      return String(value);
    });
  };
}
