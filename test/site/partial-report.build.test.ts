/**
 * A site built from a partial report (issue 12): the first sections of this report only (Part 1 §一–§三, the
 * staff and the totals), run through `npm run data` into .out/partial/derived/ and built from there
 * (DERIVED_DIR) into .out/partial/site/. Every page is built; a page whose part of the report is missing says so
 * in its language and names the sections the report lacks, draws no chart, and the navigation marks it; no link
 * points to a page or file that was not built, and no chart of a missing part has an embed, download or card.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, test } from 'vitest';
import { sitePages } from '../../scripts/bench';
import {
  ensurePartialSite,
  MISSING_PAGES as MISSING,
  PARTIAL_LINES as LINES,
  PARTIAL_SITE as SITE,
} from '../partial-site';
import { builtSite, SECTION_ROUTES } from './built-site';
import { englishProblems } from './english-check';

beforeAll(() => void ensurePartialSite(), 900_000);

const { read, doc } = builtSite(SITE);

describe('a site built from the first sections of this report', () => {
  test('builds every page of the site in both languages, and no page of a project, embed, download or card', () => {
    const pages = sitePages(SITE);
    for (const route of [...SECTION_ROUTES, 'briefing/'])
      for (const prefix of ['', 'en/']) expect(pages, `${prefix}${route}`).toContain(`${prefix}${route}index.html`);
    expect(pages.filter((p) => /(^|\/)(projects\/[^/]+|embed\/[^/]+)\/index\.html$/.test(p))).toEqual([]);
    for (const dir of ['charts', 'en/charts'])
      expect(existsSync(join(SITE, dir)) ? readdirSync(join(SITE, dir)) : []).toEqual([]);
    expect(readdirSync(join(SITE, 'og'))).toEqual(['site.png']);
  });

  for (const { route, zh, en } of MISSING)
    test(`/${route} says in both languages that its part is missing, names it, and draws no chart`, () => {
      for (const [prefix, words, said] of [
        ['', zh, '这份报告没有本页所需的部分'],
        ['en/', en, 'This report does not have the part this page shows'],
      ] as const) {
        const d = doc(`${prefix}${route}index.html`);
        const notice = d.querySelector('[data-missing-part]');
        expect(notice, `${prefix}${route}`).not.toBeNull();
        expect(d.querySelector('h1')!.textContent).toContain(said);
        for (const w of words) expect(notice!.textContent, `${prefix}${route}`).toContain(w);
        expect(d.querySelectorAll('figure, svg').length, `${prefix}${route}: no chart`).toBe(0);
      }
    });

  test('the navigation marks the missing pages, in both languages, and only them', () => {
    for (const [prefix, mark] of [
      ['', '（本报告无）'],
      ['en/', '(not in report)'],
    ] as const) {
      const d = doc(`${prefix}audit/index.html`);
      const marked = [...d.querySelectorAll('.site-nav a')]
        .filter((a) => a.querySelector('.nav-missing')?.textContent === mark)
        .map((a) => a.getAttribute('href'));
      expect(marked).toEqual(
        ['/', '/spending/', '/projects/', '/procurement/', '/scores/'].map((r) => `/${prefix}${r.slice(1)}`),
      );
    }
  });

  test('the pages the report has still show its figures: the checks of the totals, the staff table, the text', () => {
    expect(doc('audit/index.html').body.textContent).toContain('14');
    expect(read('data/staff.json')).toContain('行政编制');
    expect(doc('report/index.html').querySelectorAll('[id^="L"]').length).toBeGreaterThanOrEqual(LINES);
  });

  // the footer's inline 万元 is a known defect of every English page (test/site/english.build.test.ts): checked here
  // are the words this build adds, the notice and the navigation's marks
  test('every run of Chinese in an English notice or nav mark is marked zh-CN, its English has no CJK punctuation', () => {
    for (const { route } of MISSING) {
      const d = doc(`en/${route}index.html`);
      const added = [d.querySelector('[data-missing-part]'), d.querySelector('.site-nav')].map(
        (e) => e?.outerHTML ?? '',
      );
      expect(englishProblems(`<html lang="en"><body>${added.join('')}</body></html>`), route).toEqual([]);
      expect(added.join('')).toContain('<span lang="zh-CN">');
    }
  });

  test('no link of any page points to a page or file that was not built', () => {
    const broken: string[] = [];
    for (const page of sitePages(SITE)) {
      const d = doc(page);
      for (const a of d.querySelectorAll('a[href], link[href]')) {
        const href = a.getAttribute('href')!;
        if (!href.startsWith('/')) continue;
        const [path, hash] = href.split('#') as [string, string | undefined];
        const clean = path.split('?')[0]!;
        const file = clean.endsWith('/') ? `${clean.slice(1)}index.html` : clean.slice(1);
        if (!existsSync(join(SITE, file))) broken.push(`${page}: ${href}`);
        else if (hash && file.endsWith('.html') && !parseHTML(read(file)).document.getElementById(hash))
          broken.push(`${page}: ${href} (no #${hash})`);
      }
    }
    expect(broken).toEqual([]);
  });
});
