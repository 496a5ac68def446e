/**
 * Our English translations of the report's own words, as data keyed by the report's Chinese text (one JSON per
 * kind in src/i18n/pages/): a changed report finds no translation and the build fails loudly instead of showing a
 * stale one. The English pages show them beside the Chinese quote, marked "Our translation".
 */
import indicatorsEn from '../i18n/pages/projects.indicators.en.json';

const INDICATORS: Readonly<Record<string, string>> = indicatorsEn;

/** The English of a performance indicator's name (or a level-2 heading) as the report prints it. */
export function indicatorNameEn(zh: string): string {
  const key = zh.trim();
  const en = INDICATORS[key];
  if (en === undefined)
    throw new Error(
      `no English for the indicator ${JSON.stringify(key)}: add it to src/i18n/pages/projects.indicators.en.json`,
    );
  return en;
}
