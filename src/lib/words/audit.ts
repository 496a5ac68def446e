/** The audit page's words (src/i18n/pages/audit.<locale>.json), and the name and description of each rule. */
import zh from '../../i18n/pages/audit.zh.json';
import en from '../../i18n/pages/audit.en.json';
import { pageWords, withSubject, type Locale } from '../i18n';

export const w = pageWords(zh, en);

const words: Record<Locale, Record<string, string>> = { zh, en };

/** A sentence template with its `{…}` placeholders left in, for LineLinks. */
export const template = w.template;

/** A rule's short name and one-sentence description; an unknown rule shows its id and says it has no description. */
export function ruleWords(locale: Locale, rule: string): { name: string; about: string; known: boolean } {
  const name = words[locale][`rule.${rule}`];
  const about = words[locale][`about.${rule}`];
  if (name === undefined || about === undefined) return { name: rule, about: w(locale, 'rule.unknown'), known: false };
  return { name: withSubject(locale, name), about: withSubject(locale, about), known: true };
}
