/** The words of the project pages (src/i18n/pages/projects.<locale>.json). */
import { pageWords } from '../../lib/page-words';
import type { Locale } from '../../lib/i18n';
import zh from '../../i18n/pages/projects.zh.json';
import en from '../../i18n/pages/projects.en.json';

export const words = pageWords(zh, en);

export type WordKey = keyof typeof zh;

/** A sentence with its `{name}` placeholders left in, for fillHtml (which inserts HTML such as amounts). */
export function template(locale: Locale, key: WordKey): string {
  return (locale === 'zh' ? zh : en)[key];
}
