/**
 * /procurement/ and /en/procurement/ in Chromium: clean loads, axe (WCAG 2.2 AA) in both themes, the unit switch
 * by mouse and keyboard with the unit in the URL, the page without JavaScript, and a phone width without
 * sideways scrolling. Uses the build in DIST_DIR (or dist/).
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { expectNoProblems, openOnPhone, siteUnderTest, testAxeInBothThemes } from './helpers';

// the two pages, each titled by its URL path
const pages = [
  {
    path: 'procurement/',
    lang: 'zh-CN',
    total: { wan: '2,148.92 万元', yuan: '21,489,200 元', yi: '0.21 亿元' },
    purchased: { wan: '3,091.68 万元', yuan: '30,916,800 元' },
    yuan: '元',
  },
  {
    path: 'en/procurement/',
    lang: 'en',
    total: { wan: 'CNY 21.49 million', yuan: 'CNY 21,489,200', yi: 'CNY 0.02 billion' },
    purchased: { wan: 'CNY 30.92 million', yuan: 'CNY 30,916,800' },
    yuan: 'CNY',
  },
].map((p) => ({ name: `/${p.path}`, ...p }));

const site = siteUnderTest();
const { open } = site;

const h1Amount = (page: Page) => page.locator('h1 [data-amount-wan]').textContent();
const purchased = (page: Page) =>
  page.locator('#procurement-purchased-services .key-figure-value [data-amount-wan]').textContent();

describe.each(pages)('$name', ({ path, lang, total, purchased: services, yuan }) => {
  test('loads without console errors or failed requests, with both charts wide and narrow and the key figures', async () => {
    const { page, problems, close } = await open(path);
    expect(await page.getAttribute('html', 'lang')).toBe(lang);
    expect(await page.locator('h1').count(), 'one h1').toBe(1);
    const ids = await page.locator('figure[data-chart]').evaluateAll((all) => all.map((f) => f.id));
    expect(ids).toEqual(['procurement-by-type', 'procurement-sme-share']);
    for (const id of ids) expect(await page.locator(`#${id} svg.plot`).count(), id).toBe(2);
    expect(await page.locator('.key-figure').count()).toBe(3);
    expect(await purchased(page)).toBe(services.wan);
    expect(
      await page.locator('.key-figure a[href$="/report/#L116"]').count(),
      'purchased services linked to line 116',
    ).toBeGreaterThan(0);
    await expectNoProblems(problems);
    await close();
  });

  // axe over every chart with its table open takes a while on a busy machine
  testAxeInBothThemes(open, path, ', data tables open', 120_000, { tooltip: '.chart-graphic--wide [data-tip]' });

  test('the unit switch works by mouse and by keyboard, and the URL carries the unit', async () => {
    const { page, problems, close } = await open(path);
    await page.locator('[data-unit-switch] label', { hasText: new RegExp(`^\\s*${yuan}\\s*$`) }).click();
    expect(await h1Amount(page)).toBe(total.yuan);
    expect(await purchased(page)).toBe(services.yuan);
    expect(
      await page.locator('#procurement-by-type .chart-graphic--wide text[data-amount-wan]').first().textContent(),
    ).toBe('19,588,500');
    expect(await page.locator('#procurement-sme-share .chart-subtitle').textContent()).toMatch(
      lang === 'en' ? /Unit: CNY$/ : /单位：元$/,
    );
    expect(new URL(page.url()).searchParams.get('unit')).toBe('yuan');

    await page.locator('[data-unit-switch] input:checked').focus();
    await page.keyboard.press('ArrowRight');
    expect(await h1Amount(page)).toBe(total.yi);
    expect(new URL(page.url()).searchParams.get('unit')).toBe('yi');
    await page.keyboard.press('ArrowRight'); // wraps round to the first option
    expect(await h1Amount(page)).toBe(total.wan);
    expect(new URL(page.url()).searchParams.has('unit')).toBe(false);
    expect((await problems()).errors).toEqual([]);
    await close();
  });

  test('the unit chosen on /spending/ carries over through storage', async () => {
    const { page, close } = await open(`${path.replace('procurement', 'spending')}`);
    await page.locator('[data-unit-switch] input[value="yuan"]').check();
    await page.goto(site.url + path, { waitUntil: 'networkidle' });
    expect(await h1Amount(page)).toBe(total.yuan);
    expect(new URL(page.url()).searchParams.get('unit'), 'the URL shows the unit in use').toBe('yuan');
    await close();
  });

  test('without JavaScript: charts, tables and key figures in 万元, the switch hidden', async () => {
    const { page, close } = await open(path, { javaScriptEnabled: false });
    expect(await page.locator('[data-unit-switch]').isVisible()).toBe(false);
    expect(await page.locator('.chart-graphic--wide svg[role="img"]').count()).toBe(2);
    expect(await page.locator('figure[data-chart] details table').count()).toBe(2);
    expect(
      await page.locator('#procurement-by-type .chart-graphic--wide [data-tip] > title').count(),
      'native tooltips',
    ).toBe(2);
    expect(await h1Amount(page)).toBe(total.wan);
    expect(await page.locator('.key-figure').count()).toBe(3);
    await close();
  });

  test('a 375 px phone shows the narrow charts and does not scroll sideways, in the widest unit with tables open', async () => {
    const { page, close } = await openOnPhone(open, `${path}?unit=yuan`);
    expect(await page.locator('.chart-graphic--narrow svg').first().isVisible()).toBe(true);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, 'horizontal overflow in px').toBe(0);
    await close();
  });
});
