/**
 * What the chart-spec tests (overview, spending, scores, project charts) check of a built ChartSpec, in one place:
 * its identity, its data table and sources, and its two SVGs. Each part is checked only when the test gives it.
 */
import { expect, test } from 'vitest';
import type { z } from 'zod';
import { auditColumnNames } from '../../../contract/columns';
import { FIGURES, type IndicatorRow, type TableName, type TABLES } from '../../../contract/tables';
import type { ChartSpec } from '../../../src/charts/chart-spec';
import type { Locale } from '../../../src/lib/i18n';
import { normalizeSvg } from '../normalize-svg';

export const locales: readonly Locale[] = ['zh', 'en'];
export const keys = (spec: ChartSpec) => spec.columns.map((c) => c.key);
export const column = (spec: ChartSpec, key: string) => spec.rows.map((r) => r[key]);

/** The eight spending categories, largest final amount first, as /spending/ and the overview show them. */
export const categoryNames: Record<Locale, string[]> = {
  zh: [
    '科学技术支出',
    '资源勘探信息等支出',
    '住房保障支出',
    '社会保障和就业支出',
    '安全监管支出',
    '一般公共服务支出',
    '教育支出',
    '农林水支出',
  ],
  en: [
    'Science and technology',
    'Resource exploration, information and industry',
    'Housing security',
    'Social security and employment',
    'Work-safety supervision',
    'General public services',
    'Education',
    'Agriculture, forestry and water',
  ],
};
export const categoryFinals = [5504.37, 1434.3, 170.96, 104.37, 25.37, 15.3, 5.35, 4.42];
/** Each category row cites the table's line 49 and its own line. */
export const categoryRowLines = [61, 75, 79, 67, 82, 52, 58, 71].map((n) => [49, n]);

/** An indicator row as data/derived/indicators.json has it: a complete quantity row, weight 10, nothing lost. */
export const indicatorRow = (over: Partial<IndicatorRow>): IndicatorRow => ({
  ...noVerdicts('indicators'),
  project_slug: 'p',
  row: 1,
  level1_zh: '产出指标',
  level1_en: 'Outputs',
  level2_zh: '数量指标',
  level2_en: 'Quantity',
  name_zh: 'x',
  weight: 10,
  target: null,
  actual: null,
  score: 10,
  points_lost: 0,
  reason_zh: null,
  complete: true,
  source_lines: [1],
  quote: '',
  ...over,
});

/**
 * A table's audit columns (contract/columns.ts `auditColumns`), all null: for rows made up in tests (typed as the
 * whole row so that it spreads into one; the row's own fields follow it).
 */
export function noVerdicts<N extends TableName>(table: N) {
  const figures = FIGURES[table] as readonly string[];
  return Object.fromEntries(
    figures.flatMap((f) => Object.values(auditColumnNames(f, figures)).map((c) => [c, null])),
  ) as unknown as z.infer<(typeof TABLES)[N]['schema']>;
}

export interface ExpectedSpec {
  id: string;
  locale: Locale;
  route?: string;
  level?: number | undefined;
  sourceLines?: number[];
  keys?: string[];
  /** column key → its values, row by row */
  columns?: Record<string, unknown[]>;
  /** each row's source_lines */
  rowLines?: unknown[];
  /** the audit links' ids (`undefined`: the spec has none) */
  auditIds?: string[] | undefined;
  title?: string;
  subtitle?: string;
}

