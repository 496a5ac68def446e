/**
 * Every dictionary of words (src/i18n/<locale>.json and src/i18n/pages/<name>.<locale>.json) comes as a zh/en
 * pair with the same keys, the same `{placeholders}` in each sentence and no empty words. An English file
 * without a Chinese twin (`*.reasons.en.json`, `*.indicators.en.json`, `*.goals.en.json`, `*.claims.en.json`, `*.sections.en.json`, `*.definitions.en.json`) is a translation table keyed by the report's Chinese text.
 * A few sentences differ on purpose; they are listed in ON_PURPOSE with the exact difference, so any other
 * difference (or a change to one of these) fails.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { root } from '../browser/helpers';

type Words = Record<string, string>;

const placeholderNames = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

/** What is wrong with a zh/en pair: keys one side lacks, placeholders that differ, empty words. */
export function parityProblems(zh: Words, en: Words): string[] {
  const problems: string[] = [];
  for (const key of Object.keys(zh)) if (!(key in en)) problems.push(`${key}: missing in en`);
  for (const key of Object.keys(en)) if (!(key in zh)) problems.push(`${key}: missing in zh`);
  for (const [key, zhText] of Object.entries(zh)) {
    const enText = en[key];
    if (enText === undefined) continue;
    const [a, b] = [placeholderNames(zhText), placeholderNames(enText)];
    if (a.join() !== b.join()) problems.push(`${key}: placeholders {${a.join('}{')}} in zh, {${b.join('}{')}} in en`);
  }
  for (const [locale, words] of Object.entries({ zh, en }))
    for (const [key, text] of Object.entries(words))
      if (text.trim() === '') problems.push(`${key}: empty in ${locale}`);
  return problems;
}

/** Differences each language needs, per dictionary; their callers pass every parameter either side names. */
const ON_PURPOSE: Record<string, string[]> = {
  // English has no translated indicator names, so it names the indicator's kind; the tooltip keeps the Chinese name
  'pages/projects': [
    'lost.label: placeholders {name}{row} in zh, {kind}{row} in en',
    'lost.titleRow: placeholders {name}{row} in zh, {kind}{row} in en',
    'lost.tipLabel: placeholders {name}{row} in zh, {kind}{name}{row} in en',
    // the label "(Chinese original)" after report text is needed in English only
    'original: empty in zh',
  ],
  // "14个" in Chinese, "14" in English (the sentence around it says "projects"); the English headline says "a new
  // bureau" (the kind of body, from the subject) where the Chinese names the department and the year
  'pages/overview': ['h1: placeholders {deptUnit}{reportYear} in zh, {deptKind} in en', 'count.unit: empty in en'],
  'pages/briefing': ['s2.title: placeholders {deptUnit}{reportYear}{spent} in zh, {deptKind}{reportYear}{spent} in en'],
  // the English citation gives the report's Chinese title (and year) beside its English one
  'pages/share': [
    'cite.title: placeholders {deptZh}{reportYear} in zh, {dept}{deptZh}{reportYear}{reportYear} in en',
    'file.source: placeholders {dept}{deptZh}{reportYear}{where} in zh, {dept}{deptZh}{reportYear}{reportYear}{where} in en',
  ],
  // English names the recomputed columns (amount_wan − prior_year_wan), Chinese their labels (2019年数 − 2018年数)
  'pages/data': [
    'col.overview-totals.change_wan_recomputed: placeholders {priorYear}{priorYearLabel}{reportYear} in zh, {priorYearLabel} in en',
  ],
  // "Translation:" before our English of a reason is needed in English only
  'pages/procurement': ['reason.translation: empty in zh'],
  // the English subtitle says “the incubation fund”, the Chinese names it
  'pages/scores': ['inc.subtitle: placeholders {fund}{total} in zh, {total} in en'],
  'pages/spending': ['reason.translation: empty in zh'],
};

const dir = join(root, 'src/i18n');
const read = (file: string): Words => JSON.parse(readFileSync(join(dir, file), 'utf8')) as Words;
const files = [
  ...readdirSync(dir).filter((f) => f.endsWith('.json')),
  ...readdirSync(join(dir, 'pages')).map((f) => `pages/${f}`),
];
const stems = [...new Set(files.map((f) => f.replace(/\.(zh|en)\.json$|(?<=^|\/)(zh|en)\.json$/, '')))].sort();

describe('words come in zh/en pairs', () => {
  test('every dictionary file is a .zh.json or .en.json, and every listed difference belongs to one', () => {
    expect(Object.keys(ON_PURPOSE).filter((stem) => !stems.includes(stem))).toEqual([]);
    expect(files.filter((f) => !/(^|[./])(zh|en)\.json$/.test(f))).toEqual([]);
    expect(stems.length).toBeGreaterThan(10);
  });

  for (const stem of stems) {
    const [zhFile, enFile] = ['zh', 'en'].map((l) => (stem === '' ? `${l}.json` : `${stem}.${l}.json`));
    if (files.includes(zhFile!)) {
      test(`${stem || 'messages'}: same keys, same placeholders, no empty words`, () => {
        expect(files, `${enFile} for ${zhFile}`).toContain(enFile);
        expect(parityProblems(read(zhFile!), read(enFile!))).toEqual(ON_PURPOSE[stem] ?? []);
      });
    } else {
      test(`${stem}: English without a Chinese twin is keyed by the report's Chinese text`, () => {
        expect(stem, 'only translation tables of report text come without a zh file').toMatch(
          /\.(reasons|indicators|goals|claims|sections|definitions)$/,
        );
        for (const [key, text] of Object.entries(read(enFile!))) {
          expect(key, 'a key in Chinese').toMatch(/\p{Script=Han}/u);
          expect(text.trim(), `the English of ${key}`).not.toBe('');
          expect(placeholderNames(text), `placeholders of ${key}`).toEqual(placeholderNames(key));
        }
      });
    }
  }
});

describe('parityProblems', () => {
  test('finds a key one side lacks, a placeholder that differs and an empty word', () => {
    expect(parityProblems({ a: '{n} 个', b: '乙', c: '丙' }, { a: '{count} items', b: 'B', d: ' ' })).toEqual([
      'c: missing in en',
      'd: missing in zh',
      'a: placeholders {n} in zh, {count} in en',
      'd: empty in en',
    ]);
    expect(parityProblems({ a: '{n}{n}' }, { a: '{n}' })).toEqual(['a: placeholders {n}{n} in zh, {n} in en']);
  });
});
