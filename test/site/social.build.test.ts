/**
 * The built site's social tags and post-build files (dist/, or DIST_DIR; built first if missing): every page and
 * every embed page has og:title, og:description, og:image (a 1200×630 PNG that exists in the build) and a
 * twitter:card; a page with charts shows its first chart's card; every chart has its CSV (with a BOM), JSON and
 * SVG download, no page keeps a data block, and the cards' font has a glyph for every character of the titles.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import sharp from 'sharp';
import { beforeAll, describe, expect, test } from 'vitest';
import { missingCharacters } from '../../src/lib/share/font-coverage';
import { OG_WIDTH, cardCoverage } from '../../src/lib/share/og-card';
import { htmlPages } from '../../scripts/lib/html-pages';
import { basePath, localePrefix, pageLocale } from './built-pages';
import { dist, ensureBuilt } from '../browser/helpers';

beforeAll(() => ensureBuilt(), 600_000);

const doc = (page: string) => parseHTML(readFileSync(join(dist, page), 'utf8')).document;
const meta = (d: Document, key: string) =>
  d.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content') ?? null;

/** The file in dist that a URL of the site (absolute or root-relative, with the base path) names. */
function fileOf(d: Document, url: string): string {
  const path = new URL(url, 'http://site.invalid').pathname;
  const base = basePath(d);
  expect(path.startsWith(base), `${url} is under the base path ${base}`).toBe(true);
  return join(dist, decodeURIComponent(path.slice(base.length)));
}

