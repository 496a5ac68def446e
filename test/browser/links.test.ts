/**
 * The build works from a plain static file server, at the root and under a base path: linkinator crawls every
 * page and embed and finds no broken link, asset or anchor; under a base path (a build of its own, in
 * .out/base-path/) every URL a page names stays inside that path, Chromium loads every page with no 404, and
 * search finds its index there and links inside it.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { LinkChecker, LinkState, type LinkResult } from 'linkinator';
import { parseHTML } from 'linkedom';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { sitePages } from '../../scripts/bench';
import { build, dist, ensureBuilt, launch, root, serve, watch, type StaticServer } from './helpers';

const BASE = '/some/sub/';
const BASE_DIST = join(root, '.out/base-path');
const servers: StaticServer[] = [];
let browser: Browser | undefined;

afterAll(async () => {
  await browser?.close();
  await Promise.all(servers.map((s) => s.close()));
});

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * linkinator over every page and embed of `dir` served at `server`, following links within the site and checking
 * fragments; absolute links to the deployed site (canonical, hreflang, an embed's link to its page) are checked
 * against the local server. Returns one line per broken link.
 */
async function brokenLinks(dir: string, server: StaticServer): Promise<string[]> {
  const canonical =
    parseHTML(readFileSync(join(dir, 'index.html'), 'utf8'))
      .document.querySelector('link[rel="canonical"]')
      ?.getAttribute('href') ?? '';
  const deployed = /^https?:\/\//.test(canonical) ? canonical : null;
  const checker = new LinkChecker();
  const result = await checker.check({
    path: sitePages(dir).map((p) => server.url + p.replace(/index\.html$/, '')),
    recurse: true,
    checkFragments: true,
    checkCss: true,
    concurrency: 4,
    timeout: 20_000,
    urlRewriteExpressions:
      deployed && !deployed.startsWith(server.url)
        ? [{ pattern: new RegExp(`^${escapeRegExp(deployed)}`), replacement: server.url }]
        : [],
    // nothing outside the local server can be reached from the test machine
    linksToSkip: async (url) => !url.startsWith(new URL(server.url).origin),
  });
  // addresses the site states as data rather than links a reader follows: the data's licence (JSON-LD on /data/)
  const cited = new Set(['https://creativecommons.org/licenses/by/4.0/']);
  const outside = result.links.filter(
    (l) => l.state === LinkState.SKIPPED && /^https?:/.test(l.url) && !cited.has(l.url),
  );
  return [
    // an anchor linkinator found missing is reported by brokenAnchors() too, with the page that links to it
    ...result.links
      .filter((l) => l.state === LinkState.BROKEN && !(l.status === 200 && l.url.includes('#')))
      .map(describeLink),
    ...outside.map((l) => `${l.url}: links outside the site cannot be checked here (from ${l.parent})`),
    ...brokenAnchors(dir, server.url, deployed),
  ].sort();
}

/**
 * Links to an anchor on another page whose id that page does not have. linkinator checks an anchor only if it
 * has seen the link before it fetches the target page, which depends on crawl order; this reads the files.
 */
function brokenAnchors(dir: string, siteUrl: string, deployed: string | null): string[] {
  const ids = new Map<string, Set<string> | null>();
  const idsOf = (page: string) => {
    if (!ids.has(page)) {
      let found: Set<string> | null = null;
      try {
        const { document } = parseHTML(readFileSync(join(dir, page, 'index.html'), 'utf8'));
        found = new Set(
          [...document.querySelectorAll('[id], a[name]')].map((e) => e.getAttribute('id') ?? e.getAttribute('name')!),
        );
      } catch {
        // not a page of the build: linkinator reports the link itself
      }
      ids.set(page, found);
    }
    return ids.get(page)!;
  };
  const problems: string[] = [];
  for (const file of sitePages(dir)) {
    const page = file.replace(/index\.html$/, '');
    const { document } = parseHTML(readFileSync(join(dir, file), 'utf8'));
    for (const a of document.querySelectorAll('a[href*="#"], area[href*="#"]')) {
      const href = a.getAttribute('href')!;
      const url = new URL(
        deployed && href.startsWith(deployed) ? siteUrl + href.slice(deployed.length) : href,
        siteUrl + page,
      );
      if (!url.href.startsWith(siteUrl) || !url.hash) continue;
      const target = decodeURIComponent(url.pathname.slice(new URL(siteUrl).pathname.length));
      const fragment = decodeURIComponent(url.hash.slice(1));
      const found = idsOf(target);
      if (found && !found.has(fragment))
        problems.push(`${siteUrl}${target}#${fragment}: no such anchor (from ${siteUrl}${page})`);
    }
  }
  return problems;
}

function describeLink(l: LinkResult): string {
  const why =
    l.status ||
    l.failureDetails?.map((f) => (f instanceof Error ? f.message : JSON.stringify(f))).join('; ') ||
    'broken';
  return `${l.url}: ${why} (from ${l.parent})`;
}

describe('at the root', () => {
  test('linkinator finds no broken link, asset or anchor on any page or embed', async () => {
    ensureBuilt();
    const server = await serve(dist, '/');
    servers.push(server);
    expect(await brokenLinks(dist, server)).toEqual([]);
  }, 600_000);
});

