/**
 * Smoke tests of the built site in Chromium: the pages load cleanly, pass axe (WCAG 2.2 AA rules) in both
 * themes, and the client enhancements work. Uses dist/ as built by the caller (builds it once if missing). A build
 * under a base path is links.test.ts's.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { axeViolations, dist, expectCspReady, expectNoProblems, siteUnderTest, testAxeInBothThemes } from './helpers';

const pages = [
  { name: '/', path: '', file: 'index.html', lang: 'zh-CN' },
  { name: '/en/', path: 'en/', file: 'en/index.html', lang: 'en' },
];
const site = siteUnderTest({ timeout: 900_000 });
const { open } = site;

describe.each(pages)('$name', ({ path, lang }) => {
  test('loads without console errors or failed requests', async () => {
    const { page, problems, close } = await open(path);
    expect(await page.getAttribute('html', 'lang')).toBe(lang);
    expect(await page.locator('h1').count(), 'one h1').toBe(1);
    expect(await page.locator('figure[data-chart] svg.plot').count(), 'wide and narrow charts').toBeGreaterThanOrEqual(
      2,
    );
    await expectNoProblems(problems);
    await close();
  });

  testAxeInBothThemes(open, path, ', data tables open');

  test('passes axe with the dark theme chosen by the toggle and a tooltip showing', async () => {
    const { page, close } = await open(path, { colorScheme: 'light' });
    await page.click('[data-theme-toggle]');
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    await page.focus('.chart-graphic--wide [data-tip]');
    expect(await axeViolations(page), 'axe violations (toggled dark)').toEqual([]);
    await close();
  });
});

describe('the harness', () => {
  test('open() returns at the load event, and problems() still counts a request that fails after it', async () => {
    const { page, problems, close } = await open('');
    await page.evaluate(() => setTimeout(() => void fetch('no-such-file.json').catch(() => {}), 200));
    const { failed } = await problems();
    expect(failed.filter((f) => f.includes('/no-such-file.json: HTTP 404'))).toHaveLength(1);
    await close();
  });
});

describe('client enhancements', () => {
  test('chart marks take keyboard focus and show their tooltip; Escape hides it', async () => {
    const { page, problems, close } = await open('');
    const first = page.locator('#overview-spending .chart-graphic--wide [data-tip]').first();
    expect(await first.getAttribute('tabindex')).toBe('0');
    expect(
      await page.locator('#overview-spending .chart-graphic--wide [data-tip] > title').count(),
      'titles removed',
    ).toBe(0);
    await first.focus();
    const tip = page.locator('.chart-tip').first();
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toBe('科学技术支出: 5,504.37 万元 (75.77%)');
    await page.keyboard.press('Escape');
    await expect.poll(() => tip.isVisible()).toBe(false);
    await page.locator('#overview-spending .chart-graphic--wide [data-tip]').nth(1).hover();
    await expect.poll(() => tip.textContent()).toBe('资源勘探信息等支出: 1,434.30 万元 (19.74%)');
    expect((await problems()).errors).toEqual([]);
    await close();
  });

  test('the theme toggle persists the choice, and choosing the system theme forgets it', async () => {
    const { page, close } = await open('en/', { colorScheme: 'light' });
    const toggle = page.locator('[data-theme-toggle]');
    expect(await toggle.isVisible(), 'toggle shown once the script runs').toBe(true);
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    await page.reload({ waitUntil: 'networkidle' });
    expect(await page.getAttribute('html', 'data-theme'), 'after reload').toBe('dark');
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(21, 23, 28)');
    await page.locator('[data-theme-toggle]').click();
    expect(await page.getAttribute('html', 'data-theme')).toBeNull();
    expect(await page.evaluate(() => localStorage.getItem('theme'))).toBeNull();
    await close();
  });

  test('the language switch keeps the anchor the reader is on', async () => {
    const { page, close } = await open('#overview-spending');
    const href = await page.getAttribute('a[data-lang-switch]', 'href');
    expect(href).toBe(`${new URL(site.url).pathname}en/#overview-spending`);
    await page.click('a[data-lang-switch]');
    await page.waitForURL(`${site.url}en/#overview-spending`);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await close();
  });

  test('without JavaScript the page keeps its chart, table and native tooltips, and hides the theme toggle', async () => {
    const { page, close } = await open('', { javaScriptEnabled: false, height: 720 });
    expect(await page.locator('[data-theme-toggle]').isVisible()).toBe(false);
    expect(await page.locator('#overview-spending .chart-graphic--wide svg[role="img"]').isVisible()).toBe(true);
    expect(await page.locator('#overview-spending .chart-graphic--wide [data-tip] > title').count()).toBe(8);
    expect(await page.locator('#overview-spending details tbody tr').count()).toBe(8);
    await close();
  });

  test('the phone layout shows the narrow chart and does not scroll sideways, even with the table open', async () => {
    const { page, close } = await open('en/');
    await page.setViewportSize({ width: 375, height: 800 });
    await page.locator('#overview-spending details:has(table) summary').click();
    expect(await page.locator('#overview-spending .chart-graphic--narrow svg').isVisible()).toBe(true);
    expect(await page.locator('#overview-spending .chart-graphic--wide svg').isVisible()).toBe(false);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, 'horizontal overflow in px').toBe(0);
    await close();
  });
});

describe('built HTML', () => {
  test.each(pages)('$file is ready for a CSP without inline scripts or styles', ({ file }) => {
    const html = readFileSync(join(dist, file), 'utf8');
    expectCspReady(html);
  });

  test('metadata: canonical and hreflang alternates for both languages', () => {
    const zh = readFileSync(join(dist, 'index.html'), 'utf8');
    const en = readFileSync(join(dist, 'en/index.html'), 'utf8');
    expect(zh).toMatch(/<link rel="canonical" href="[^"]*\/">/);
    expect(en).toMatch(/<link rel="canonical" href="[^"]*\/en\/">/);
    for (const html of [zh, en]) {
      expect(html).toMatch(/<link rel="alternate" hreflang="zh-CN" href="[^"]*\/">/);
      expect(html).toMatch(/<link rel="alternate" hreflang="en" href="[^"]*\/en\/">/);
      expect(html).toMatch(/<link rel="alternate" hreflang="x-default" href="[^"]*\/">/);
      expect(html).toMatch(/<meta name="description" content="[^"]{40,}">/);
    }
  });
});
