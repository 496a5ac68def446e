/**
 * Permalinks: every view a reader can set — amount unit (?unit=), table order (?sort=), spending category
 * (#<chart-id>), language (the path) — is in the URL, so the link a chart's share control gives, or an embed page
 * with the same query string, opens the same view. Each test opens the URL in a fresh browser context, so nothing
 * comes from a stored choice.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { siteUnderTest } from './helpers';

const site = siteUnderTest({ defaults: { width: 1100 } });
const { open } = site;

async function fresh<T>(url: string, check: (page: Page) => Promise<T>): Promise<T> {
  const { page, problems, close } = await open(url);
  try {
    const result = await check(page);
    expect((await problems()).errors).toEqual([]);
    return result;
  } finally {
    await close();
  }
}

const text = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => el.textContent!.trim());

/** How the spending page shows the science category's amount (5,504.37 万元): chart label, table cell, table unit. */
async function unitView(page: Page, figure: string) {
  return {
    label: await text(page, `${figure} .chart-graphic--wide [data-amount-wan="5504.37"]`),
    cell: await text(page, `${figure} .chart-data td[data-amount-wan="5504.37"]`),
    header: await text(page, `${figure} .chart-data th [data-unit-label]`),
    subtitle: await text(page, `${figure} .chart-subtitle`),
  };
}

/** The projects table's order: the project numbers, top to bottom. */
const projectOrder = (page: Page) =>
  page
    .locator('table[data-sortable] tbody th[scope="row"]')
    .evaluateAll((ths) => ths.map((th) => th.getAttribute('data-sort-value')));

/** Which drill-down panels of /spending/ show. */
const shownPanels = (page: Page) =>
  page
    .locator('[data-drilldown-panel]:visible')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-drilldown-panel')));

/** The science category in 元, as /spending/ and its embed page show it with ?unit=yuan. */
const IN_YUAN = {
  label: '55,043,700',
  cell: '55,043,700',
  header: '元',
  subtitle: expect.stringMatching(/单位：元$/),
};

describe('permalinks restore the view', () => {
  test('?unit=yuan: chart labels, data tables and subtitles in 元', async () => {
    const view = await fresh(`${site.url}spending/?unit=yuan`, async (page) => {
      expect(await page.locator('[data-unit-switch] input[value="yuan"]').isChecked()).toBe(true);
      return unitView(page, '#spending-by-category');
    });
    expect(view).toEqual(IN_YUAN);
  });

  test('?unit=yi in English: CNY billion', async () => {
    const view = await fresh(`${site.url}en/spending/?unit=yi`, (page) => unitView(page, '#spending-by-category'));
    expect(view).toEqual({
      label: '0.06',
      cell: '0.06',
      header: 'CNY billion',
      subtitle: expect.stringMatching(/Unit: CNY billion$/),
    });
  });

  test('an embed page with the same query string shows the same unit', async () => {
    const view = await fresh(`${site.url}embed/spending-by-category/?unit=yuan`, (page) =>
      unitView(page, '#spending-by-category'),
    );
    expect(view).toEqual(IN_YUAN);
  });

  test('?sort=rate-asc orders the projects table by execution rate', async () => {
    await fresh(`${site.url}projects/?sort=rate-asc`, async (page) => {
      expect(await page.locator('th[data-sort="rate"]').getAttribute('aria-sort')).toBe('ascending');
      const rates = await page.locator('table[data-sortable] tbody tr').evaluateAll((trs) =>
        trs.map((tr) => {
          const th = document.querySelector<HTMLTableCellElement>('th[data-sort="rate"]')!;
          return (tr as HTMLTableRowElement).cells[th.cellIndex]!.getAttribute('data-sort-value') ?? '';
        }),
      );
      const numbers = rates.filter((r) => r !== '').map(Number);
      expect(numbers.length).toBeGreaterThan(5);
      expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    });
  });

  test('#spending-sub-education opens that category of the drill-down', async () => {
    const shown = await fresh(`${site.url}spending/#spending-sub-education`, async (page) => {
      expect(await page.locator('[data-drilldown-control] input[value="spending-sub-education"]').isChecked()).toBe(
        true,
      );
      return shownPanels(page);
    });
    expect(shown).toEqual(['spending-sub-education']);
  });

  test('the share link of a chart, with unit and category set by the reader, opens the same view', async () => {
    const { page, close } = await open('spending/');
    await page.locator('[data-unit-switch] input[value="yi"]').check();
    await page.locator('[data-drilldown-control] input[value="spending-sub-education"]').check();
    await page.locator('#spending-sub-education .chart-share > summary').click();
    const link = await page.inputValue('#spending-sub-education-share-link');
    const embed = /src="([^"]+)"/.exec(await page.inputValue('#spending-sub-education-share-embed'))![1]!;
    await close();
    expect(link).toBe(`${site.url}spending/?unit=yi#spending-sub-education`);
    const restored = await fresh(link, async (page) => ({
      unit: await page.locator('[data-unit-switch] input:checked').getAttribute('value'),
      shown: await shownPanels(page),
    }));
    expect(restored).toEqual({ unit: 'yi', shown: ['spending-sub-education'] });
    expect(embed).toBe(`${site.url}embed/spending-sub-education/?unit=yi`);
    const embedded = await fresh(embed, (page) => page.evaluate(() => document.documentElement.dataset.amountUnit));
    expect(embedded).toBe('yi');
  });

  test('the share link of a chart on a page sorted by the reader opens in the same order', async () => {
    const { page, close } = await open('projects/');
    await page.locator('th[data-sort="score"] button').click();
    await page.locator('th[data-sort="score"] button').click();
    const order = await projectOrder(page);
    await page.locator('#projects-execution .chart-share > summary').click();
    const link = await page.inputValue('#projects-execution-share-link');
    await close();
    expect(link).toMatch(/\/projects\/\?sort=score-(asc|desc)#projects-execution$/);
    expect(await fresh(link, projectOrder)).toEqual(order);
  });

  test('the language switch carries the sort order the reader chose: the other language opens in the same order', async () => {
    const slugs = (page: Page) =>
      page
        .locator('table[data-sortable] tbody tr')
        .evaluateAll((rows) =>
          rows.map((row) => row.querySelector('a[href*="/projects/"]')?.getAttribute('href')?.split('/').at(-2)),
        );
    const { page, close } = await open('projects/');
    await page.locator('th[data-sort="rate"] button').click();
    const order = await slugs(page);
    expect(order.length, 'project links in the table').toBeGreaterThan(5);
    expect(order.every(Boolean), 'every row links to its project').toBe(true);
    await Promise.all([page.waitForURL(/\/en\/projects\//), page.locator('a[data-lang-switch]').click()]);
    expect(new URL(page.url()).search).toMatch(/^\?sort=rate-(asc|desc)$/);
    expect(await slugs(page)).toEqual(order);
    await close();
  });

  test('the language switch carries the unit and the category', async () => {
    const href = await fresh(`${site.url}spending/?unit=yuan#spending-sub-education`, (page) =>
      page.locator('a[data-lang-switch]').getAttribute('href'),
    );
    expect(href).toBe(`${new URL(site.url).pathname}en/spending/?unit=yuan#spending-sub-education`);
  });
});