describe(`under a base path (${BASE})`, () => {
  let server: StaticServer;

  beforeAll(async () => {
    // the server first, so the build can know the URL it is deployed at
    server = await serve(BASE_DIST, BASE);
    servers.push(server);
    rmSync(BASE_DIST, { recursive: true, force: true });
    build(['--outDir', BASE_DIST], { BASE_PATH: BASE, SITE_URL: `${new URL(server.url).origin}/` });
  }, 900_000);

  test('every URL a page names (links, assets, downloads, embeds, scripts, favicon) is inside the base path', () => {
    const origin = new URL(server.url).origin;
    const problems: string[] = [];
    const check = (where: string, value: string) => {
      if (/^(#|[a-z][a-z0-9+.-]*:)/i.test(value) && !value.startsWith(origin)) return; // fragment, mailto:, another site
      const url = new URL(value, `${origin}${BASE}x/`);
      if (url.origin === origin && !url.pathname.startsWith(BASE)) problems.push(`${where}: ${value}`);
    };
    for (const page of [...sitePages(BASE_DIST), '404.html']) {
      const { document } = parseHTML(readFileSync(join(BASE_DIST, page), 'utf8'));
      for (const el of document.querySelectorAll(
        '[href], [src], [action], [poster], [srcset], meta[content^="/"], meta[content^="http"]',
      )) {
        for (const attr of ['href', 'src', 'action', 'poster', 'content']) {
          const value = el.getAttribute(attr);
          if (value) check(`${page} <${el.localName} ${attr}>`, value.trim());
        }
        for (const part of (el.getAttribute('srcset') ?? '').split(',').filter((s) => s.trim()))
          check(`${page} <${el.localName} srcset>`, part.trim().split(/\s+/)[0]!);
      }
    }
    for (const css of readdirSync(join(BASE_DIST, '_astro'))
      .filter((f) => f.endsWith('.css'))
      .map((f) => `_astro/${f}`)) {
      for (const m of readFileSync(join(BASE_DIST, css), 'utf8').matchAll(/url\(\s*["']?([^"')]+)/g))
        if (m[1]!.startsWith('/')) check(css, m[1]!);
    }
    expect(problems).toEqual([]);
  });

  test('linkinator finds no broken link, asset or anchor on any page or embed', async () => {
    expect(await brokenLinks(BASE_DIST, server)).toEqual([]);
  }, 600_000);

  test('Chromium loads every page (and an embed in another site) with no failed request and no console error', async () => {
    browser = await launch();
    const context = await browser.newContext();
    const pages = sitePages(BASE_DIST)
      .map((p) => p.replace(/index\.html$/, ''))
      .filter((p) => !/(^|\/)embed\//.test(p) || p.endsWith('embed/overview-spending/'));
    const problems: string[] = [];
    for (const path of pages) {
      const page = await context.newPage();
      const seen = watch(page);
      await page.goto(server.url + path, { waitUntil: 'load' });
      problems.push(
        ...seen.errors.map((e) => `${BASE}${path}: ${e}`),
        ...seen.failed.map((f) => `${BASE}${path}: ${f}`),
      );
      await page.close();
    }
    // a publisher's page on another origin: the embed loads and /embed.js, from under the base path, resizes it
    const page = await context.newPage();
    const seen = watch(page);
    await page.setContent(
      `<iframe id="embed" src="${server.url}embed/overview-spending/" title="chart" width="600" height="150"></iframe><script src="${server.url}embed.js"></script>`,
    );
    await page.waitForFunction(
      () => document.getElementById('embed')!.getBoundingClientRect().height > 300,
      undefined,
      { timeout: 10_000 },
    );
    problems.push(...seen.errors, ...seen.failed);
    await context.close();
    expect(problems).toEqual([]);
  }, 600_000);

  test('a page links inside the base path, and search loads its index from under it and links inside it', async () => {
    browser ??= await launch();
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    const seen = watch(page);
    await page.goto(`${server.url}en/`, { waitUntil: 'networkidle' });
    const links = await page.locator('a[href^="/"]').evaluateAll((all) => all.map((a) => a.getAttribute('href')));
    expect(links.length).toBeGreaterThan(10);
    expect(
      links.filter((href) => !href?.startsWith(BASE)),
      'links outside the base path',
    ).toEqual([]);
    expect(await page.getAttribute('a[data-lang-switch]', 'href')).toBe(BASE);
    expect(await page.getAttribute('.chart-source a', 'href')).toBe(`${BASE}en/report/#L49`);
    await page.goto(`${server.url}search/?q=${encodeURIComponent('中小企业')}`, { waitUntil: 'networkidle' });
    const results = page.locator('[data-search-page] [data-search-results] a');
    await expect.poll(() => results.count(), { timeout: 20_000 }).toBeGreaterThan(0);
    expect(await results.evaluateAll((all) => all.map((a) => a.getAttribute('href')))).toContain(
      `${BASE}procurement/#procurement-sme-share`,
    );
    await page.waitForLoadState('networkidle');
    expect([...seen.errors, ...seen.failed]).toEqual([]);
    await context.close();
  });
});
