/**
 * /spending/ and /en/spending/ in Chromium: clean loads, axe (WCAG 2.2 AA) in both themes, the unit switch and the
 * drill-down by mouse and by keyboard with their state in the URL, the page without JavaScript, and a phone
 * width without sideways scrolling. Uses the build in DIST_DIR (or dist/).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { formatAmount } from '../../src/lib/format';
import { SPENDING_CATEGORY_SLUGS } from '../expected-spending';
import {
  dist,
  expectCspReady,
  expectNoProblems,
  expectShareControlsOpen,
  openAllDetails,
  siteUnderTest,
  testAxeInBothThemes,
} from './helpers';

const CATEGORIES = SPENDING_CATEGORY_SLUGS;
const pages = [
  {
    name: '/spending/',
    path: 'spending/',
    lang: 'zh-CN',
    total: { wan: '7,264.44 万元', yuan: '72,644,400 元', yi: '0.73 亿元' },
    chip: '住房保障支出',
    yuan: '元',
  },
  {
    name: '/en/spending/',
    path: 'en/spending/',
    lang: 'en',
    total: { wan: 'CNY 72.64 million', yuan: 'CNY 72,644,400', yi: 'CNY 0.07 billion' },
    chip: 'Housing security',
    yuan: 'CNY',
  },
];

const { open } = siteUnderTest();

const h1Amount = (page: Page) => page.locator('h1 [data-amount-wan]').textContent();
const visiblePanels = (page: Page) =>
  page
    .locator('[data-drilldown-panel]')
    .evaluateAll((all) =>
      all.filter((p) => !(p as HTMLElement).hidden).map((p) => p.getAttribute('data-drilldown-panel')),
    );
const urlOf = (page: Page) => new URL(page.url());

describe.each(pages)('$name', ({ path, lang, total, chip, yuan }) => {
  test('loads without console errors or failed requests, with every chart wide and narrow', async () => {
    const { page, problems, close } = await open(path);
    expect(await page.getAttribute('html', 'lang')).toBe(lang);
    expect(await page.locator('h1').count(), 'one h1').toBe(1);
    const ids = await page.locator('figure[data-chart]').evaluateAll((all) => all.map((f) => f.id));
    expect(ids).toEqual([
      'spending-by-category',
      'spending-budget-vs-final',
      ...CATEGORIES.map((c) => `spending-sub-${c}`),
    ]);
    for (const id of ids) expect(await page.locator(`#${id} svg.plot`).count(), id).toBe(2);
    expect(await page.locator('[data-unit-switch]').isVisible(), 'unit switch shown once the script runs').toBe(true);
    expect(await visiblePanels(page), 'the largest category first').toEqual(['spending-sub-science-and-technology']);
    await expectNoProblems(problems);
    await close();
  });

  // axe takes a while over ten charts with their tables open on a busy machine
  testAxeInBothThemes(open, path, ', every category, data table and share control open', 120_000, {
    setUp: async (page) => {
      await page.locator('[data-drilldown-control] input[value="spending-detail"]').check();
      await openAllDetails(page);
      await expectShareControlsOpen(page);
      expect(await visiblePanels(page)).toHaveLength(CATEGORIES.length);
    },
    tooltip: '.chart-graphic--wide [data-tip]',
  });

  test('the unit switch works by mouse: amounts, chart labels, subtitles and tooltips follow; URL and storage keep it', async () => {
    const { page, problems, close } = await open(path);
    expect(await h1Amount(page)).toBe(total.wan);
    const firstLabel = page.locator('#spending-by-category .chart-graphic--wide text[data-amount-wan]').first();
    const firstBar = page.locator('#spending-by-category .chart-graphic--wide rect[data-tip]').first();
    const subtitle = page.locator('#spending-by-category .chart-subtitle');
    const before = {
      label: await firstLabel.textContent(),
      tip: await firstBar.getAttribute('data-tip'),
      subtitle: await subtitle.textContent(),
    };

    await page.locator('[data-unit-switch] label', { hasText: new RegExp(`^\\s*${yuan}\\s*$`) }).click();
    expect(await h1Amount(page)).toBe(total.yuan);
    expect(await firstLabel.textContent()).toBe('55,043,700');
    expect(await firstBar.getAttribute('data-tip')).toContain(lang === 'en' ? 'CNY 55,043,700' : '55,043,700 元');
    expect(await firstBar.getAttribute('aria-label'), 'the tooltip script copied the tip').toBe(
      await firstBar.getAttribute('data-tip'),
    );
    expect(await subtitle.textContent()).toMatch(lang === 'en' ? /Unit: CNY$/ : /单位：元$/);
    expect(urlOf(page).searchParams.get('unit')).toBe('yuan');
    expect(await page.getAttribute('a[data-lang-switch]', 'href'), 'the language switch keeps the unit').toMatch(
      /spending\/\?unit=yuan$/,
    );
    expect(await page.evaluate(() => localStorage.getItem('amount-unit'))).toBe('yuan');

    await page.reload({ waitUntil: 'networkidle' });
    expect(await h1Amount(page), 'after reload').toBe(total.yuan);
    expect(await page.locator('[data-unit-switch] input[value="yuan"]').isChecked()).toBe(true);

    await page.locator('[data-unit-switch] input[value="wan"]').click();
    expect(await h1Amount(page)).toBe(total.wan);
    expect(
      {
        label: await firstLabel.textContent(),
        tip: await firstBar.getAttribute('data-tip'),
        subtitle: await subtitle.textContent(),
      },
      'back to the rendered text',
    ).toEqual(before);
    expect(urlOf(page).searchParams.has('unit'), 'no ?unit for the default').toBe(false);
    expect((await problems()).errors).toEqual([]);
    await close();
  });

  test('the unit switch works by keyboard, and a shared ?unit= link opens in that unit', async () => {
    const { page, close } = await open(path);
    await page.locator('[data-unit-switch] input:checked').focus();
    await page.keyboard.press('ArrowRight');
    expect(await h1Amount(page)).toBe(total.yuan);
    await page.keyboard.press('ArrowRight');
    expect(await h1Amount(page)).toBe(total.yi);
    expect(urlOf(page).searchParams.get('unit')).toBe('yi');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('value')), 'focus stays on the group').toBe(
      'yi',
    );
    await close();

    const shared = await open(`${path}?unit=yuan#spending-sub-education`);
    expect(await h1Amount(shared.page)).toBe(total.yuan);
    expect(await visiblePanels(shared.page)).toEqual(['spending-sub-education']);
    expect(await shared.page.locator('#spending-sub-education .chart-subtitle').textContent()).toMatch(
      lang === 'en' ? /Unit: CNY$/ : /单位：元$/,
    );
    expect(
      await shared.page.evaluate(() => localStorage.getItem('amount-unit')),
      'a shared link does not change the stored choice',
    ).toBeNull();
    await shared.close();
  });

  test('the drill-down works by mouse, puts the category in the URL and the language switch carries it', async () => {
    const { page, problems, close } = await open(path);
    await page.locator('[data-drilldown-control] label', { hasText: chip }).click();
    expect(await visiblePanels(page)).toEqual(['spending-sub-housing-security']);
    expect(urlOf(page).hash).toBe('#spending-sub-housing-security');
    expect(await page.getAttribute('a[data-lang-switch]', 'href')).toMatch(/spending\/#spending-sub-housing-security$/);
    expect(await page.locator('#spending-sub-housing-security').isVisible()).toBe(true);
    expect(await page.locator('#spending-sub-science-and-technology').isVisible()).toBe(false);
    expect((await problems()).errors).toEqual([]);
    await close();
  });

  test('the drill-down works by keyboard and restores from the URL', async () => {
    const { page, close } = await open(`${path}#spending-sub-work-safety-supervision`);
    expect(await visiblePanels(page)).toEqual(['spending-sub-work-safety-supervision']);
    const checked = page.locator('[data-drilldown-control] input:checked');
    expect(await checked.getAttribute('value')).toBe('spending-sub-work-safety-supervision');
    await checked.focus();
    await page.keyboard.press('ArrowRight');
    expect(await visiblePanels(page)).toEqual(['spending-sub-general-public-services']);
    expect(urlOf(page).hash).toBe('#spending-sub-general-public-services');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    expect(await visiblePanels(page)).toEqual(['spending-sub-social-security-and-employment']);
    // a link to the section itself shows every category
    await page.evaluate(() => (location.hash = '#spending-detail'));
    await expect.poll(() => visiblePanels(page)).toHaveLength(CATEGORIES.length);
    await page.reload({ waitUntil: 'networkidle' });
    expect(await visiblePanels(page)).toHaveLength(CATEGORIES.length);
    await close();
  });

  test('without JavaScript: every chart, table and reason is in the page, amounts in 万元, controls hidden', async () => {
    const { page, close } = await open(path, { javaScriptEnabled: false });
    expect(await page.locator('[data-unit-switch]').isVisible()).toBe(false);
    expect(await page.locator('[data-drilldown-control]').isVisible()).toBe(false);
    expect(await visiblePanels(page)).toHaveLength(CATEGORIES.length);
    expect(await page.locator('.chart-graphic--wide svg[role="img"]').count()).toBe(2 + CATEGORIES.length);
    expect(await page.locator('figure[data-chart] details table').count()).toBe(2 + CATEGORIES.length);
    expect(await h1Amount(page)).toBe(total.wan);
    expect(await page.locator('.reasons li').count(), 'one reason entry per sub-category').toBe(11);
    expect(await page.locator('.reason-quote[lang="zh-CN"]').count()).toBe(11);
    if (lang === 'en') expect(await page.locator('.reason-translation').count()).toBe(11);
    await close();
  });

  test('a 375 px phone shows the narrow charts and does not scroll sideways, in the widest unit with everything open', async () => {
    const { page, close } = await open(`${path}?unit=yuan`, { width: 375 });
    await page.locator('[data-drilldown-control] input[value="spending-detail"]').check();
    await openAllDetails(page);
    expect(await page.locator('.chart-graphic--narrow svg').first().isVisible()).toBe(true);
    expect(await page.locator('.chart-graphic--wide svg').first().isVisible()).toBe(false);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, 'horizontal overflow in px').toBe(0);
    await close();
  });
});

describe('built HTML of /spending/ and /procurement/', () => {
  const files = [
    'spending/index.html',
    'en/spending/index.html',
    'procurement/index.html',
    'en/procurement/index.html',
  ];

  test.each(files)('%s is ready for a CSP without inline scripts or styles', (file) => {
    const html = readFileSync(join(dist, file), 'utf8');
    expectCspReady(html);
    expect(html).toMatch(/<link rel="alternate" hreflang="en" href="[^"]*\/en\/(spending|procurement)\/">/);
  });

  test.each(files)('%s: every amount reads as the unit switch would write it in the default unit', async (file) => {
    const locale = file.startsWith('en/') ? 'en' : 'zh';
    const { page, close } = await open(file.replace('index.html', ''), { javaScriptEnabled: false, height: 720 });
    const amounts = await page.locator('[data-amount-wan]').evaluateAll((all) =>
      all.map((el) => ({
        wan: el.getAttribute('data-amount-wan')!,
        bare: el.hasAttribute('data-amount-bare'),
        signed: el.hasAttribute('data-amount-signed'),
        text: el.textContent,
      })),
    );
    expect(amounts.length).toBeGreaterThan(file.includes('spending') ? 100 : 20);
    const wrong = amounts.filter(
      (a) =>
        !Number.isFinite(Number(a.wan)) ||
        a.text !== formatAmount(Number(a.wan), locale, { bare: a.bare, signed: a.signed }),
    );
    expect(wrong).toEqual([]);
    const tips = await page.locator('[data-tip-template]').evaluateAll((all) =>
      all.map((el) => ({
        template: el.getAttribute('data-tip-template')!,
        wans: el.getAttribute('data-tip-wan')!.split(' '),
        tip: el.getAttribute('data-tip'),
      })),
    );
    expect(tips.length).toBeGreaterThan(0);
    const fill = (t: (typeof tips)[number]) =>
      t.template.replace(/\{(\d+)\}/g, (_, i: string) => formatAmount(Number(t.wans[Number(i)]), locale));
    expect(tips.filter((t) => fill(t) !== t.tip)).toEqual([]);
    await close();
  });
});
