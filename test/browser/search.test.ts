/**
 * Search (src/components/search/, src/client/search*.ts, the Pagefind index of src/pages/pagefind/): served with
 * public/_headers' Content-Security-Policy, in Chromium. A Chinese and an English query find the chart, the
 * finding and the report line a reader expects; nothing of search loads before a box is used; without JavaScript
 * the box is a form to /search/, which says search needs JavaScript and links to the report and the data.
 */
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { expectNoProblems, hostHeaders, root, siteUnderTest } from './helpers';

const site = siteUnderTest({ serve: { headers: hostHeaders(join(root, 'public/_headers')) } });

/** The hrefs of /search/?q=…'s results, once they are listed. */
async function results(path: string, q: string) {
  const { page, problems, close } = await site.open(`${path}?q=${encodeURIComponent(q)}`);
  const list = page.locator('form[data-search-page] [data-search-results] li a');
  await expect.poll(() => list.count(), { timeout: 20_000, message: `results for ${q}` }).toBeGreaterThan(0);
  const hrefs = await list.evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  const status = await page.textContent('form[data-search-page] [data-search-status]');
  await expectNoProblems(problems);
  await close();
  return { hrefs, status };
}

describe('search finds what a reader expects', () => {
  test('中小企业: the SME chart and the report line that prints the share', async () => {
    const { hrefs, status } = await results('search/', '中小企业');
    expect(hrefs).toContain('/procurement/#procurement-sme-share');
    expect(hrefs).toContain('/report/#L106');
    expect(status).toMatch(/“中小企业”：\d+条结果/);
  });

  test('连心通: the project’s findings and the report lines that name it', async () => {
    const { hrefs } = await results('search/', '连心通');
    expect(hrefs).toContain('/audit/#finding-table-year-lianxintong-care-service-for-elderly-people');
    expect(hrefs.some((h) => /^\/report\/#L\d+$/.test(h))).toBe(true);
  });

  test('执行率: the execution-rate chart among the results', async () => {
    const { hrefs } = await results('search/', '执行率 图表');
    expect(hrefs.some((h) => h.endsWith('#projects-execution') || h.endsWith('#overview-execution'))).toBe(true);
  });

  test('评分档: the term’s glossary entry', async () => {
    expect((await results('search/', '评分档')).hrefs).toContain('/glossary/#term-score-band');
  });

  test('English: SME finds the chart, Lianxintong the project and its findings, a glossary term its glossary entry', async () => {
    expect((await results('en/search/', 'SME')).hrefs).toContain('/en/procurement/#procurement-sme-share');
    const lianxintong = (await results('en/search/', 'Lianxintong')).hrefs;
    expect(lianxintong).toContain('/en/projects/lianxintong-care-service-for-elderly-people/');
    expect(lianxintong).toContain('/en/audit/#finding-table-year-lianxintong-care-service-for-elderly-people');
    // the entry quotes the report's definition and links its line (/en/glossary/)
    expect((await results('en/search/', 'agency running costs')).hrefs).toContain(
      '/en/glossary/#term-agency-running-costs',
    );
  });
});

test('a Chinese query on the English site that finds nothing there is offered to the Chinese edition', async () => {
  const { page, close } = await site.open(`en/search/?q=${encodeURIComponent('连心通')}`);
  const other = page.locator('[data-search-page] [data-search-results] a[hreflang="zh-CN"]');
  await expect.poll(() => other.count(), { timeout: 20_000 }).toBe(1);
  expect(await other.getAttribute('href')).toBe(`/search/?q=${encodeURIComponent('连心通')}`);
  await close();
});

describe('search loads on demand', () => {
  test('no search code or index before the box is used; focusing the header box loads it and lists results', async () => {
    const { page, problems, close } = await site.open('spending/');
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    const loaded = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname),
    );
    expect(loaded.filter((p) => p.includes('pagefind') || p.includes('search-results'))).toEqual([]);
    await page.click('#site-search-q');
    await page.keyboard.type('雪亮工程');
    const list = page.locator('.site-search [data-search-results] li');
    await expect.poll(() => list.count(), { timeout: 20_000 }).toBeGreaterThan(0);
    expect(requested.some((p) => p.endsWith('/pagefind/pagefind.js'))).toBe(true);
    expect(await page.isVisible('.site-search [data-search-panel]')).toBe(true);
    await page.keyboard.press('Escape');
    expect(await page.isVisible('.site-search [data-search-panel]')).toBe(false);
    await expectNoProblems(problems);
    await close();
  });

  test('a result is text and highlights only: markup in an excerpt is never inserted', async () => {
    const { page, close } = await site.open('search/?q=%E9%9B%AA%E4%BA%AE%E5%B7%A5%E7%A8%8B');
    await expect
      .poll(() => page.locator('[data-search-page] .search-excerpt mark').count(), { timeout: 20_000 })
      .toBeGreaterThan(0);
    const tags = await page.$$eval('[data-search-page] .search-excerpt *', (els) => [
      ...new Set(els.map((e) => e.tagName)),
    ]);
    expect(tags).toEqual(['MARK']);
    await close();
  });
});

describe('without JavaScript', () => {
  test('the header box is a form to /search/, which says search needs JavaScript and links to the report and data', async () => {
    const { page, close } = await site.open('en/', { javaScriptEnabled: false });
    expect(await page.getAttribute('.site-search', 'action')).toBe('/en/search/');
    await page.fill('#site-search-q', 'SME');
    await Promise.all([page.waitForURL(/\/en\/search\/\?q=SME$/), page.press('#site-search-q', 'Enter')]);
    const note = page.locator('.search-no-js');
    expect(await note.isVisible()).toBe(true);
    expect(await note.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual([
      '/en/report/',
      '/en/data/',
    ]);
    await close();
  });

  test('with JavaScript the note is hidden', async () => {
    const { page, close } = await site.open('search/');
    expect(await page.isVisible('.search-no-js')).toBe(false);
    await close();
  });
});
