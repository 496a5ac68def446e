/**
 * The site built from a partial report (test/partial-site.ts) in Chromium, served with public/_headers: every
 * page whose part of the report is missing, and the checks page, in both languages, loads with no console error
 * or failed request and passes axe; the notice is what a reader sees.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { axeViolations, expectNoProblems, hostHeaders, launch, root, serve, watch, type StaticServer } from './helpers';
import { ensurePartialSite, MISSING_PAGES } from '../partial-site';

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serve(ensurePartialSite(), '/', { headers: hostHeaders(join(root, 'public/_headers')) });
  browser = await launch();
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const routes = [...MISSING_PAGES.map((p) => p.route), 'audit/'];

describe('a site built from the first sections of this report, in Chromium', () => {
  for (const prefix of ['', 'en/'])
    for (const route of routes)
      test(`/${prefix}${route}: no console error or failed request, axe clean, the notice visible`, async () => {
        const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
        const page = await context.newPage();
        const problems = watch(page);
        await page.goto(`${server.url}${prefix}${route}`, { waitUntil: 'networkidle' });
        try {
          await expectNoProblems(problems);
          expect(await axeViolations(page)).toEqual([]);
          if (route !== 'audit/') await expect.poll(() => page.locator('[data-missing-part]').isVisible()).toBe(true);
        } finally {
          await context.close();
        }
      }, 60_000);
});
