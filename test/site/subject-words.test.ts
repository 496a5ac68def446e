/**
 * The report's subject in the site's words (src/lib/subject.ts, filled by t() and pageWords() in src/lib/i18n.ts):
 * no dictionary names this report's department or year; the placeholders are filled from the subject table, and
 * a report whose text names less falls back as documented.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { fillSubject, t, withSubject } from '../../src/lib/i18n';
import { subjectWords } from '../../src/lib/subject';
import { data } from '../../src/lib/data';
import type { SubjectRow } from '../../contract/tables';
import { root } from '../browser/helpers';

const dir = join(root, 'src/i18n');
const files = [
  ...readdirSync(dir).filter((f) => f.endsWith('.json')),
  ...readdirSync(join(dir, 'pages')).map((f) => `pages/${f}`),
  // translation tables keyed by the report's Chinese are data about this report's words: they may name it
].filter((f) => !/\.(reasons|indicators|goals|claims|sections)\.en\.json$/.test(f));

describe('the dictionaries name no report', () => {
  test('no word says 丰台, Fengtai, 科信局, STI Bureau or a year of this report: they say {dept}, {reportYear} …', () => {
    const named: string[] = [];
    for (const file of files)
      for (const [key, text] of Object.entries(JSON.parse(readFileSync(join(dir, file), 'utf8')) as object))
        // awards_2018 is a column's code (the incubation-funds table's item), not a year of the report
        if (/丰台|Fengtai|科信局|STI Bureau|20(18|19|20)/.test(String(text).replace(/awards_2018/g, '')))
          named.push(`${file} ${key}`);
    expect(named).toEqual([]);
  });
});

describe('the subject’s words', () => {
  test('fill every sentence from the subject table, in both languages', () => {
    expect(t('zh', 'site.title')).toBe('丰台区科信局2019年决算');
    expect(t('en', 'site.title')).toBe('Fengtai STI Bureau: the 2019 accounts');
    expect(withSubject('zh', '{deptShort}{reportYear}年，{DeptUnit}比{priorYearLabel}（{priorYear}）；{n}')).toBe(
      '丰台区科信局2019年，科信局比上年（2018）；{n}',
    );
    expect(withSubject('en', '{DeptUnit} of {deptPlace}, {evalYear}, {pubYear}: {dept}')).toBe(
      'The bureau of Fengtai District, Beijing, 2020, 2020: Science, Technology and Informatization Bureau of Fengtai District, Beijing',
    );
  });

  test('fall back to the Chinese name where the glossary has no English, and to plain words where the text names none', () => {
    const row = data.subject[0]!;
    const untranslated: SubjectRow = {
      ...row,
      department_zh: '北京市朝阳区示例局',
      department_en: null,
      local_zh: '朝阳区示例局',
      local_en: null,
      short_zh: '示例局',
      headline_zh: '朝阳区示例局',
      headline_en: null,
      place_zh: '北京市朝阳区',
      place_en: null,
      year: 2021,
      prior_year: 2020,
      evaluation_year: null,
    };
    const en = subjectWords(untranslated, 'en');
    // a Chinese name takes no article; an English one keeps it
    expect(fillSubject('The {deptLocal} was formed; the report of the {dept}', en)).toBe(
      '朝阳区示例局 was formed; the report of 北京市朝阳区示例局',
    );
    expect(fillSubject('The {deptLocal} was formed', subjectWords(row, 'en'))).toBe(
      'The Fengtai District Science, Technology and Informatization Bureau was formed',
    );
    expect(subjectWords(untranslated, 'en')).toMatchObject({
      dept: '北京市朝阳区示例局',
      deptName: '朝阳区示例局',
      deptShort: '朝阳区示例局',
      deptUnit: 'the bureau',
      deptPlace: '北京市朝阳区',
      reportYear: '2021',
      priorYearLabel: '2020',
      evalYear: '2022',
    });
    const unnamed: SubjectRow = {
      ...untranslated,
      department_zh: null,
      local_zh: null,
      short_zh: null,
      headline_zh: null,
      kind_zh: null,
      kind_en: null,
      city_zh: null,
      district_zh: null,
      place_zh: null,
    };
    expect(subjectWords(unnamed, 'zh')).toMatchObject({
      dept: '本部门',
      deptShort: '本部门',
      deptUnit: '本部门',
      deptPlace: '',
    });
    expect(subjectWords(unnamed, 'en')).toMatchObject({ dept: 'the department', deptUnit: 'the department' });
    expect(() => subjectWords(undefined, 'zh')).toThrow('expected one row');
  });
});
