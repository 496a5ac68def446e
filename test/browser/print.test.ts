/**
 * Printing: with print media emulated at the width of an A4 page's text block (210 mm less 15 mm margins =
 * 180 mm = 680 CSS px), every page hides the site's navigation and the chart controls, keeps every chart within
 * the page width, prints the address of links that leave the page (but not of links to report lines), prints a
 * data table the reader opened and leaves out the closed ones; and Chromium prints it to an A4 PDF.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { siteUnderTest } from './helpers';

const A4_TEXT_WIDTH = Math.floor((180 / 25.4) * 96); // 680
const site = siteUnderTest();

async function printed(
  path: string,
  colorScheme: 'light' | 'dark' = 'light',
): Promise<{ page: Page; close: () => Promise<void> }> {
  const { page, close } = await site.open(path, { width: A4_TEXT_WIDTH, height: 1000, colorScheme });
  await page.emulateMedia({ media: 'print', colorScheme });
  return { page, close };
}

const PAGES = ['', 'spending/', 'en/procurement/', 'projects/', 'en/scores/', 'audit/', 'en/data/'];

describe('print', () => {
  for (const path of PAGES) {
    test(`/${path}: no navigation, charts within an A4 page`, async () => {
      const { page, close } = await printed(path);
      for (const selector of ['.site-nav', '.site-tools', '.skip-link', '.chart-share', '[data-unit-switch]']) {
        expect(await page.locator(`${selector}:visible`).count(), `${selector} hidden`).toBe(0);
      }
      const charts = await page.locator('figure[data-chart]:visible').evaluateAll((figures) =>
        figures.map((f) => {
          const svg = [...f.querySelectorAll('svg.plot')].find((s) => s.getBoundingClientRect().width > 0)!;
          return { id: f.id, figure: f.getBoundingClientRect().right, svg: svg.getBoundingClientRect().right };
        }),
      );
      for (const chart of charts) {
        expect(chart.figure, `#${chart.id} fits`).toBeLessThanOrEqual(A4_TEXT_WIDTH);
        expect(chart.svg, `#${chart.id} graphic fits`).toBeLessThanOrEqual(A4_TEXT_WIDTH);
      }
      if (path !== 'audit/' && path !== 'en/data/') expect(charts.length).toBeGreaterThan(0);
      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      await close();
    });
  }

  test('links that leave the page print their address; links to report lines do not', async () => {
    const { page, close } = await printed('');
    const after = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((a) => getComputedStyle(a, '::after').content);
    expect(await after('main .more a[href$="/spending/"]')).toBe(`" (${new URL(site.url).pathname}spending/)"`);
    expect(await after('main a[href*="/report/#L"]')).toBe('none');
    await close();
  });

  test('an opened data table prints; closed ones are left out; the dark theme prints light', async () => {
    const { page, close } = await printed('spending/', 'dark');
    await page.emulateMedia({ media: 'screen', colorScheme: 'dark' });
    await page.locator('#spending-by-category .chart-data > summary').click();
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    expect(await page.locator('#spending-by-category .chart-data table').isVisible()).toBe(true);
    expect(await page.locator('#spending-budget-vs-final .chart-data').isVisible()).toBe(false);
    const colours = await page.evaluate(() => ({
      bg: getComputedStyle(document.body).backgroundColor,
      fg: getComputedStyle(document.body).color,
    }));
    expect(colours).toEqual({ bg: 'rgb(255, 255, 255)', fg: 'rgb(0, 0, 0)' });
    await close();
  });
});
