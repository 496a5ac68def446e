/**
 * /data/ in Chromium, both languages: it loads cleanly, passes axe (WCAG 2.2 AA rules) in both themes, fits a
 * 375 px phone, and without JavaScript lists its downloads and opens a data dictionary.
 * Uses dist/ (or DIST_DIR) as built by the caller; builds it once if missing.
 */
import { describe, expect, test } from 'vitest';
import { siteUnderTest, testReadingPages } from './helpers';

const site = siteUnderTest();
const { open } = site;

testReadingPages(open, 'data/');

describe('without JavaScript', () => {
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
