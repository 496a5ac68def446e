/**
 * The report's subject in words: the placeholders every dictionary may use to name the department and the year
 * (`{dept}`, `{deptShort}`, `{reportYear}` …), filled from the one-row `subject` table (data/derived/subject.json,
 * read from the report's text by scripts/lib/subject.ts). t() and pageWords() (src/lib/i18n.ts) fill them in
 * every sentence, so no dictionary names one department or year.
 */
import type { SubjectRow } from '../../contract/tables';
import { data } from './data';

/** The placeholders the subject fills, in each language. */
export const SUBJECT_PLACEHOLDERS = [
  'dept',
  'deptZh',
  'deptName',
  'deptLocal',
  'deptShort',
  'deptKind',
  'deptUnit',
  'DeptUnit',
  'deptPlace',
  'reportYear',
  'priorYear',
  'thisYearLabel',
  'priorYearLabel',
  'evalYear',
  'pubYear',
] as const;
export type SubjectPlaceholder = (typeof SUBJECT_PLACEHOLDERS)[number];
export type SubjectWords = Record<SubjectPlaceholder, string>;

/** Words for a report whose text names no department (the template always names its year). */
const NO_NAME = { zh: '本部门', en: 'the department' } as const;

const capital = (s: string) => s.replace(/^./, (c) => c.toUpperCase());

/**
 * The subject's words in `locale`. English names come from the glossary (through the table); where it has none,
 * the Chinese name stands in (and `npm run data` listed it as untranslated).
 * - `dept`: the full name, formally (北京市丰台区科学技术和信息化局 / Science, Technology and Informatization Bureau of
 *   Fengtai District, Beijing): authors, titles, sources
 * - `deptName`: the full name as a sentence names it (北京市丰台区科学技术和信息化局 / Fengtai District Science,
 *   Technology and Informatization Bureau: English puts the district first and leaves out Beijing)
 * - `deptLocal`: the name without its municipality (丰台区科学技术和信息化局 / the same English)
 * - `deptZh`: the full name in Chinese in both languages (English gives the report's Chinese title beside its own)
 * - `deptShort`: the name a headline uses (丰台区科信局 / Fengtai STI Bureau)
 * - `deptKind`: the kind of body the name ends with (局 / bureau)
 * - `deptUnit`, `DeptUnit`: the department inside a sentence, at its start (科信局 / the bureau, The bureau)
 * - `deptPlace`: the place the accounts cover (北京市丰台区 / Fengtai District, Beijing; empty where the name has none)
 * - `reportYear`, `priorYear`: the year of the accounts and the year it is compared with (2019, 2018)
 * - `thisYearLabel`, `priorYearLabel`: the same as the accounts say them (本年, 上年 as printed / 2019, 2018)
 * - `evalYear`: the year the projects were evaluated, as printed (2020); else the year after the accounts
 * - `pubYear`: the year the accounts were published: the year after the accounts (the template does not print it)
 * @example subjectWords(row, 'zh').deptShort // '丰台区科信局'
 */
export function subjectWords(s: SubjectRow | undefined, locale: 'zh' | 'en'): SubjectWords {
  if (!s) throw new Error('data/derived/subject.json: expected one row (the report’s subject), found none');
  const zhDept = s.department_zh ?? NO_NAME.zh;
  const zhShort = s.headline_zh ?? zhDept;
  const zhUnit = s.short_zh ?? NO_NAME.zh;
  const years = {
    reportYear: String(s.year),
    priorYear: String(s.prior_year),
    thisYearLabel: locale === 'zh' ? '本年' : String(s.year),
    priorYearLabel: locale === 'zh' ? (s.prior_year_zh ?? '上年') : String(s.prior_year),
    evalYear: String(s.evaluation_year ?? s.year + 1),
    pubYear: String(s.year + 1),
  };
  if (locale === 'zh')
    return {
      dept: zhDept,
      deptZh: zhDept,
      deptName: zhDept,
      deptLocal: s.local_zh ?? zhDept,
      deptShort: zhShort,
      deptKind: s.kind_zh ?? zhUnit,
      deptUnit: zhUnit,
      DeptUnit: zhUnit,
      deptPlace: s.place_zh ?? '',
      ...years,
    };
  const dept = s.department_en ?? s.department_zh ?? NO_NAME.en;
  const local = s.local_en ?? s.department_en ?? s.local_zh ?? dept;
  const unit = s.kind_en ? `the ${s.kind_en}` : (s.short_zh ?? NO_NAME.en);
  return {
    dept,
    deptZh: zhDept,
    deptName: local,
    deptLocal: local,
    deptShort: s.headline_en ?? s.headline_zh ?? dept,
    deptKind: s.kind_en ?? s.kind_zh ?? 'department',
    deptUnit: unit,
    DeptUnit: capital(unit),
    deptPlace: s.place_en ?? s.place_zh ?? '',
    ...years,
  };
}

const words = { zh: subjectWords(data.subject[0], 'zh'), en: subjectWords(data.subject[0], 'en') };

/** This build's subject words in `locale` (from data/derived/subject.json or DERIVED_DIR's). */
export const subjectOf = (locale: 'zh' | 'en'): SubjectWords => words[locale];

/** This build's subject row (the department, its names, the year, the place). */
export const reportSubject = (): SubjectRow => data.subject[0]!;

/**
 * How the report says the department was formed in the year of its accounts (§一's formation sentence, whose year
 * is the accounts' year): what from, in Chinese as printed and in English where the glossary has it; null where
 * the text does not say it was formed that year — then no page says the department is new.
 * @example formationOf(reportSubject()) // { fromZh: '原区科委的职责与原区经信委的信息化职责', fromEn: 'the duties of …' }
 */
export function formationOf(s: SubjectRow): { fromZh: string | null; fromEn: string | null } | null {
  if (s.formed_line === null || s.formed_year !== s.year) return null;
  return { fromZh: s.formed_from_zh, fromEn: s.formed_from_en };
}

/** This build's formation in the year of its accounts (formationOf of data/derived/subject.json). */
export const reportFormation = () => formationOf(reportSubject());
