/**
 * Our translations of the report's words (src/i18n/pages/*.{reasons,indicators,goals,claims,sections,definitions}.en.json,
 * looked up by src/lib/translations.ts) are held to the texts the pages translate: each kind declares its texts
 * (TRANSLATIONS[kind].texts), the build stops before it starts on a declared text without a translation
 * (missingTranslations, test/site/missing-translation.build.test.ts), and here each table's keys are exactly its
 * declared texts of data/derived — no stale key, none missing — so a page translating a text no list declares (which
 * its table must then hold) fails this test. The spending and procurement reasons, looked up without failing
 * (reasonTranslation), keep only the check that each key is a text the report still prints.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { root } from '../browser/helpers';
import { readTranslationSource, translationProblems } from '../../src/lib/translation-check';
import {
  englishNames,
  missingTranslations,
  translation,
  translationKey,
  translationTexts,
  TRANSLATIONS,
  type TranslationKind,
  type TranslationSource,
} from '../../src/lib/translations';

const pages = join(root, 'src/i18n/pages');
const tables = readdirSync(pages).filter((f) =>
  /\.(reasons|indicators|goals|claims|sections|definitions)\.en\.json$/.test(f),
);
const kinds = Object.keys(TRANSLATIONS) as TranslationKind[];
/** the reason tables of the spending and procurement pages, read by reasonTranslation (a missing one passes) */
const lenientTables = tables.filter((f) => /^(spending|procurement)\.reasons\.en\.json$/.test(f));

