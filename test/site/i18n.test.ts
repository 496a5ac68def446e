import { describe, expect, test } from 'vitest';
import * as i18n from '../../src/lib/i18n';

const { absoluteUrl, alternatePath, fillWords, htmlLang, localePath, normalizeBase, pageWords, routeOf, t } = i18n;

describe('messages', () => {
  test('t looks up and interpolates', () => {
    expect(t('zh', 'nav.spending')).toBe('支出');
    expect(t('en', 'nav.spending')).toBe('Spending');
    expect(t('zh', 'chart.line', { n: 49 })).toBe('第 49 行');
    expect(t('en', 'chart.unit', { unit: 'CNY million' })).toBe('Unit: CNY million');
    expect(() => t('en', 'chart.line')).toThrow('message chart.line needs parameter {n}');
    // @ts-expect-error an unknown key
    expect(() => t('en', 'nav.nowhere')).toThrow('unknown message key for en: nav.nowhere');
    expect(htmlLang('zh')).toBe('zh-CN');
    expect(htmlLang('en')).toBe('en');
  });
});

describe('page words', () => {
  // (that every zh/en dictionary has the same keys and placeholders is test/site/words-parity.test.ts)
  const w = pageWords({ title: '{n} 个项目', plain: '项目' }, { title: '{n} projects', plain: 'Projects' });

  test('look up and fill as t does, with the same errors', () => {
    expect(w('zh', 'title', { n: 14 })).toBe('14 个项目');
    expect(w('en', 'title', { n: 14 })).toBe('14 projects');
    expect(w.template('en', 'title')).toBe('{n} projects');
    expect(() => w('en', 'title')).toThrow('message title needs parameter {n}');
    // @ts-expect-error an unknown key
    expect(() => w('en', 'nowhere')).toThrow('unknown message key for en: nowhere');
    // @ts-expect-error English words missing
    expect(() => pageWords({ a: '甲', b: '乙' }, { a: 'A' })).toThrow('pageWords: English words missing for b');
  });

  test('fillWords fills every placeholder, repeated ones too', () => {
    expect(fillWords('{a}{b}{a}', { a: 1, b: 'x' }, 'k')).toBe('1x1');
    expect(fillWords('none', {}, 'k')).toBe('none');
  });
});

describe('paths', () => {
  test('absoluteUrl: on the site’s host when the build knows it, else root-relative as it is', () => {
    expect(absoluteUrl('/fengtai/en/audit/#finding-a', 'https://example.org/')).toBe(
      'https://example.org/fengtai/en/audit/#finding-a',
    );
    expect(absoluteUrl('/en/', new URL('https://example.org/x/'))).toBe('https://example.org/en/');
    expect(absoluteUrl('/en/audit/', undefined)).toBe('/en/audit/');
  });

  test('normalizeBase', () => {
    expect(normalizeBase('/')).toBe('/');
    expect(normalizeBase('')).toBe('/');
    expect(normalizeBase('/fengtai')).toBe('/fengtai/');
    expect(normalizeBase('/fengtai/')).toBe('/fengtai/');
    expect(normalizeBase('/a/b//')).toBe('/a/b/');
    expect(normalizeBase(), 'import.meta.env.BASE_URL under Vitest').toBe('/');
  });

  test('localePath at the root', () => {
    expect(localePath('zh', '/')).toBe('/');
    expect(localePath('en', '/')).toBe('/en/');
    expect(localePath('zh', '/spending/')).toBe('/spending/');
    expect(localePath('en', 'spending')).toBe('/en/spending/');
    expect(localePath('zh', '/report/#L49')).toBe('/report/#L49');
    expect(localePath('en', '/report#L49')).toBe('/en/report/#L49');
    expect(localePath('en', '/audit/?sort=severity#finding-1')).toBe('/en/audit/?sort=severity#finding-1');
    expect(localePath('zh', '/data/spending.csv')).toBe('/data/spending.csv');
  });

  test('localePath under a base path', () => {
    expect(localePath('zh', '/', '/fengtai')).toBe('/fengtai/');
    expect(localePath('en', '/', '/fengtai/')).toBe('/fengtai/en/');
    expect(localePath('en', '/report/#L49', '/fengtai/')).toBe('/fengtai/en/report/#L49');
  });

  test('routeOf', () => {
    expect(routeOf('/')).toEqual({ locale: 'zh', route: '/' });
    expect(routeOf('/en/')).toEqual({ locale: 'en', route: '/' });
    expect(routeOf('/en')).toEqual({ locale: 'en', route: '/' });
    expect(routeOf('/en/spending/')).toEqual({ locale: 'en', route: '/spending/' });
    expect(routeOf('/english/')).toEqual({ locale: 'zh', route: '/english/' });
    expect(routeOf('/fengtai/en/projects/a/', '/fengtai/')).toEqual({ locale: 'en', route: '/projects/a/' });
    expect(() => routeOf('/other/', '/fengtai/')).toThrow('path /other/ is outside the base path /fengtai/');
  });

  test('alternatePath keeps the reader on the same view', () => {
    expect(alternatePath('/')).toBe('/en/');
    expect(alternatePath('/en/')).toBe('/');
    expect(alternatePath('/spending/')).toBe('/en/spending/');
    expect(alternatePath('/en/projects/incubation/')).toBe('/projects/incubation/');
    expect(alternatePath('/fengtai/', '/fengtai/')).toBe('/fengtai/en/');
    expect(alternatePath('/fengtai/en/audit/', '/fengtai')).toBe('/fengtai/audit/');
    for (const path of ['/', '/spending/', '/fengtai/x/y/']) {
      expect(alternatePath(alternatePath(path)), `round trip of ${path}`).toBe(path);
    }
  });
});

describe('the arithmetic check is not called an audit', () => {
  // “审计 / Audit” reads as an official state audit; the site only checks the report's own arithmetic.
  const files = import.meta.glob<Record<string, string>>('../../src/i18n/**/*.json', {
    eager: true,
    import: 'default',
  });
  test.each(Object.keys(files))('%s: no reader-visible 审计 or “audit”', (file) => {
    const said = Object.entries(files[file]!).filter(([, text]) => /审计|\baudit/i.test(text));
    expect(said).toEqual([]);
  });
});

describe('report lines', () => {
  test('a line’s anchor on the report page, and its URL in each language under the base path', () => {
    expect(i18n.lineAnchor(49)).toBe('L49');
    expect(i18n.lineHref('zh', 49, '/')).toBe('/report/#L49');
    expect(i18n.lineHref('en', 49, '/fengtai/')).toBe('/fengtai/en/report/#L49');
  });
});
