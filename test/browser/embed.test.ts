/**
 * Embeds: a publisher's page on another origin, carrying /embed.js, shows a chart in an iframe that takes the
 * chart's height; messages from another origin or of the wrong shape are ignored; embed pages fit 300 px, have no
 * site navigation, link back to the full view, and pass axe.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations, serve, siteUnderTest, type StaticServer } from './helpers';

const CHART = 'overview-spending';
const site = siteUnderTest();
let publisher: StaticServer;

// runs after siteUnderTest()'s beforeAll (hooks run in the order they are written), so site.url is set
beforeAll(async () => {
  // the publisher's page: same machine, another origin (localhost instead of 127.0.0.1, another port)
  const dir = mkdtempSync(join(tmpdir(), 'publisher-'));
  const siteUrl = site.url;
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Publisher</title></head><body>
<h1>An article</h1>
<iframe id="chart" src="${siteUrl}embed/${CHART}/" title="Spending by category" width="100%" height="200" style="border:0"></iframe>
<iframe id="narrow" src="${siteUrl}en/embed/${CHART}/" title="Spending by category" width="300" height="200" style="border:0"></iframe>
<iframe id="other" src="about:blank" title="Something else" height="200"></iframe>
<script src="${siteUrl}embed.js"></script>
</body></html>`,
  );
  publisher = await serve(dir, '/');
  publisher.url = publisher.url.replace('127.0.0.1', 'localhost');
});

afterAll(async () => {
  await publisher?.close();
});

async function openPublisher(): Promise<{ page: Page; frame: Frame; close: () => Promise<void> }> {
  const { page, close } = await site.open(publisher.url, { width: 1000 });
  const frame = page.frames().find((f) => f.url().includes(`/embed/${CHART}/`) && !f.url().includes('/en/'))!;
  return { page, frame, close };
}
const height = (page: Page, id: string) =>
  page.$eval(`#${id}`, (f) => (f as HTMLIFrameElement).getBoundingClientRect().height);

describe('embed.js and the embed pages', () => {
  test('an iframe carrying an embed page takes the height of its chart', async () => {
    const { page, frame, close } = await openPublisher();
    await page.waitForFunction(
      () => (document.getElementById('chart') as HTMLIFrameElement).getBoundingClientRect().height > 300,
    );
    const content = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    expect(Math.abs((await height(page, 'chart')) - content)).toBeLessThanOrEqual(2);
    await close();
  });

  test('resizes again when the chart grows (data table opened)', async () => {
    const { page, frame, close } = await openPublisher();
    await page.waitForFunction(
      () => (document.getElementById('chart') as HTMLIFrameElement).getBoundingClientRect().height > 300,
    );
    const before = await height(page, 'chart');
    await frame.click('details summary');
    await page.waitForFunction(
      (h) => (document.getElementById('chart') as HTMLIFrameElement).getBoundingClientRect().height > h + 50,
      before,
    );
    await close();
  });

  test('ignores a message from another origin, and one of the wrong shape from the right frame', async () => {
    const { page, frame, close } = await openPublisher();
    await page.waitForFunction(
      () => (document.getElementById('chart') as HTMLIFrameElement).getBoundingClientRect().height > 300,
    );
    const settled = await height(page, 'chart');
    // from the publisher's own origin, perfectly shaped: not from the site's iframe
    await page.evaluate(
      (id) => window.postMessage({ source: 'fengtai-sti-2019-embed', type: 'resize', id, height: 999 }, '*'),
      CHART,
    );
    // from the site's iframe, wrong shapes
    await frame.evaluate((id) => {
      parent.postMessage({ source: 'fengtai-sti-2019-embed', type: 'resize', id, height: '999' }, '*');
      parent.postMessage({ source: 'someone-else', type: 'resize', id, height: 999 }, '*');
      parent.postMessage({ source: 'fengtai-sti-2019-embed', type: 'resize', id, height: 1e9 }, '*');
      parent.postMessage('height: 999', '*');
    }, CHART);
    await page.waitForTimeout(300);
    expect(await height(page, 'chart')).toBe(settled);
    // and the right shape from the right frame still works
    await frame.evaluate(
      (id) => parent.postMessage({ source: 'fengtai-sti-2019-embed', type: 'resize', id, height: 777 }, '*'),
      CHART,
    );
    await page.waitForFunction(
      () => (document.getElementById('chart') as HTMLIFrameElement).getBoundingClientRect().height === 777,
    );
    await close();
  });

  test('without embed.js the iframe keeps its fixed height', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.setContent(
      `<iframe id="chart" src="${site.url}embed/${CHART}/" title="t" height="480" style="border:0"></iframe>`,
    );
    await page.waitForTimeout(800);
    expect(await height(page, 'chart')).toBe(480);
    await context.close();
  });

  test('an embed fits a 300 px frame with no sideways scrolling, and has no site navigation', async () => {
    const { page, close } = await openPublisher();
    const narrow = page.frames().find((f) => f.url().includes(`/en/embed/${CHART}/`))!;
    await narrow.waitForLoadState('networkidle');
    expect(
      await narrow.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth),
    ).toBe(true);
    expect(await narrow.locator('.site-nav, .site-header').count()).toBe(0);
    expect(await narrow.locator('figure[data-chart] .chart-graphic svg:visible').count()).toBe(1);
    expect(await narrow.locator('.embed-credit a').getAttribute('href')).toMatch(new RegExp(`/en/#${CHART}$`));
    await close();
  });

  for (const path of [`embed/${CHART}/`, `en/embed/${CHART}/`]) {
    test(`${path} loads cleanly and passes axe`, async () => {
      const { page, problems, close } = await site.open(path, { height: 720 });
      expect(problems.errors).toEqual([]);
      expect(problems.failed).toEqual([]);
      expect(await axeViolations(page)).toEqual([]);
      await close();
    });
  }
});