/** Every string in data/derived's JSON files, as translationKey files it. */
function derivedTexts(): Set<string> {
  const dir = join(root, 'data/derived');
  const out = new Set<string>();
  const walk = (v: unknown): void => {
    if (typeof v === 'string') out.add(translationKey(v));
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.json')))
    walk(JSON.parse(readFileSync(join(dir, f), 'utf8')));
  return out;
}

/** The keys of a translation table that are not a text of data/derived. */
export const unusedKeys = (table: Record<string, string>, texts: ReadonlySet<string>) =>
  Object.keys(table).filter((k) => !texts.has(k));

/** How a table's keys differ from the texts declared for it: keys no text needs, texts without a key. */
export const keyDrift = (table: Readonly<Record<string, string>>, declared: readonly string[]) => ({
  stale: Object.keys(table).filter((k) => !declared.includes(k)),
  missing: declared.filter((t) => table[t] === undefined),
});

/** A source with one text of each kind that has no translation, beside texts that have one or need none. */
const fixture: TranslationSource = {
  projects: [
    { goal_zh: '报告里没有的目标', outcome_zh: null },
    { goal_zh: '  ', outcome_zh: '-' },
  ],
  indicators: [
    // a name, target and actual with a translation or without Chinese; the missing indicator text is a target
    { name_zh: '300M互联网带宽', target: '报告里没有的指标值', actual: '≥98%', reason_zh: null },
    { name_zh: null, target: null, actual: '100', reason_zh: '报告里没有的原因' },
    { name_zh: '300M互联网带宽', target: null, actual: null, reason_zh: '  项目进行中  ' },
  ],
  findings: [
    { claim: '报告里没有的核对', printed: 12.5, recomputed: '—', source_lines: [5] },
    { claim: '报告里没有的核对', printed: null, recomputed: null, source_lines: [1] },
  ],
  reportBlocks: [
    { kind: 'heading', n: 1, text: '第一部分 报告里没有的部分', section: null, part: 1 },
    { kind: 'heading', n: 2, text: '一、部门基本情况', section: '一', part: 1 },
    { kind: 'heading', n: 4, text: '二、报告里没有的一节', section: '二', part: 1 },
  ],
  glossary: [
    { term_zh: '政府采购', definition_zh: '报告里没有的定义' },
    { term_zh: '不在术语表里的词', definition_zh: '也不在译文里的定义' },
  ],
  // a table on lines 2–3 (§一, translated); the second finding's line 1 is a part heading, not a section
  tableLines: [[2, 3], []],
};

describe('translations of the report’s words', () => {
  const texts = derivedTexts();
  const source = readTranslationSource(join(root, 'data/derived'));

  test('every translation table is one src/lib/translations.ts knows or a reason table of its own page', () => {
    expect(tables.length).toBeGreaterThanOrEqual(6);
    const known = Object.values(TRANSLATIONS).map((t) => t.file.replace('src/i18n/pages/', ''));
    expect(tables.filter((f) => !known.includes(f) && !lenientTables.includes(f))).toEqual([]);
    expect(lenientTables).toHaveLength(2);
  });

  for (const kind of kinds) {
    const { file, table } = TRANSLATIONS[kind];
    test(`${file}: its keys are exactly the ${kind} texts the pages translate (data/derived)`, () => {
      const declared = translationTexts(kind, source);
      expect(declared.length).toBeGreaterThan(0);
      expect(keyDrift(table, declared)).toEqual({ stale: [], missing: [] });
    });
  }

  for (const file of lenientTables) {
    test(`${file}: every key is a text the report still prints (data/derived)`, () => {
      const table = JSON.parse(readFileSync(join(pages, file), 'utf8')) as Record<string, string>;
      expect(Object.keys(table).length).toBeGreaterThan(0);
      expect(unusedKeys(table, texts)).toEqual([]);
    });
  }

  test('the unused-key check finds a stale key', () => {
    expect(unusedKeys({ 项目进行中: 'The project is under way.', 报告里没有的话: 'Not in the report' }, texts)).toEqual(
      ['报告里没有的话'],
    );
  });

  test('the exactness check finds a key no text needs and a text without a key', () => {
    expect(
      keyDrift({ 项目进行中: 'The project is under way.', 页面另译的话: 'A text no list declares' }, [
        '项目进行中',
        '没有译文的话',
      ]),
    ).toEqual({ stale: ['页面另译的话'], missing: ['没有译文的话'] });
  });

  test('every text the committed data needs has our translation: the build’s check finds none missing', () => {
    expect(missingTranslations(source)).toEqual([]);
    expect(translationProblems(join(root, 'data/derived'))).toEqual([]);
  });

  test('missingTranslations finds the one missing text of each kind, with the file to add it to', () => {
    expect(missingTranslations(fixture)).toEqual([
      { kind: 'indicator', text: '报告里没有的指标值', file: 'src/i18n/pages/projects.indicators.en.json' },
      { kind: 'reason', text: '报告里没有的原因', file: 'src/i18n/pages/projects.reasons.en.json' },
      { kind: 'goal', text: '报告里没有的目标', file: 'src/i18n/pages/projects.goals.en.json' },
      { kind: 'claim', text: '报告里没有的核对', file: 'src/i18n/pages/audit.claims.en.json' },
      { kind: 'section', text: '二、报告里没有的一节', file: 'src/i18n/pages/data.sections.en.json' },
      { kind: 'glossary', text: '报告里没有的定义', file: 'src/i18n/pages/glossary.definitions.en.json' },
    ]);
    // the texts it checked: translated ones, once each, and none without Chinese
    expect(translationTexts('indicator', fixture)).toEqual(['300M互联网带宽', '报告里没有的指标值']);
    expect(translationTexts('reason', fixture)).toEqual(['报告里没有的原因', '项目进行中']);
    expect(translationTexts('section', fixture)).toEqual(['一、部门基本情况', '二、报告里没有的一节']);
  });

  test('a missing translation fails loudly, naming the file to add it to', () => {
    expect(() => translation('reason', '报告里没有的话')).toThrow(
      'no English for the reason "报告里没有的话": add it to src/i18n/pages/projects.reasons.en.json',
    );
    expect(translation('reason', '  项目进行中  ')).toBe('The project is under way.');
    // a text without Chinese needs no English of ours (as the declared texts leave it out)
    expect(translation('claim', '12.5 %')).toBeNull();
    // a site built from another report's tables may show its Chinese untranslated, when told so
    process.env.TRANSLATIONS = 'optional';
    try {
      expect(translation('reason', '报告里没有的话')).toBeNull();
    } finally {
      delete process.env.TRANSLATIONS;
    }
  });

  test('English messages give a Chinese indicator name in English, the Chinese beside it', () => {
    expect(englishNames('indicator “300M互联网带宽” is worth 2 points')).toBe(
      'indicator “300 Mbps internet bandwidth” (300M互联网带宽) is worth 2 points',
    );
    expect(englishNames('named “社会保障和就业” in the summary')).toBe('named “社会保障和就业” in the summary');
  });
});
