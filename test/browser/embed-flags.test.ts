/**
 * Embed flags (README, "Embedding a chart"), in Chromium, from publisher pages on another origin: `?theme=dark`
 * renders dark; `?plain` drops the title and keeps the chart and its source; a host page's theme message,
 * forwarded by /embed.js, switches an embed's theme while a forged one does not; a pym.js parent (pym.js from npm)
 * sizes an embed without our script; the share panel writes the chosen flags into the embed code.
 */
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { root, serve, siteUnderTest, type StaticServer } from './helpers';

const CHART = 'procurement-sme-share';
const site = siteUnderTest();
let publisher: StaticServer;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'publisher-flags-'));
  const embed = `${site.url}embed/${CHART}/`;
  copyFileSync(join(root, 'node_modules/pym.js/dist/pym.v1.min.js'), join(dir, 'pym.js'));
  const page = (body: string) =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Publisher</title></head><body>${body}</body></html>`;
  writeFileSync(
    join(dir, 'host.html'),
    page(`<iframe id="chart" src="${embed}" title="SME share" width="600" height="400" style="border:0"></iframe>
<iframe id="evil" src="about:blank" title="Another frame"></iframe>
<script src="${site.url}embed.js"></script>`),
  );
  writeFileSync(
    join(dir, 'pym.html'),
    page(`<div id="container"></div><script src="pym.js"></script>
<script>window.parent_ = new pym.Parent('container', ${JSON.stringify(embed)}, {});</script>`),
  );
  publisher = await serve(dir, '/');
  publisher.url = publisher.url.replace('127.0.0.1', 'localhost');
});

afterAll(async () => {
  await publisher?.close();
});

const themeOf = (frame: Frame) => frame.evaluate(() => getComputedStyle(document.body).backgroundColor);
const LIGHT = 'rgb(255, 255, 255)';
const DARK = 'rgb(21, 23, 28)';

async function embedFrame(page: Page): Promise<Frame> {
  await expect
    .poll(() => page.frames().some((f) => f.url().includes(`/embed/${CHART}/`)), { timeout: 10_000 })
    .toBe(true);
  const frame = page.frames().find((f) => f.url().includes(`/embed/${CHART}/`))!;
  await frame.waitForLoadState('load');
  return frame;
}

describe('render flags in the embed URL', () => {
  test('?theme=dark renders dark, ?theme=light and no flag light, also in a dark-system browser', async () => {
    for (const [query, bg] of [
      ['?theme=dark', DARK],
      ['?theme=light', LIGHT],
      ['', LIGHT],
    ] as const) {
      const { page, close } = await site.open(`embed/${CHART}/${query}`, { colorScheme: 'dark' });
      expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), query).toBe(bg);
      await close();
    }
  });

  test('?plain drops the title and the data table; the chart, its unit and its source line stay', async () => {
    for (const path of [`embed/${CHART}/?plain`, `en/embed/${CHART}/?plain=1&theme=dark`]) {
      const { page, close } = await site.open(path);
      expect(await page.isVisible('.chart-title'), path).toBe(false);
      expect(await page.isVisible('.chart-data'), path).toBe(false);
      for (const kept of ['.chart-graphic svg', '.chart-subtitle', '.chart-source', '.embed-credit'])
        expect(await page.locator(kept).first().isVisible(), `${path} ${kept}`).toBe(true);
      await close();
    }
    const { page, close } = await site.open(`embed/${CHART}/`);
    expect(await page.isVisible('.chart-title')).toBe(true);
    await close();
  });
});

describe('the host page’s theme', () => {
  test('a theme message the host posts to itself reaches the embed through embed.js; a forged one does not', async () => {
    const { page, close } = await site.open(`${publisher.url}host.html`);
    const frame = await embedFrame(page);
    expect(await themeOf(frame)).toBe(LIGHT);
    // forged: another frame posts the message to the host (wrong source), and a message of another shape
    await page.evaluate(() => {
      const evil = (document.getElementById('evil') as HTMLIFrameElement).contentWindow as unknown as {
        eval(code: string): void;
      };
      evil.eval(`parent.postMessage({ source: 'fengtai-sti-2019-host', type: 'theme', theme: 'dark' }, '*')`);
      window.postMessage({ source: 'fengtai-sti-2019-host', type: 'theme', theme: 'dark', extra: 1 }, '*');
      window.postMessage({ source: 'fengtai-sti-2019-host', type: 'theme', theme: 'purple' }, '*');
    });
    await page.waitForTimeout(500);
    expect(await themeOf(frame)).toBe(LIGHT);
    // and a message posted straight into the embed by a page that is not its parent is ignored too
    await frame.evaluate(() =>
      window.postMessage({ source: 'fengtai-sti-2019-host', type: 'theme', theme: 'dark' }, '*'),
    );
    await page.waitForTimeout(300);
    expect(await themeOf(frame)).toBe(LIGHT);
    await page.evaluate(() =>
      window.postMessage({ source: 'fengtai-sti-2019-host', type: 'theme', theme: 'dark' }, location.origin),
    );
    await expect.poll(() => themeOf(frame)).toBe(DARK);
    await page.evaluate(() =>
      window.postMessage({ source: 'fengtai-sti-2019-host', type: 'theme', theme: 'light' }, location.origin),
    );
    await expect.poll(() => themeOf(frame)).toBe(LIGHT);
    await close();
  });
});

describe('pym.js', () => {
  test('a pym.Parent sizes the embed to its content, without our embed.js', async () => {
    const { page, close } = await site.open(`${publisher.url}pym.html`, { width: 600 });
    const frame = await embedFrame(page);
    const content = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    expect(content).toBeGreaterThan(300);
    await expect
      .poll(() => page.$eval('#container iframe', (f) => f.getBoundingClientRect().height), { timeout: 10_000 })
      .toBeGreaterThanOrEqual(content - 2);
    await close();
  });
});

describe('the share panel', () => {
  test('writes the chosen theme and plain flag into the embed code', async () => {
    const { page, close } = await site.open('procurement/');
    await page.click(`[data-chart-share="${CHART}"] > summary`);
    const code = () => page.inputValue(`#${CHART}-share-embed`);
    expect(await code()).toContain(`/embed/${CHART}/"`);
    await page.check(`[data-chart-share="${CHART}"] [data-embed-theme][value="dark"]`);
    await page.check(`[data-chart-share="${CHART}"] [data-embed-plain]`);
    expect(await code()).toContain(`/embed/${CHART}/?theme=dark&amp;plain"`);
    await page.check(`[data-chart-share="${CHART}"] [data-embed-theme][value="auto"]`);
    await page.uncheck(`[data-chart-share="${CHART}"] [data-embed-plain]`);
    expect(await code()).toContain(`/embed/${CHART}/?theme=auto"`);
    await close();
  });
});
