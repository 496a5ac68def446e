/**
 * Our English translations of the report's own words, as data keyed by the report's Chinese text (one JSON per
 * kind in src/i18n/pages/): a changed report finds no translation and the build fails loudly instead of showing a
 * stale one, and a unit test (test/site/translations.test.ts) fails on a key the report no longer prints. The
 * English pages show them beside the Chinese quote, marked "Our translation".
 */
import indicatorsEn from '../i18n/pages/projects.indicators.en.json';
import reasonsEn from '../i18n/pages/projects.reasons.en.json';
import goalsEn from '../i18n/pages/projects.goals.en.json';
import claimsEn from '../i18n/pages/audit.claims.en.json';
import sectionsEn from '../i18n/pages/data.sections.en.json';
import glossaryEn from '../i18n/pages/glossary.definitions.en.json';

/** Each kind of report text we translate, and the file that holds its translations. */
export const TRANSLATIONS = {
  /** indicator names, level-2 headings, targets and actuals of the self-evaluation tables */
  indicator: { file: 'src/i18n/pages/projects.indicators.en.json', table: indicatorsEn },
  /** the reasons the tables give on their indicator rows */
  reason: { file: 'src/i18n/pages/projects.reasons.en.json', table: reasonsEn },
  /** each project's goal for the year and what it achieved */
  goal: { file: 'src/i18n/pages/projects.goals.en.json', table: goalsEn },
  /** what each arithmetic check checked (a finding's claim) and its values in words */
  claim: { file: 'src/i18n/pages/audit.claims.en.json', table: claimsEn },
  /** the report's section headings */
  section: { file: 'src/i18n/pages/data.sections.en.json', table: sectionsEn },
  /** the definitions of the report's own glossary (专业名词解释) */
  glossary: { file: 'src/i18n/pages/glossary.definitions.en.json', table: glossaryEn },
} as const satisfies Record<string, { file: string; table: Readonly<Record<string, string>> }>;

export type TranslationKind = keyof typeof TRANSLATIONS;

/** The key a text is filed under: as printed, without the spaces around it and at the ends of its lines. */
export const translationKey = (zh: string) => zh.trim().replace(/[ \t\u3000]+$/gm, '');

/**
 * Whether a missing translation may pass: `TRANSLATIONS=optional` when the site is built from another report's
 * tables (DERIVED_DIR), whose words we have not translated; the English pages then show the Chinese alone.
 */
const optional = () => process.env.TRANSLATIONS === 'optional';

/**
 * Our English of a report text of `kind`; `null` only when TRANSLATIONS=optional and there is none.
 * @throws `no English for the <kind> "…": add it to <file>` when the table lacks it
 * @example translation('reason', '项目进行中') // 'The project is under way.'
 */
export function translation(kind: TranslationKind, zh: string): string | null {
  const { file, table } = TRANSLATIONS[kind];
  const key = translationKey(zh);
  const en = (table as Readonly<Record<string, string>>)[key];
  if (en !== undefined) return en;
  if (optional()) return null;
  throw new Error(`no English for the ${kind} ${JSON.stringify(key)}: add it to ${file}`);
}

/** The English of a performance indicator's name (or a level-2 heading) as the report prints it. */
export const indicatorNameEn = (zh: string): string => translation('indicator', zh) ?? zh;

/**
 * `text` (English) with each quoted Chinese indicator name given in English, the Chinese kept beside it in
 * brackets (which `zhHtml`/`<EnText>` mark as Chinese); other quoted Chinese is left as it is.
 * @example englishNames('indicator “300M互联网带宽” is worth 2 points') // 'indicator “300 Mbps internet bandwidth” (300M互联网带宽) is worth 2 points'
 */
export function englishNames(text: string): string {
  const names = TRANSLATIONS.indicator.table as Readonly<Record<string, string>>;
  return text.replace(/“([^“”]*\p{Script=Han}[^“”]*)”/gu, (quote, zh: string) => {
    const en = names[zh];
    return en === undefined ? quote : `“${en}” (${zh})`;
  });
}
