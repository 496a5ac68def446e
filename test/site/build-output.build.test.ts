/**
 * Checks the built site (dist/, or DIST_DIR): every page in both languages, with its metadata, and every chart
 * figure with its SVG, title, subtitle, source link and data table. Builds the site first if it is missing.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import projects from '../../data/derived/projects.json';
import { dist, ensureBuilt } from '../browser/helpers';
import { builtSite, SECTION_ROUTES } from './built-site';

const ROUTES = [...SECTION_ROUTES, ...projects.map((p) => `projects/${p.slug}/`)];
const LOCALES = [
  { prefix: '', lang: 'zh-CN' },
  { prefix: 'en/', lang: 'en' },
];

const { page: doc } = builtSite(dist);

beforeAll(() => ensureBuilt(), 600_000);

describe('built site', () => {
  for (const route of ROUTES) {
    describe(`/${route}`, () => {
      it('exists in Chinese and English with lang, title, description and alternates', () => {
        for (const { prefix, lang } of LOCALES) {
          const file = join(dist, prefix + route, 'index.html');
          expect(existsSync(file), file).toBe(true);
          const d = doc(prefix + route);
          expect(d.documentElement.getAttribute('lang')).toBe(lang);
          expect(d.querySelector('title')?.textContent?.trim().length, 'title').toBeGreaterThan(5);
          expect(
            d.querySelector('meta[name="description"]')?.getAttribute('content')?.trim().length,
            'description',
          ).toBeGreaterThan(20);
          expect(
            d.querySelectorAll('link[rel="alternate"][hreflang]').length,
            'hreflang alternates',
          ).toBeGreaterThanOrEqual(2);
          expect(d.querySelectorAll('h1').length, 'one h1').toBe(1);
        }
      });

      it('has no inline script and no inline style', () => {
        for (const { prefix } of LOCALES) {
          const d = doc(prefix + route);
          // a JSON-LD data block is data, never run: allowed when it parses as JSON
          const inline = [...d.querySelectorAll('script')].filter((s) => !s.getAttribute('src'));
          const code = inline.filter((s) => s.getAttribute('type') !== 'application/ld+json');
          expect(code.length).toBe(0);
          for (const block of inline) expect(() => JSON.parse(block.textContent ?? '')).not.toThrow();
          expect(d.querySelectorAll('style').length).toBe(0);
          expect(d.querySelectorAll('[style]').length).toBe(0);
        }
      });

      it('gives every chart its SVG, title, subtitle, text alternative, source link and data table, in both languages', () => {
        const ids: string[][] = [];
        for (const { prefix } of LOCALES) {
          const figures = [...doc(prefix + route).querySelectorAll('figure[data-chart]')];
          ids.push(figures.map((f) => f.id));
          for (const f of figures) {
            const where = `${prefix}${route}#${f.id}`;
            expect(f.id, where).toMatch(/^[a-z][a-z0-9-]*$/);
            expect(f.querySelector('.chart-graphic svg[role="img"]'), `${where} svg`).not.toBeNull();
            expect(f.querySelector('.chart-title')?.textContent?.trim().length, `${where} title`).toBeGreaterThan(3);
            expect(f.querySelector('.chart-subtitle')?.textContent?.trim().length, `${where} subtitle`).toBeGreaterThan(
              3,
            );
            const alt = f.querySelector(`#${f.id}-alt`);
            expect(alt?.textContent?.trim().length, `${where} alt`).toBeGreaterThan(10);
            expect(f.querySelector('.chart-source a[href*="/report/#L"]'), `${where} source link`).not.toBeNull();
            const table = f.querySelector('details table');
            expect(table, `${where} data table`).not.toBeNull();
            expect(table!.querySelectorAll('tbody tr').length, `${where} table rows`).toBeGreaterThan(0);
          }
        }
        expect(new Set(ids[0]).size, 'chart ids are unique').toBe(ids[0]!.length);
        expect(ids[1], 'the same charts in both languages').toEqual(ids[0]);
      });
    });
  }

  it('links every source line to an anchor that exists on the report page', () => {
    const anchors = new Set([...doc('report/').querySelectorAll('[id^="L"]')].map((e) => e.id));
    for (const route of ROUTES) {
      for (const a of doc(route).querySelectorAll('a[href*="/report/#L"]')) {
        const id = a.getAttribute('href')!.split('#')[1]!;
        expect(anchors.has(id), `/${route} links to #${id}`).toBe(true);
      }
    }
  });
});