describe('social tags', () => {
  const pages = () => htmlPages(dist);

  test('the build has pages and embed pages', () => {
    expect(pages().length).toBeGreaterThan(40);
    expect(pages().filter((p) => /(^|\/)embed\//.test(p)).length).toBeGreaterThan(20);
  });

  test('every page and embed has og:title, og:description, og:image (an existing 1200×630 PNG) and twitter:card', () => {
    const problems: string[] = [];
    for (const page of pages()) {
      const d = doc(page);
      for (const key of ['og:title', 'og:description', 'og:image', 'twitter:card', 'twitter:image']) {
        if (!meta(d, key)?.trim()) problems.push(`${page}: no ${key}`);
      }
      const image = meta(d, 'og:image');
      if (!image) continue;
      if (meta(d, 'twitter:card') !== 'summary_large_image')
        problems.push(`${page}: twitter:card is ${meta(d, 'twitter:card')}`);
      if (meta(d, 'twitter:image') !== image) problems.push(`${page}: twitter:image differs from og:image`);
      const file = fileOf(d, image);
      if (!existsSync(file)) {
        problems.push(`${page}: og:image ${image} does not exist`);
        continue;
      }
      const png = readFileSync(file);
      const size = `${png.readUInt32BE(16)}×${png.readUInt32BE(20)}`;
      if (png.subarray(1, 4).toString('latin1') !== 'PNG' || size !== '1200×630')
        problems.push(`${page}: ${image} is not a 1200×630 PNG (${size})`);
    }
    expect(problems).toEqual([]);
  });

  test('every page and embed names itself as canonical, with hreflang alternates for itself and its other language', () => {
    const problems: string[] = [];
    for (const page of pages()) {
      const d = doc(page);
      const own = page.replace(/index\.html$/, '');
      const twin = own.startsWith('en/') ? own.slice(3) : `en/${own}`;
      const target = (url: string | null | undefined) =>
        url ? new URL(url, 'http://site.invalid').pathname.slice(basePath(d).length) : null;
      const canonical = target(d.querySelector('link[rel="canonical"]')?.getAttribute('href'));
      if (canonical !== own) problems.push(`${page}: canonical is ${canonical}`);
      const alternates = new Set(
        [...d.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => target(l.getAttribute('href'))),
      );
      for (const expected of [own, twin])
        if (!alternates.has(expected)) problems.push(`${page}: no hreflang alternate for ${expected}`);
    }
    expect(problems).toEqual([]);
  });

  test('a page with charts shows its first chart’s card, an embed its own chart’s', () => {
    for (const page of pages()) {
      const d = doc(page);
      const first = d.querySelector('figure[data-chart]');
      if (!first) continue;
      const expected = `${basePath(d)}${localePrefix(pageLocale(d))}og/${first.id}.png`;
      expect(new URL(meta(d, 'og:image')!, 'http://site.invalid').pathname, page).toBe(expected);
      expect(meta(d, 'og:image:alt'), page).toBe(first.querySelector('.chart-title')!.textContent!.trim());
    }
  });

  test('the cards’ font has a glyph for every character of every chart title, subtitle and chart label', () => {
    const coverage = cardCoverage();
    const missing = new Map<string, string[]>();
    for (const page of pages()) {
      for (const figure of doc(page).querySelectorAll('figure[data-chart]')) {
        const text = ['.chart-title', '.chart-subtitle', '.chart-graphic--wide svg']
          .map((s) => figure.querySelector(s)?.textContent ?? '')
          .join(' ');
        const lacking = [...new Set(coverage.flatMap((c) => missingCharacters(text, c)))];
        if (lacking.length) missing.set(`${page}#${figure.id}`, lacking);
      }
    }
    expect(Object.fromEntries(missing)).toEqual({});
  });
});

describe('social cards in the build', () => {
  /** The card PNGs of both languages, as dist paths. */
  const cards = () =>
    ['og', 'en/og'].flatMap((dir) =>
      readdirSync(join(dist, dir))
        .filter((f) => f.endsWith('.png'))
        .map((f) => `${dir}/${f}`),
    );

  test('no card draws text into its right margin (the estimated widths are not too narrow for the fonts)', async () => {
    const files = cards();
    expect(files.length).toBeGreaterThan(60);
    const overflowing: string[] = [];
    for (const file of files) {
      const { data, info } = await sharp(join(dist, file)).removeAlpha().raw().toBuffer({ resolveWithObject: true });
      const at = (x: number, y: number) => [0, 1, 2].map((c) => data[(y * info.width + x) * info.channels + c]!);
      const bg = at(info.width - 1, info.height - 1);
      // the text and the chart end at x = 1136 (64 px margin); a glyph's antialiasing may reach a pixel past it
      let inked = 0;
      for (let y = 8; y < info.height; y++)
        for (let x = OG_WIDTH - 64 + 4; x < info.width; x++)
          if (at(x, y).some((v, c) => Math.abs(v - bg[c]!) > 24)) inked++;
      if (inked) overflowing.push(`${file}: ${inked} px`);
    }
    expect(overflowing).toEqual([]);
  });
});

describe('chart downloads in the build', () => {
  test('every chart has charts/<id>.csv (with a BOM), .json and .svg, and no page keeps its data block', () => {
    const problems: string[] = [];
    let charts = 0;
    for (const page of htmlPages(dist)) {
      const html = readFileSync(join(dist, page), 'utf8');
      if (html.includes('data-chart-data')) problems.push(`${page}: a data block is left`);
      if (/(^|\/)embed\//.test(page)) continue;
      const d = parseHTML(html).document;
      for (const figure of d.querySelectorAll('figure[data-chart]')) {
        charts++;
        for (const link of figure.querySelectorAll('a[download]')) {
          const file = fileOf(d, link.getAttribute('href')!);
          if (!existsSync(file)) problems.push(`${page}#${figure.id}: ${link.getAttribute('href')} does not exist`);
          else if (
            file.endsWith('.csv') &&
            !readFileSync(file)
              .subarray(0, 3)
              .equals(Buffer.from([0xef, 0xbb, 0xbf]))
          )
            problems.push(`${file}: no BOM`);
        }
        if (figure.querySelectorAll('a[download]').length !== 3)
          problems.push(`${page}#${figure.id}: expected 3 download links`);
      }
    }
    expect(charts).toBeGreaterThan(30);
    expect(problems).toEqual([]);
  });
});
