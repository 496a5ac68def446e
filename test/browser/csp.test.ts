/**
 * Every page and embed of the build (dist/, or DIST_DIR) served with the headers of public/_headers, in Chromium:
 * no Content-Security-Policy violation, no console error, no failed request, and the enhancements ran (the
 * theme toggle shows, chart tooltips are set up, the briefing becomes a deck). Embed pages show in an iframe on
 * another site and resize it, whichever way the host merges headers; a site page in such an iframe does not load.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { sitePages } from '../../scripts/bench';
import { dist, ensureBuilt, hostHeaders, launch, root, serve, watch, type StaticServer } from './helpers';

const HEADERS = join(root, 'public/_headers');
const EMBED = 'overview-spending';
let browser: Browser;
const servers: StaticServer[] = [];

beforeAll(async () => {
  ensureBuilt();
  browser = await launch();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await Promise.all(servers.map((s) => s.close()));
});

async function site(merge: 'join' | 'override' = 'join'): Promise<StaticServer> {
  const server = await serve(dist, undefined, { headers: hostHeaders(HEADERS, merge) });
  servers.push(server);
  return server;
}

/** Records CSP violations as the page reports them (an init script is not subject to the page's policy). */
async function recordViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const list: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = list;
    document.addEventListener('securitypolicyviolation', (e) => {
      list.push(
        `${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile || e.documentURI}:${e.lineNumber} ${e.sample ? `"${e.sample}"` : ''}`.trim(),
      );
    });
  });
  return () => page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
}

/** What shows that the page's scripts ran, as a list of what did not happen. */
function enhancementsMissing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const missing: string[] = [];
    const toggle = document.querySelector('[data-theme-toggle]');
    if (toggle && !toggle.hasAttribute('data-ready'))
      missing.push('the theme toggle is not set up (theme-toggle.ts did not run)');
    for (const figure of document.querySelectorAll('figure[data-chart]')) {
      if (figure.querySelector('[data-tip]') && !figure.querySelector('.chart-tip'))
        missing.push(`#${figure.id}: no tooltip set up (chart-tooltips.ts did not run)`);
    }
    if (document.querySelector('[data-deck]') && !document.documentElement.classList.contains('is-deck'))
      missing.push('the briefing is not a deck (briefing.ts did not run)');
    return missing;
  });
}

describe('Content-Security-Policy of public/_headers', () => {
  test('every page and embed works under it: no violation, no console error, no failed request, enhancements ran', async () => {
    const server = await site();
    const pages = sitePages(dist).map((p) => p.replace(/index\.html$/, ''));
    expect(pages.length).toBeGreaterThan(40);
    const problems = new Map<string, number>();
    const report = (line: string) => problems.set(line, (problems.get(line) ?? 0) + 1);
    const context = await browser.newContext();
    for (const path of pages) {
      const page = await context.newPage();
      const seen = watch(page);
      const violations = await recordViolations(page);
      const response = await page.goto(server.url + path, { waitUntil: 'load' });
      expect(response?.headers()['content-security-policy'], `/${path} is served with the policy`).toMatch(
        /script-src 'self'/,
      );
      await page.waitForTimeout(50);
      for (const v of await violations()) report(`/${path}: CSP violation: ${v}`);
      for (const e of seen.errors) report(`/${path}: ${e}`);
      for (const f of seen.failed) report(`/${path}: failed request ${f}`);
      for (const m of await enhancementsMissing(page)) report(`/${path}: ${m}`);
      await page.close();
    }
    await context.close();
    expect([...problems].map(([line, n]) => (n > 1 ? `${line} (${n}×)` : line))).toEqual([]);
  }, 600_000);

  for (const merge of ['join', 'override'] as const) {
    test(`an embed shows in another site's iframe and resizes it; a site page does not (host merging headers: ${merge})`, async () => {
      const server = await site(merge);
      const dir = mkdtempSync(join(tmpdir(), 'publisher-'));
      writeFileSync(
        join(dir, 'index.html'),
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Publisher</title></head><body>
<iframe id="embed" src="${server.url}embed/${EMBED}/" title="chart" width="600" height="150"></iframe>
<iframe id="page" src="${server.url}spending/" title="page" width="600" height="150"></iframe>
<script src="${server.url}embed.js"></script></body></html>`,
      );
      const publisher = await serve(dir, '/');
      servers.push(publisher);
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(publisher.url.replace('127.0.0.1', 'localhost'), { waitUntil: 'load' });
      await page.waitForFunction(
        () => document.getElementById('embed')!.getBoundingClientRect().height > 300,
        undefined,
        { timeout: 10_000 },
      );
      const embed = page.frames().find((f) => f.url().includes(`/embed/${EMBED}/`))!;
      expect(await embed.locator('figure[data-chart] svg').count(), 'the embed rendered').toBeGreaterThan(0);
      const framed = await (await page.$('#page'))!.contentFrame();
      expect(framed?.url(), 'a site page is blocked in a foreign frame').not.toContain(`${server.url}spending/`);
      expect(await framed!.locator('.site-header').count(), 'a site page is blocked in a foreign frame').toBe(0);
      await context.close();
    }, 60_000);
  }
});
