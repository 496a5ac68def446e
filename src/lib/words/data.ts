/** The data page's words (src/i18n/pages/data.<locale>.json): table titles, column meanings, types and units. */
import zh from '../../i18n/pages/data.zh.json';
import en from '../../i18n/pages/data.en.json';
import { pageWords, withSubject, type Locale } from '../i18n';

export const w = pageWords(zh, en);

const words: Record<Locale, Record<string, string>> = { zh, en };
/** The first of `keys` the locale's words have, the report's subject filled in (`{reportYear}` …). */
const lookup = (locale: Locale, ...keys: string[]) => {
  const found = keys.map((k) => words[locale][k]).find((v) => v !== undefined);
  return found === undefined ? undefined : withSubject(locale, found);
};

/** A table's title and one-line summary; an unknown table shows its name. */
export function tableWords(locale: Locale, table: string): { title: string; about: string | undefined } {
  return { title: lookup(locale, `table.${table}.title`) ?? table, about: lookup(locale, `table.${table}.about`) };
}

/** What a column means: its table's own entry, else the entry shared by every table; undefined when neither exists. */
export function columnMeaning(locale: Locale, table: string, column: string): string | undefined {
  return lookup(locale, `col.${table}.${column}`, `col.${column}`);
}

/** A manifest type such as `number|null` in words: `数字或空值`, `number or null`. */
export function typeLabel(locale: Locale, type: string): string {
  return type
    .split('|')
    .map((part) => lookup(locale, `type.${part}`) ?? part)
    .join(w(locale, 'type.or'));
}

/** A manifest unit (`万元`, `%`, `count`, `points`, `line numbers`) in words; the unit itself when unknown. */
export function unitLabel(locale: Locale, unit: string | null): string {
  return unit === null ? '' : (lookup(locale, `unit.${unit}`) ?? unit);
}

/** A description of one of the other files (findings.json, …), or the manifest's own English one. */
export function fileWords(locale: Locale, file: string, fallback?: string): string | undefined {
  return lookup(locale, `file.${file}`) ?? fallback;
}

/** `text` in brackets the way each language writes them: `（71.3 KB）`, `(71.3 KB)`. */
export function bracket(locale: Locale, text: string): string {
  return locale === 'zh' ? `（${text}）` : `(${text})`;
}
