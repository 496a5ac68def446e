/**
 * /audit/, /data/ and /report/ in Chromium, both languages: they load cleanly, pass axe (WCAG 2.2 AA rules) in
 * both themes, fit a 375 px phone, read without JavaScript, and a #L… link lands on its line and highlights it.
 * Uses dist/ (or DIST_DIR) as built by the caller; builds it once if missing.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import findingsFile from '../../data/derived/findings.json';
import { findingAnchor } from '../../src/lib/data';
import { expectNoProblems, openOnPhone, siteUnderTest, testAxeInBothThemes } from './helpers';

/** audit/, data/ and report/, each in Chinese then English. */
const PAGES = ['audit/', 'data/', 'report/'].flatMap((path) => [
  { path, lang: 'zh-CN' },
  { path: `en/${path}`, lang: 'en' },
]);
const site = siteUnderTest();
const { open } = site;

/** Waits until the line with `id` is scrolled into the window (the browser scrolls to a fragment after layout). */
async function inView(page: Page, id: string): Promise<void> {
  await expect
    .poll(
      async () => {
        const { top, bottom, height } = await lineBox(page, id);
        return top >= 0 && bottom <= height;
      },
      { message: `${id} scrolled into the window`, timeout: 10_000 },
    )
    .toBe(true);
}

/** Where the line with `id` is on screen, and its background. */
const lineBox = (page: Page, id: string) =>
  page.evaluate((id) => {
    const el = document.getElementById(id)!;
    const box = el.getBoundingClientRect();
    return { top: box.top, bottom: box.bottom, height: innerHeight, background: getComputedStyle(el).backgroundColor };
  }, id);

describe.each(PAGES)('/$path', ({ path, lang }) => {
  test('loads without console errors or failed requests', async () => {
    const { page, problems, close } = await open(path);
    expect(await page.getAttribute('html', 'lang')).toBe(lang);
    expect(await page.locator('h1').count(), 'one h1').toBe(1);
    expect((await page.title()).length).toBeGreaterThan(5);
    await expectNoProblems(problems);
    await close();
  });

  testAxeInBothThemes(open, path, ', every <details> open', 240_000);

  test('fits a 375 px phone without scrolling sideways, every <details> open', async () => {
    const { page, close } = await openOnPhone(open, path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, 'horizontal overflow in px').toBe(0);
    await close();
  });
});

describe('the report', () => {
  test.each(['report/', 'en/report/'])(
    '/%s#L2035 scrolls line 2035 into view, below the top, and highlights it',
    async (path) => {
      for (const width of [375, 1280]) {
        const { page, close } = await open(`${path}#L2035`, { width });
        await inView(page, 'L2035');
        const line = await lineBox(page, 'L2035');
        expect(line.top, `room above the line at ${width} px`).toBeGreaterThanOrEqual(16);
        expect(line.top, `line near the top of the window at ${width} px`).toBeLessThan(line.height / 3);
        expect(line.background, 'highlighted').not.toBe('rgba(0, 0, 0, 0)');
        expect((await lineBox(page, 'L2034')).background, 'the line before is not').toBe('rgba(0, 0, 0, 0)');
        expect(await page.locator('#L2035').textContent()).toBe('203518');
        await close();
      }
    },
  );

  test('a line number is a link to its own line', async () => {
    const { page, close } = await open('report/');
    await page.locator('#L37 > a').click();
    await page.waitForURL(/#L37$/);
    expect((await lineBox(page, 'L37')).background).not.toBe('rgba(0, 0, 0, 0)');
    await close();
  });

  test('a finding’s line link on /en/audit/ lands on its line in the English report', async () => {
    const first = findingsFile.findings[0]!;
    const { page, problems, close } = await open('en/audit/', { width: 375 });
    await page
      .locator(`#${findingAnchor(first.id)} figcaption a`)
      .first()
      .click();
    await page.waitForURL(new RegExp(`/en/report/#L${first.source_lines[0]}$`));
    await inView(page, `L${first.source_lines[0]}`);
    expect((await lineBox(page, `L${first.source_lines[0]}`)).top).toBeGreaterThanOrEqual(16);
    expect((await lineBox(page, `L${first.source_lines[0]}`)).top).toBeLessThan(300);
    expect((await problems()).errors).toEqual([]);
    await close();
  });
});

describe('without JavaScript', () => {
  test('the audit reads: summary, every finding, and the passed checks open with a click', async () => {
    const { page, close } = await open('audit/', { javaScriptEnabled: false, width: 375 });
    expect(await page.locator('.audit-stats dd').allTextContents()).toEqual(
      [
        findingsFile.checks_run + findingsFile.checks_could_not_run,
        findingsFile.checks_passed,
        findingsFile.checks_failed,
        findingsFile.checks_could_not_run,
      ].map(String),
    );
    expect(await page.locator('article.finding').count()).toBe(findingsFile.findings.length);
    const rule = page.locator('details.rule').first();
    await rule.locator('summary').click();
    expect(await rule.locator('li').first().isVisible()).toBe(true);
    await close();
  });

  test('the report lands on #L2035 and highlights it', async () => {
    const { page, close } = await open('en/report/#L2035', { javaScriptEnabled: false, width: 375 });
    await inView(page, 'L2035');
    expect((await lineBox(page, 'L2035')).top).toBeGreaterThanOrEqual(16);
    expect((await lineBox(page, 'L2035')).background).not.toBe('rgba(0, 0, 0, 0)');
    await close();
  });

  test('the data page lists its downloads and opens a data dictionary with a click', async () => {
    const { page, close } = await open('en/data/', { javaScriptEnabled: false });
    expect(await page.locator('.dataset-files a').count()).toBeGreaterThanOrEqual(28);
    const dictionary = page.locator('details.dictionary').first();
    await dictionary.locator('summary').click();
    expect(await dictionary.locator('.dict-row').first().isVisible()).toBe(true);
    const csv = await page.locator('.dataset-files a').first().getAttribute('href');
    const response = await page.request.get(new URL(csv!, site.url).href);
    expect(response.status()).toBe(200);
    expect([...(await response.body()).subarray(0, 3)], 'UTF-8 byte-order mark').toEqual([0xef, 0xbb, 0xbf]);
    await close();
  });
});
