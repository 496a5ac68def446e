/**
 * Byte budgets of the built site (dist/, or DIST_DIR), gzip, measured from the files as a browser would load them
 * before any interaction (scripts/bench.ts prints the same figures): JavaScript ≤ 20 KB on every page and embed,
 * a whole page ≤ 150 KB (not /report/); Plot, d3 and Arquero never load up front; no web font for Chinese.
 * Deterministic: bytes only, never a time.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import {
  BUDGETS,
  HEAVY_LIBRARIES,
  KB,
  pageWeight,
  sitePages,
  WHOLE_PAGE_EXEMPT,
  type PageWeight,
} from '../../scripts/bench';
import { dist, ensureBuilt } from '../browser/helpers';

const base = process.env.BASE_PATH ?? '/';
let weights: PageWeight[];

beforeAll(() => {
  ensureBuilt();
  weights = sitePages(dist).map((file) => pageWeight(dist, file.replace(/index\.html$/, ''), base));
}, 600_000);

const kb = (n: number) => `${(n / KB).toFixed(1)} KB`;

describe('byte budgets (gzip)', () => {
  test('the build has the pages and embeds the budgets are about', () => {
    const pages = weights.map((w) => w.page);
    for (const page of [
      '',
      'en/',
      'spending/',
      'projects/',
      'briefing/',
      'report/',
      'embed/overview-spending/',
      'en/embed/overview-spending/',
    ]) {
      expect(pages, `/${page}`).toContain(page);
    }
    expect(
      weights.every((w) => w.html > 0 && w.css > 0),
      'every page has HTML and CSS',
    ).toBe(true);
  });

  test(`JavaScript loaded before any interaction is at most ${BUDGETS.initialJs / KB} KB on every page and embed`, () => {
    const over = weights
      .filter((w) => w.js > BUDGETS.initialJs)
      .map((w) => `/${w.page}: ${kb(w.js)} (${w.files.js.join(', ')})`);
    expect(over).toEqual([]);
  });

  test(`a whole page (HTML, CSS, JavaScript, fonts, images) is at most ${BUDGETS.page / KB} KB, /report/ excepted`, () => {
    const over = weights
      .filter((w) => !WHOLE_PAGE_EXEMPT.test(w.page) && w.total > BUDGETS.page)
      .map(
        (w) =>
          `/${w.page}: ${kb(w.total)} (HTML ${kb(w.html)}, CSS ${kb(w.css)}, JS ${kb(w.js)}, fonts ${kb(w.fonts)}, other ${kb(w.other)})`,
      );
    expect(over).toEqual([]);
  });

  test('Plot, d3 and Arquero are in no script a page loads before any interaction', () => {
    const initial = new Set(weights.flatMap((w) => w.files.js));
    const found: string[] = [];
    for (const file of initial) {
      const text = readFileSync(join(dist, file), 'utf8');
      for (const lib of HEAVY_LIBRARIES) if (lib.signature.test(text)) found.push(`${file}: ${lib.name}`);
    }
    expect(found).toEqual([]);
  });

  test('the library signatures do find the libraries (the check above can fail)', () => {
    const root = join(import.meta.dirname, '../..');
    const bundles: Record<string, string> = {
      '@observablehq/plot': 'node_modules/@observablehq/plot/dist/plot.umd.min.js',
      arquero: 'node_modules/arquero/dist/arquero.min.js',
      'd3 (selection/transition)': 'node_modules/d3/dist/d3.min.js',
    };
    for (const lib of HEAVY_LIBRARIES)
      expect(lib.signature.test(readFileSync(join(root, bundles[lib.name]!), 'utf8')), lib.name).toBe(true);
  });

  test('no web font for Chinese: every @font-face is limited to ranges without CJK characters', () => {
    const cssFiles = [...new Set(weights.flatMap((w) => w.files.css))];
    const problems: string[] = [];
    for (const file of cssFiles) {
      for (const face of readFileSync(join(dist, file), 'utf8').match(/@font-face\s*{[^}]*}/g) ?? []) {
        const range = /unicode-range\s*:\s*([^;}]+)/.exec(face)?.[1];
        if (!range) problems.push(`${file}: @font-face without unicode-range (covers CJK): ${face.slice(0, 120)}`);
        else if (coversCjk(range)) problems.push(`${file}: @font-face covers CJK (${range.trim()})`);
      }
    }
    expect(problems).toEqual([]);
  });
});

/** Whether a CSS unicode-range (`U+0000-00FF, U+4E00-9FFF`) covers any CJK ideograph, kana or CJK punctuation. */
function coversCjk(range: string): boolean {
  const CJK: [number, number][] = [
    [0x3000, 0x30ff],
    [0x3400, 0x4dbf],
    [0x4e00, 0x9fff],
    [0xf900, 0xfaff],
    [0xff00, 0xffef],
    [0x20000, 0x3134f],
  ];
  return range.split(',').some((part) => {
    const m = /U\+([0-9A-F?]+)(?:-([0-9A-F]+))?/i.exec(part.trim());
    if (!m) return true;
    const from = parseInt(m[1]!.replace(/\?/g, '0'), 16);
    const to = m[2] ? parseInt(m[2], 16) : parseInt(m[1]!.replace(/\?/g, 'F'), 16);
    return CJK.some(([a, b]) => from <= b && to >= a);
  });
}