/** A built spec against what a test expects of it; a key left out of `expected` is not checked (one given as `undefined` is). */
export function expectSpec(spec: ChartSpec, expected: ExpectedSpec) {
  expect(spec.id).toBe(expected.id);
  expect(spec.locale).toBe(expected.locale);
  if ('title' in expected) expect(spec.title).toBe(expected.title);
  if ('subtitle' in expected) expect(spec.subtitle).toBe(expected.subtitle);
  if ('route' in expected) expect(spec.route).toBe(expected.route);
  if ('level' in expected) expect(spec.level).toBe(expected.level);
  if ('sourceLines' in expected) expect(spec.sourceLines).toEqual(expected.sourceLines);
  if ('keys' in expected) expect(keys(spec)).toEqual(expected.keys);
  for (const [key, values] of Object.entries(expected.columns ?? {})) expect(column(spec, key), key).toEqual(values);
  if ('rowLines' in expected) expect(spec.rows.map((r) => r.source_lines)).toEqual(expected.rowLines);
  if ('auditIds' in expected)
    if (expected.auditIds === undefined) expect(spec.auditLinks).toBeUndefined();
    else expect(spec.auditLinks?.map((l) => l.id)).toEqual(expected.auditIds);
}

/** Both SVGs are SVG: the wide one and the narrow one for phones. */
export function expectSvgs(spec: ChartSpec) {
  expect(spec.svg.startsWith('<svg')).toBe(true);
  expect(spec.svgNarrow?.startsWith('<svg')).toBe(true);
}

/** Both SVGs open with the same label. */
export function expectSvgLabel(spec: ChartSpec, label: string) {
  expect(spec.svg.startsWith(`<svg aria-label="${label}"`)).toBe(true);
  expect(spec.svgNarrow?.startsWith(`<svg aria-label="${label}"`)).toBe(true);
}

/** A chart whose spec is checked in both locales against its table; `more` checks what only that chart has. */
export interface SpecCase {
  id: string;
  /** what the test checks, after the locale in its name */
  title: string;
  expected: (locale: Locale) => Omit<ExpectedSpec, 'id' | 'locale'>;
  more?: (spec: ChartSpec, locale: Locale) => void;
  /** how to build it, when not as `testSpecs` builds every case */
  build?: (locale: Locale) => ChartSpec;
}

/**
 * One test per case and locale ("<id> (<locale>): <title>"): the spec that the case's `build` or else `build` makes,
 * checked by `common` (what every chart of the page has), against the case's table and by its `more`.
 */
export function testSpecs(
  cases: SpecCase[],
  build: (id: string, locale: Locale) => ChartSpec,
  common: (spec: ChartSpec, id: string, locale: Locale) => void = () => {},
) {
  for (const { id, title, expected, more, build: own } of cases)
    for (const locale of locales)
      test(`${id} (${locale}): ${title}`, () => {
        const spec = own ? own(locale) : build(id, locale);
        common(spec, id, locale);
        expectSpec(spec, { id, locale, ...expected(locale) });
        more?.(spec, locale);
      });
}

/** A test per (locale, width): `render`'s SVG, normalised, matches the file ../snapshots/<name>-<width>-<locale>.svg. */
export function testSnapshots(
  name: string,
  render: (locale: Locale, width: number) => string,
  cases: readonly (readonly [Locale, number])[],
) {
  test.each(cases)('renders as in its snapshot (%s, %i px)', async (locale, width) => {
    await expect(normalizeSvg(render(locale, width))).toMatchFileSnapshot(
      `../snapshots/${name}-${width}-${locale}.svg`,
    );
  });
}

/** A chart's words in one locale: each given one is checked (`subtitleContains`: a part of the subtitle). */
export interface ExpectedWords {
  title?: string;
  subtitle?: string;
  subtitleContains?: string;
}

/** One test per chart and locale ("<id>: its words (<locale>)"), the chart built by `build`, against `words`. */
export function testWords(
  words: Record<string, Record<Locale, ExpectedWords>>,
  build: (id: string, locale: Locale) => ChartSpec,
) {
  for (const [id, byLocale] of Object.entries(words))
    test.each(locales)(`${id}: its words (%s)`, (locale) => {
      const spec = build(id, locale);
      const expected = byLocale[locale];
      if ('title' in expected) expect(spec.title, 'title').toBe(expected.title);
      if ('subtitle' in expected) expect(spec.subtitle, 'subtitle').toBe(expected.subtitle);
      if ('subtitleContains' in expected) expect(spec.subtitle, 'subtitle').toContain(expected.subtitleContains);
    });
}
