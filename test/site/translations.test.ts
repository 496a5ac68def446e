/**
 * Our translations of the report's words (src/i18n/pages/*.{reasons,indicators,goals,claims,sections,definitions}.en.json,
 * looked up by src/lib/translations.ts) are found stale both ways: the build fails on a report text without a
 * translation, and this test fails on a translation whose Chinese key no longer occurs in data/derived.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { root } from '../browser/helpers';
import { data } from '../../src/lib/data';
import { englishNames, translation, translationKey, TRANSLATIONS } from '../../src/lib/translations';

const pages = join(root, 'src/i18n/pages');
const tables = readdirSync(pages).filter((f) =>
  /\.(reasons|indicators|goals|claims|sections|definitions)\.en\.json$/.test(f),
);

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

describe('translations of the report’s words', () => {
  const texts = derivedTexts();

  test('every translation table is one src/lib/translations.ts knows or a reason table of its own page', () => {
    expect(tables.length).toBeGreaterThanOrEqual(6);
    const known = Object.values(TRANSLATIONS).map((t) => t.file.replace('src/i18n/pages/', ''));
    expect(tables.filter((f) => !known.includes(f) && !/^(spending|procurement)\.reasons\.en\.json$/.test(f))).toEqual(
      [],
    );
  });

  for (const file of tables) {
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

  test('every Chinese text the English project and audit pages quote has our translation', () => {
    const han = /\p{Script=Han}/u;
    const missing: string[] = [];
    const need = (kind: Parameters<typeof translation>[0], text: string | null | undefined) => {
      if (!text || !han.test(text)) return;
      try {
        translation(kind, text);
      } catch {
        missing.push(`${kind}: ${text}`);
      }
    };
    for (const p of data.projects) [p.goal_zh, p.outcome_zh].forEach((t) => need('goal', t));
    for (const i of data.indicators) {
      [i.name_zh, i.target, i.actual].forEach((t) => need('indicator', t));
      need('reason', i.reason_zh);
    }
    for (const f of data.findings.findings)
      [f.claim, f.printed, f.recomputed].forEach((v) => need('claim', typeof v === 'string' ? v : null));
    for (const b of data.reportBlocks) if (b.kind === 'heading') need('section', b.text);
    expect(missing).toEqual([]);
  });

  test('a missing translation fails loudly, naming the file to add it to', () => {
    expect(() => translation('reason', '报告里没有的话')).toThrow(
      'no English for the reason "报告里没有的话": add it to src/i18n/pages/projects.reasons.en.json',
    );
    expect(translation('reason', '  项目进行中  ')).toBe('The project is under way.');
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
