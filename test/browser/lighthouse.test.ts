/**
 * Lighthouse 12.8.2 (mobile profile, Debian's Chromium) on the key pages, served with the headers of
 * public/_headers: accessibility, best practices and SEO score 100, and nothing shifts as the enhancements load.
 * One run per page; `npm run bench` prints performance as the median of five.
 * SEO needs absolute canonical and hreflang links, i.e. a build that knows where it is deployed (SITE_URL), and
 * Lighthouse compares them with the address it loads: so this test runs on the build deployed at DEPLOYED
 * (deployedBuild(), .out/deployed/), served locally, with Chrome sending DEPLOYED's requests to the server.
 */
import { join } from 'node:path';
import { launch as launchChrome, type LaunchedChrome } from 'chrome-launcher';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CHROME_FLAGS, LIGHTHOUSE_PAGES, lighthouseRun, type LighthouseFigures } from '../../scripts/bench';
import { DEPLOYED, deployedBuild, hostHeaders, mapDeployed, root, serve, type StaticServer } from './helpers';

let chrome: LaunchedChrome;
let server: StaticServer;
const results = new Map<string, LighthouseFigures>();

beforeAll(async () => {
  server = await serve(deployedBuild(), '/', { headers: hostHeaders(join(root, 'public/_headers')) });
  chrome = await launchChrome({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    chromeFlags: [...CHROME_FLAGS, mapDeployed(server)],
  });
}, 900_000);

afterAll(async () => {
  chrome?.kill();
  await server?.close();
});

describe('Lighthouse', () => {
  for (const page of LIGHTHOUSE_PAGES) {
    test(`/${page}: accessibility, best practices and SEO are 100`, async () => {
      const r = await lighthouseRun(DEPLOYED + page, chrome.port);
      results.set(page, r);
      expect({
        accessibility: r.accessibility,
        bestPractices: r.bestPractices,
        seo: r.seo,
        failing: r.failing,
      }).toEqual({
        accessibility: 100,
        bestPractices: 100,
        seo: 100,
        failing: [],
      });
    }, 240_000);

    test(`/${page}: no layout shift (CLS 0)`, () => {
      const r = results.get(page);
      expect(r, 'the Lighthouse run above completed').toBeDefined();
      expect(r!.cls, `layout shifts:\n${r!.shifts.join('\n')}`).toBe(0);
    });
  }
});
