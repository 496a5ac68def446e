/**
 * Our English translations of the report's own words, as data keyed by the report's Chinese text (one JSON per
 * kind in src/i18n/pages/): each kind declares the texts of data/derived/ it must translate (`texts`, what the
 * pages pass to `translation()`), and a changed report stops the build before it starts with every text that
 * has no translation (`missingTranslations`, run by astro.config.mjs through src/lib/translation-check.ts);
 * test/site/translations.test.ts holds each table's keys to exactly its declared texts for the committed data.
 * The English pages show them beside the Chinese quote, marked "Our translation".
 */
import indicatorsEn from '../i18n/pages/projects.indicators.en.json';
import reasonsEn from '../i18n/pages/projects.reasons.en.json';
import goalsEn from '../i18n/pages/projects.goals.en.json';
import claimsEn from '../i18n/pages/audit.claims.en.json';
import sectionsEn from '../i18n/pages/data.sections.en.json';
import glossaryEn from '../i18n/pages/glossary.definitions.en.json';
import termsFile from '../i18n/glossary/terms.json';
import type { Finding, ReportBlock } from '../../contract/files';
import type { IndicatorRow, ProjectRow } from '../../contract/tables';
import { sectionsFor } from './report-contents';

/** What the declared texts are read from: the parts of data/derived/ the pages translate (translation-check.ts reads them). */
export interface TranslationSource {
  projects: readonly Pick<ProjectRow, 'goal_zh' | 'outcome_zh'>[];
  indicators: readonly Pick<IndicatorRow, 'name_zh' | 'target' | 'actual' | 'reason_zh'>[];
  findings: readonly Pick<Finding, 'claim' | 'printed' | 'recomputed' | 'source_lines'>[];
  reportBlocks: readonly ReportBlock[];
  glossary: readonly { term_zh: string; definition_zh: string }[];
  /** each table of manifest.json: the report lines its rows come from (/data/ names their sections) */
  tableLines: readonly (readonly number[])[];
}

type Texts = (d: TranslationSource) => readonly unknown[];

/** Each kind of report text we translate, the file that holds its translations and the texts it must translate. */
export const TRANSLATIONS = {
  /** indicator names (ProjectDetail, the points-lost charts), targets and actuals of the self-evaluation tables */
  indicator: {
    file: 'src/i18n/pages/projects.indicators.en.json',
    table: indicatorsEn,
    texts: (d) => d.indicators.flatMap((i) => [i.name_zh, i.target, i.actual]),
  },
  /** the reasons the tables give on their indicator rows (ProjectDetail; the shortfalls of /projects/ are some of them) */
  reason: {
    file: 'src/i18n/pages/projects.reasons.en.json',
    table: reasonsEn,
    texts: (d) => d.indicators.map((i) => i.reason_zh),
  },
  /** each project's goal for the year and what it achieved (ProjectDetail) */
  goal: {
    file: 'src/i18n/pages/projects.goals.en.json',
    table: goalsEn,
    texts: (d) => d.projects.flatMap((p) => [p.goal_zh, p.outcome_zh]),
  },
  /** what each arithmetic check checked (a finding's claim) and its values in words (FindingCard) */
  claim: {
    file: 'src/i18n/pages/audit.claims.en.json',
    table: claimsEn,
    texts: (d) => d.findings.flatMap((f) => [f.claim, f.printed, f.recomputed]),
  },
  /**
   * the report's section headings the pages name: where each table of /data/ comes from (Dataset) and the section
   * of each finding's first line (the audit summary chart)
   */
  section: {
    file: 'src/i18n/pages/data.sections.en.json',
    table: sectionsEn,
    texts: (d) =>
      [
        ...d.tableLines.flatMap((lines) => sectionsFor(lines, d.reportBlocks)),
        ...d.findings.flatMap((f) => sectionsFor(f.source_lines.slice(0, 1), d.reportBlocks)),
      ].map((s) => s.text),
  },
  /** the definitions of the report's own glossary (专业名词解释) that a term of src/i18n/glossary/terms.json quotes */
  glossary: {
    file: 'src/i18n/pages/glossary.definitions.en.json',
    table: glossaryEn,
    texts: (d) =>
      (termsFile.terms as { report?: string }[]).map(
        (e) => e.report !== undefined && d.glossary.find((g) => g.term_zh === e.report)?.definition_zh,
      ),
  },
} as const satisfies Record<string, { file: string; table: Readonly<Record<string, string>>; texts: Texts }>;

export type TranslationKind = keyof typeof TRANSLATIONS;

/** The key a text is filed under: as printed, without the spaces around it and at the ends of its lines. */
export const translationKey = (zh: string) => zh.trim().replace(/[ \t\u3000]+$/gm, '');

/** Whether a text needs our English: it holds Chinese (a bare number or a dash does not). */
const needsEnglish = (key: string) => /\p{Script=Han}/u.test(key);

/** The line a missing translation is reported with, by `translation()` and before the build. */
export const missingTranslationMessage = ({ kind, text, file }: MissingTranslation) =>
  `no English for the ${kind} ${JSON.stringify(text)}: add it to ${file}`;

/** A report text of `kind` that its table lacks, and the file to add it to. */
export interface MissingTranslation {
  kind: TranslationKind;
  /** as translationKey files it */
  text: string;
  file: string;
}

/** The texts of `kind` the pages translate, as translationKey files them: each once, in the source's order. */
export function translationTexts(kind: TranslationKind, source: TranslationSource): string[] {
  const texts = (TRANSLATIONS[kind].texts as Texts)(source);
  const keys = texts.filter((t): t is string => typeof t === 'string').map(translationKey);
  return [...new Set(keys.filter(needsEnglish))];
}

/**
 * Every declared text (of every kind) that its table has no English for; empty when each is translated.
 * @example missingTranslations(source) // [{ kind: 'reason', text: '项目进行中', file: 'src/i18n/pages/projects.reasons.en.json' }]
 */
export function missingTranslations(source: TranslationSource): MissingTranslation[] {
  return (Object.keys(TRANSLATIONS) as TranslationKind[]).flatMap((kind) => {
    const { file, table } = TRANSLATIONS[kind];
    return translationTexts(kind, source)
      .filter((text) => (table as Readonly<Record<string, string>>)[text] === undefined)
      .map((text) => ({ kind, text, file }));
  });
}

/**
 * Whether a missing translation may pass: `TRANSLATIONS=optional` when the site is built from another report's
 * tables (DERIVED_DIR), whose words we have not translated; the English pages then show the Chinese alone.
 */
export const translationsOptional = () => process.env.TRANSLATIONS === 'optional';

/**
 * Our English of a report text of `kind`; `null` for a text without Chinese, or when TRANSLATIONS=optional and
 * there is none. The build checks every declared text first (missingTranslations); this throw is the backstop for
 * a page translating a text no `texts` declares.
 * @throws `no English for the <kind> "…": add it to <file>` when the table lacks it
 * @example translation('reason', '项目进行中') // 'The project is under way.'
 */
export function translation(kind: TranslationKind, zh: string): string | null {
  const { file, table } = TRANSLATIONS[kind];
  const key = translationKey(zh);
  const en = (table as Readonly<Record<string, string>>)[key];
  if (en !== undefined) return en;
  if (!needsEnglish(key) || translationsOptional()) return null;
  throw new Error(missingTranslationMessage({ kind, text: key, file }));
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
