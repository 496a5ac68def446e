/**
 * The audit's verdict in Chromium: a disputed figure in a key figure is a "≠" link whose accessible name says what
 * it means and which lands on its finding; a disputed chart mark is explained by the chart's description; /audit/
 * opens with its summary chart and each finding lists where its figures are shown. Axe stays clean on a project page
 * with marks, in both languages and both themes (on / and /audit/: smoke.test.ts, audit.test.ts). Uses
 * dist/ (or DIST_DIR); builds it if missing.
 */
import { describe, expect, test } from 'vitest';
import zh from '../../src/i18n/zh.json';
import en from '../../src/i18n/en.json';
import { siteUnderTest, testAxeInBothThemes } from './helpers';

const site = siteUnderTest();
const { open } = site;
// the rising S&T stars programme: its printed execution rate and its funds score are disputed
const PROJECT = 'projects/rising-s-t-stars-programme/';

describe.each([
  { prefix: '', words: zh },
  { prefix: 'en/', words: en },
])('/$prefix', ({ prefix, words }) => {
  test('a disputed key figure is a ≠ link named by its meaning, landing on its finding', async () => {
    const { page, close } = await open(`${prefix}${PROJECT}`);
    // the mark and its hidden words (Chromium may set a space between them)
    const said = words['chart.conflict'].trim().replace(/[()（）]/g, '\\$&');
    const marks = page.locator('.facts').getByRole('link', { name: new RegExp(`^≠\\s*${said}$`) });
    expect(await marks.count(), 'marks with that accessible name').toBe(2);
    const first = marks.first();
    expect(await first.isVisible()).toBe(true);
    const href = (await first.getAttribute('href'))!;
    await first.click();
    await page.waitForURL((url) => url.hash === href.replace(/^[^#]*/, ''));
    const target = page.locator(href.replace(/^[^#]*/, ''));
    expect(await target.evaluate((el) => el.classList.contains('finding'))).toBe(true);
    await close();
  });

  test('a chart’s ≠ marks are explained by its description', async () => {
    const { page, close } = await open(`${prefix}projects/`);
    const svg = page.locator('#projects-execution .chart-graphic--wide svg');
    const description = await svg.evaluate((el) => {
      const id = el.getAttribute('aria-describedby');
      return id ? document.getElementById(id)?.textContent : null;
    });
    expect(description).toContain('≠');
    expect(await svg.locator('.chart-dispute-mark text').count()).toBe(2);
    await close();
  });

  test('/audit/ opens with its summary chart, and each finding lists where its figures are shown', async () => {
    const { page, close } = await open(`${prefix}audit/`);
    const chart = page.locator('#audit-summary');
    expect(await chart.isVisible()).toBe(true);
    const findingsTop = await page.locator('article.finding').first().boundingBox();
    expect((await chart.boundingBox())!.y).toBeLessThan(findingsTop!.y);
    const places = page.locator('#finding-project-exec-rate-big-data-aggregation-platform-phase-2 .finding-places a');
    expect(await places.count()).toBeGreaterThanOrEqual(3);
    const href = (await places.first().getAttribute('href'))!;
    await places.first().click();
    await page.waitForURL((url) => url.pathname + url.hash === href);
    expect(await page.locator(href.replace(/^[^#]*/, '')).isVisible()).toBe(true);
    await close();
  });

  // axe on / and /audit/, marks included, runs in smoke.test.ts and audit.test.ts (both themes, every
  // <details> open: a superset of the page as it opens); this project page's marks are checked here
  testAxeInBothThemes(open, `${prefix}${PROJECT}`, ` (/${prefix}${PROJECT})`, 240_000);
});
