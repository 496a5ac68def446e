/** The words of a page whose part of the report is missing (components/MissingNotice.astro) and of its nav mark. */
import en from '../i18n/pages/missing.en.json';
import zh from '../i18n/pages/missing.zh.json';
import { pageWords, type Locale } from './i18n';

export const missingWords = pageWords(zh, en);

type SectionKey = Extract<keyof typeof zh, `section.${string}`>;

/** A report section's name (a manifest id such as `spending`), in `locale`; the id itself if it has no words. */
export function sectionWord(locale: Locale, id: string): string {
  const key = `section.${id}`;
  return key in zh ? missingWords(locale, key as SectionKey) : id;
}
