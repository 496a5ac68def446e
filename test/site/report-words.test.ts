import { describe, expect, test } from 'vitest';
import zh from '../../src/i18n/pages/report.zh.json';
import en from '../../src/i18n/pages/report.en.json';

describe('report words', () => {
  test('both languages have the same keys, the same placeholders and no empty words', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(zh) as (keyof typeof zh)[]) {
      expect(names(en[key]), `placeholders of ${key}`).toEqual(names(zh[key]));
      expect(zh[key].trim(), `zh ${key}`).not.toBe('');
      expect(en[key].trim(), `en ${key}`).not.toBe('');
    }
  });
});
