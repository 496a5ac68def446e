/**
 * Browser test harness: a static file server for dist/ on 127.0.0.1 (random port) and Debian's Chromium driven
 * by playwright-core. The caller builds the site; ensureBuilt() builds it once if dist/ is missing. A test file
 * calls siteUnderTest() for the server, the browser and open(), and checks pages with axeViolations().
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  createReadStream,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CHROME_FLAGS } from '../../scripts/bench';

export const root = resolve(import.meta.dirname, '../..');
/** The built site: dist/, or DIST_DIR when set (so several builds can run side by side). */
export const dist = process.env.DIST_DIR ? resolve(process.env.DIST_DIR) : join(root, 'dist');

/**
 * The environment for a child `astro build`. Vitest sets BASE_URL, MODE, DEV, PROD and SSR in process.env to
 * mimic import.meta.env, and Astro's page code reads import.meta.env from process.env at build time: an
 * inherited BASE_URL=/ would override the base path (BASE_PATH) in every link the pages compute.
 */
export function buildEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = { ...process.env, ...extra };
  for (const name of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV']) delete env[name];
  return env;
}

/**
 * Runs `npx astro build` (extra args such as `--outDir`) with a clean environment.
 * One build at a time: test files run in parallel workers and two builds of one project share .astro/, so a
 * build waits for the lock .out/.build-lock (taken by a live process) before it starts.
 */
export function build(args: string[] = [], env: Record<string, string> = {}): void {
  withBuildLock(() => {
    execFileSync('npx', ['astro', 'build', ...args], { cwd: root, env: buildEnv(env), stdio: 'pipe' });
  });
}

const LOCK = join(root, '.out', '.build-lock');
/** whether this process holds the lock (a build inside withBuildLock() does not wait for itself) */
let holding = false;

/** Runs `fn` holding the build lock; a lock whose process has died is taken over. */
export function withBuildLock<T>(fn: () => T, timeoutMs = 30 * 60_000): T {
  if (holding) return fn();
  mkdirSync(join(LOCK, '..'), { recursive: true });
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      mkdirSync(LOCK);
      writeFileSync(join(LOCK, 'pid'), String(process.pid));
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (lockIsStale()) rmSync(LOCK, { recursive: true, force: true });
      else if (Date.now() > deadline)
        throw new Error(`build lock ${LOCK} still held after ${timeoutMs / 1000} s`, { cause: error });
      else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500);
    }
  }
  holding = true;
  try {
    return fn();
  } finally {
    holding = false;
    rmSync(LOCK, { recursive: true, force: true });
  }
}

/** What a build reads: the site's and the pipeline's code, the data, the config and the locked packages. */
const SOURCES = ['src', 'public', 'scripts', 'contract', 'data', 'astro.config.mjs', 'package-lock.json'];

/** Size and modification time of every file a build reads (SOURCES), by path: tells an edit from nothing. */
export function sourceFiles(): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (p: string): void => {
    const st = statSync(join(root, p));
    if (st.isDirectory()) for (const n of readdirSync(join(root, p)).sort()) walk(join(p, n));
    else out.set(p, `${st.size} ${st.mtimeMs}`);
  };
  for (const p of SOURCES) walk(p);
  return out;
}

/**
 * A build of the site that is made once for the sources as they are (sourceFiles()) and `recipe`, and then reused:
 * by the other tier, by the next run. Held under the build lock from the check to the end of the build, so a
 * reader that comes while it is being made waits for it rather than reading half of it.
 * @param dir what `make` writes (it may empty it first); the stamp is written in it afterwards
 * @param recipe what else the build depends on (a test's own inputs, its environment), as text
 */
export function reusedBuild(dir: string, recipe: string, make: () => void): string {
  return withBuildLock(() => {
    const stamp = join(dir, '.built-from');
    const key = createHash('sha256')
      .update(JSON.stringify([recipe, [...sourceFiles()]]))
      .digest('hex');
    if (existsSync(stamp) && readFileSync(stamp, 'utf8') === key) return dir;
    make();
    writeFileSync(stamp, key);
    return dir;
  });
}

/**
 * Where the deployed build (deployedBuild()) says the site is: its canonical links, QR codes and offline deck name
 * this origin. A test serves the build on a port of its own and has Chromium send requests for this origin there
 * (mapDeployed()); `localhost` keeps it a secure context, as the real host's https would be.
 */
export const DEPLOYED = 'http://localhost:48730/';

/**
 * The site built as deployed at DEPLOYED (SITE_URL), into .out/deployed/: the build Lighthouse (absolute canonical
 * and hreflang links) and the briefing's QR codes need. Made once per state of the sources and shared (reusedBuild).
 */
export function deployedBuild(): string {
  const dir = join(root, '.out/deployed');
  return reusedBuild(dir, `BASE_PATH=/ SITE_URL=${DEPLOYED}`, () => {
    rmSync(dir, { recursive: true, force: true });
    build(['--outDir', dir], { BASE_PATH: '/', SITE_URL: DEPLOYED });
  });
}

/** The Chromium flag that sends every request for DEPLOYED's host to `server`. */
export const mapDeployed = (server: StaticServer) =>
  `--host-resolver-rules=MAP ${new URL(DEPLOYED).host} ${new URL(server.url).host}`;

function lockIsStale(): boolean {
  try {
    const pid = Number(readFileSync(join(LOCK, 'pid'), 'utf8'));
    process.kill(pid, 0);
    return false;
  } catch (error) {
    // no pid yet: the owner is between mkdir and writeFile, unless the lock is old
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      return existsSync(LOCK) && Date.now() - statSync(LOCK).mtimeMs > 10_000;
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/** Builds the site with `npx astro build` if dist/index.html does not exist yet. */
export function ensureBuilt(): void {
  if (existsSync(join(dist, 'index.html'))) return;
  build(['--outDir', dist]);
  if (!existsSync(join(dist, 'index.html'))) throw new Error('astro build did not write dist/index.html');
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
};

export interface StaticServer {
  /** the site's URL with the base path and a trailing slash, e.g. http://127.0.0.1:43121/ */
  url: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** extra response headers for a path relative to the base (`/spending/`), e.g. hostHeaders() of public/_headers */
  headers?: (path: string) => Record<string, string | string[]>;
}

/**
 * Serves `dir` (default dist/) under `base` (default BASE_PATH or `/`), directories through their index.html,
 * and, for an address with no file, the site's 404.html with status 404 (as Netlify, Cloudflare Pages and GitHub
 * Pages do), or a plain `not found` when the site has none.
 * @example const server = await serve(); await page.goto(server.url + 'en/');
 */
export async function serve(
  dir: string = dist,
  base: string = process.env.BASE_PATH ?? '/',
  options: ServeOptions = {},
): Promise<StaticServer> {
  const prefix = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  const page404 = join(dir, '404.html');
  const notFound = (res: import('node:http').ServerResponse) => {
    if (!existsSync(page404))
      return void res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
    res.writeHead(404, { ...(options.headers?.('/404.html') ?? {}), 'content-type': TYPES['.html'] });
    createReadStream(page404).pipe(res);
  };
  const server: Server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    if (!pathname.startsWith(prefix) && `${pathname}/` !== prefix) return notFound(res);
    let file = normalize(join(dir, pathname.slice(prefix.length)));
    if (file !== dir && !file.startsWith(dir + sep)) return notFound(res);
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!pathname.endsWith('/')) {
        res.writeHead(301, { location: `${pathname}/` }).end();
        return;
      }
      file = join(file, 'index.html');
    }
    if (!existsSync(file) || !statSync(file).isFile()) return notFound(res);
    const extra = options.headers?.(`/${pathname.slice(prefix.length)}`) ?? {};
    res.writeHead(200, { ...extra, 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    close: () => new Promise<void>((done, fail) => server.close((error) => (error ? fail(error) : done()))),
  };
}

/**
 * The headers a host that reads a `_headers` file (Netlify, Cloudflare Pages) sends for a path. Rules are a path
 * pattern (`*` matches anything) followed by indented `Name: value` lines. Where several rules set one header,
 * hosts differ: Cloudflare Pages joins the values (`join`), Netlify keeps the most specific rule's (`override`,
 * here: the rule written last).
 * @example serve(dist, '/', { headers: hostHeaders(join(root, 'public/_headers')) })
 */
export function hostHeaders(
  file: string,
  merge: 'join' | 'override' = 'join',
): (path: string) => Record<string, string> {
  const rules: { pattern: RegExp; headers: [string, string][] }[] = [];
  for (const [i, line] of readFileSync(file, 'utf8').split('\n').entries()) {
    if (/^\s*(#|$)/.test(line)) continue;
    if (!/^\s/.test(line)) {
      const source = line
        .trim()
        .split('*')
        .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*');
      rules.push({ pattern: new RegExp(`^${source}$`), headers: [] });
      continue;
    }
    const header = /^\s+([A-Za-z0-9-]+):\s*(.+?)\s*$/.exec(line);
    if (!header || rules.length === 0)
      throw new Error(`${file}:${i + 1}: expected "Name: value" under a path, found ${JSON.stringify(line)}`);
    rules.at(-1)!.headers.push([header[1]!.toLowerCase(), header[2]!]);
  }
  return (path) => {
    const out: Record<string, string> = {};
    for (const rule of rules.filter((r) => r.pattern.test(path))) {
      for (const [name, value] of rule.headers)
        out[name] = merge === 'join' && out[name] ? `${out[name]}, ${value}` : value;
    }
    return out;
  };
}

/**
 * The Chromium the browser tests drive: CHROME_PATH when set, else Debian's chromium-headless-shell (the same
 * Blink as its chromium, without the browser around it: a page and an axe run cost about a third less), else
 * Debian's chromium. Lighthouse keeps the full chromium, as `npm run bench` does.
 */
export const TEST_CHROMIUM =
  process.env.CHROME_PATH ??
  ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium'].find((path) => existsSync(path)) ??
  '/usr/bin/chromium';

/** TEST_CHROMIUM, headless, with the flags that keep it off the network it cannot reach. */
export function launch(extraFlags: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: TEST_CHROMIUM,
    // Playwright adds the headless flag itself; the rest are the flags bench.ts starts Chrome with
    args: [...CHROME_FLAGS.filter((flag) => !flag.startsWith('--headless')), ...extraFlags],
  });
}

export interface PageProblems {
  /** console errors and uncaught exceptions */
  errors: string[];
  /** requests that failed or answered with an HTTP error */
  failed: string[];
}

/** Starts recording a page's console errors, uncaught exceptions and failed requests. */
export function watch(page: Page): PageProblems {
  const problems: PageProblems = { errors: [], failed: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') problems.errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.errors.push(`exception: ${error.message}`));
  page.on('requestfailed', (request) => problems.failed.push(`${request.url()}: ${request.failure()?.errorText}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.failed.push(`${response.url()}: HTTP ${response.status()}`);
  });
  return problems;
}

/** The axe-core rule tags the pages are held to: WCAG 2.0, 2.1 and 2.2, levels A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * axe-core's WCAG_TAGS violations on the page as it is now (or in the part of it `within` selects, less what
 * `without` selects): one string a rule, with up to five of the elements it flags.
 */
export async function axeViolations(
  page: Page,
  { within, without }: { within?: string; without?: string } = {},
): Promise<string[]> {
  let axe = new AxeBuilder({ page }).withTags(WCAG_TAGS);
  if (within) axe = axe.include(within);
  if (without) axe = axe.exclude(without);
  const results = await axe.analyze();
  return results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes
        .slice(0, 5)
        .map((n) => n.target.join(' '))
        .join('\n  ')}`,
  );
}

/** Shows slide `n` of the briefing deck on `page` through its URL, as a link to #slide-n does, and waits for it. */
export async function showSlide(page: Page, n: number): Promise<void> {
  await page.evaluate((i) => (location.hash = `#slide-${i}`), n);
  await page.waitForFunction((i) => document.querySelector('[data-slide][data-active]')?.id === `slide-${i}`, n);
}

/**
 * In the page (`locator.evaluate(smallestTextPx)`): the smallest size in CSS px at which text inside `root` is
 * drawn, an SVG's text as its viewBox is scaled; text hidden from assistive technology (outside SVGs) left out.
 */
export function smallestTextPx(root: Element): number {
  let smallest = Infinity;
  for (const el of root.querySelectorAll<HTMLElement | SVGElement>('*')) {
    const own = [...el.childNodes].some((c) => c.nodeType === Node.TEXT_NODE && c.textContent!.trim());
    if (!own || el.closest('[aria-hidden="true"]:not(svg *)')) continue;
    let size = parseFloat(getComputedStyle(el).fontSize);
    const svg = el.closest('svg');
    if (svg && svg.viewBox.baseVal.width) size *= svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    smallest = Math.min(smallest, size);
  }
  return smallest;
}

/** Opens every <details> on the page (data tables, notes), as a reader who opens them all would. */
export const openAllDetails = (page: Page) =>
  page.locator('details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));

/** Every chart's share control on the page is open with its fields showing, as openAllDetails() leaves them. */
export async function expectShareControlsOpen(page: Page) {
  expect(await page.locator('.chart-share').count(), 'share controls').toBeGreaterThan(0);
  expect(await page.locator('.chart-share:not([open])').count(), 'share controls left closed').toBe(0);
  await page.locator('.share-copy:visible').first().waitFor();
}

/** Nothing went wrong on the page: no console errors, no failed requests (asked as OpenedPage.problems says). */
export async function expectNoProblems(problems: PageProblems | (() => Promise<PageProblems>)) {
  const seen = typeof problems === 'function' ? await problems() : problems;
  expect(seen.errors, 'console errors').toEqual([]);
  expect(seen.failed, 'failed requests').toEqual([]);
}

/** A page opened at a 375 px phone's width with every <details> open. */
export async function openOnPhone(open: SiteUnderTest['open'], path: string): Promise<OpenedPage> {
  const opened = await open(path, { width: 375 });
  await openAllDetails(opened.page);
  return opened;
}

export interface AxeThemeOptions {
  /** what to do once the page is open; by default every <details> is opened */
  setUp?: (page: Page) => Promise<void>;
  /**
   * a selector: focus its first match, so that its tooltip shows, and run axe again over what that changed: the
   * block around it (its figure, or the paragraph, item or cell it is in), where the tooltip shows
   */
  tooltip?: string;
  /**
   * a selector for what the runs leave out: only markup another test shows to be the same, laid out and coloured
   * alike in both themes, as markup axe checks on another page (see test/browser/report.test.ts)
   */
  leaveOut?: string;
}

/**
 * Two tests of the page at `path`, one in the light and one in the dark theme: with every <details> open it has no
 * axe violations. Each is named "passes axe in the <theme> theme<how>".
 */
export function testAxeInBothThemes(
  open: SiteUnderTest['open'],
  path: string,
  how: string,
  timeout?: number,
  { setUp = openAllDetails, tooltip, leaveOut }: AxeThemeOptions = {},
) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(
      `passes axe in the ${colorScheme} theme${how}`,
      async () => {
        const { page, close } = await open(path, { colorScheme });
        await setUp(page);
        expect(await axeViolations(page, { without: leaveOut }), `axe violations (${colorScheme})`).toEqual([]);
        if (tooltip) {
          const mark = page.locator(tooltip).first();
          await mark.focus();
          await mark.evaluate((el) => el.closest('figure, p, li, dd, td, th')!.setAttribute('data-axe-scope', ''));
          const shown = page.locator('[data-axe-scope] :is(.chart-tip, .term-tip)').filter({ visible: true });
          expect(await shown.count(), 'the tooltip shows inside the part axe checks again').toBe(1);
          expect(
            await axeViolations(page, { within: '[data-axe-scope]' }),
            `axe violations with a tooltip (${colorScheme})`,
          ).toEqual([]);
        }
        await close();
      },
      timeout,
    );
  }
}

/**
 * The tests each of /audit/, /data/ and /report/ gets, at `route` in Chinese and at `en/<route>` in English: it
 * loads without console errors or failed requests, in its language, with one h1 and a title; it passes axe in both
 * themes with every <details> open (`en`: what the English page's runs take besides, as testAxeInBothThemes does,
 * and `how` added to their names); it fits a 375 px phone without scrolling sideways.
 */
export function testReadingPages(
  open: SiteUnderTest['open'],
  route: string,
  { en = {} }: { en?: AxeThemeOptions & { how?: string } } = {},
) {
  describe.each([
    { path: route, lang: 'zh-CN', axe: {} },
    { path: `en/${route}`, lang: 'en', axe: en },
  ])('/$path', ({ path, lang, axe: { how = '', ...axe } }) => {
    test('loads without console errors or failed requests', async () => {
      const { page, problems, close } = await open(path);
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
      expect(await page.locator('h1').count(), 'one h1').toBe(1);
      expect((await page.title()).length).toBeGreaterThan(5);
      await expectNoProblems(problems);
      await close();
    });

    testAxeInBothThemes(open, path, `, every <details> open${how}`, 240_000, axe);

    test('fits a 375 px phone without scrolling sideways, every <details> open', async () => {
      const { page, close } = await openOnPhone(open, path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, 'horizontal overflow in px').toBe(0);
      await close();
    });
  });
}

/** A built page ready for a CSP without inline scripts or styles: external scripts only, no styles in the HTML. */
export function expectCspReady(html: string) {
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
  expect(scripts.length, 'scripts').toBeGreaterThan(0);
  for (const [tag, attrs, body] of scripts) {
    expect(attrs, `external script: ${tag.slice(0, 80)}`).toMatch(/\ssrc="/);
    expect(body!.trim(), 'script body').toBe('');
  }
  expect(html, 'no <style> elements').not.toMatch(/<style\b/);
  expect(html, 'no style attributes').not.toMatch(/\sstyle="/);
  expect(html, 'no aria-label on chart groups').not.toMatch(/<g\b[^>]*aria-label=/);
}

export interface OpenOptions {
  /** the browser's preferred colour scheme (default light) */
  colorScheme?: 'light' | 'dark';
  /** the viewport in CSS px (default 1280 × 900) */
  width?: number;
  height?: number;
  /** default true */
  javaScriptEnabled?: boolean;
}

export interface OpenedPage {
  page: Page;
  /** the page's own context: open more pages in it, or grant it permissions */
  context: BrowserContext;
  /**
   * What went wrong on the page since before it loaded, asked once the network has been idle for 500 ms (open()
   * returns at the load event, so a request still under way is waited for rather than missed).
   */
  problems: () => Promise<PageProblems>;
  /** closes the context, and with it the page */
  close: () => Promise<void>;
}

export interface SiteOptions {
  /** serve()'s options for the site, e.g. the headers of public/_headers */
  serve?: ServeOptions;
  /** open()'s defaults in this file, in place of light, 1280 × 900 and JavaScript on */
  defaults?: OpenOptions;
  /** runs on each context open() makes, before its page: permissions, a fixed clock */
  prepare?: (context: BrowserContext, options: Required<OpenOptions>) => Promise<void>;
  /** the time beforeAll may take, building the site if it is missing (default 600 s) */
  timeout?: number;
}

export interface SiteUnderTest {
  /** the served site's URL, as StaticServer.url (set in beforeAll) */
  readonly url: string;
  /** the Chromium the file's tests share (set in beforeAll) */
  readonly browser: Browser;
  /**
   * A fresh context with one page, watched (watch()), at `path` below the site's URL, or at a whole http(s) URL,
   * loaded to its load event: every script of the page has run by then (Astro's are modules, which run before it).
   * What loads later is waited for where a test needs it: problems() waits for the network to go idle.
   */
  open: (path: string, options?: OpenOptions) => Promise<OpenedPage>;
}

/**
 * The harness of a browser test file: registers its beforeAll (ensureBuilt(), serve(), launch()) and its afterAll
 * (closes the browser and the server). Call it at the top level of the file; `open` needs no `this`.
 * @example const site = siteUnderTest(); const { open } = site;
 *   const { page, problems, close } = await open('en/spending/', { colorScheme: 'dark' });
 */
export function siteUnderTest(options: SiteOptions = {}): SiteUnderTest {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    ensureBuilt();
    server = await serve(dist, undefined, options.serve);
    browser = await launch();
  }, options.timeout ?? 600_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`siteUnderTest(): no ${what} yet; it starts in beforeAll`);
    return value;
  };

  const open = async (path: string, overrides: OpenOptions = {}): Promise<OpenedPage> => {
    const defaults = options.defaults ?? {};
    const colorScheme = overrides.colorScheme ?? defaults.colorScheme ?? 'light';
    const width = overrides.width ?? defaults.width ?? 1280;
    const height = overrides.height ?? defaults.height ?? 900;
    const javaScriptEnabled = overrides.javaScriptEnabled ?? defaults.javaScriptEnabled ?? true;
    const context = await started(browser, 'browser').newContext({
      colorScheme,
      viewport: { width, height },
      javaScriptEnabled,
    });
    await options.prepare?.(context, { colorScheme, width, height, javaScriptEnabled });
    const page = await context.newPage();
    const seen = watch(page);
    await page.goto(/^https?:\/\//.test(path) ? path : started(server, 'server').url + path, { waitUntil: 'load' });
    const problems = async () => {
      await page.waitForLoadState('networkidle');
      return seen;
    };
    return { page, context, problems, close: () => context.close() };
  };

  return {
    get url() {
      return started(server, 'server').url;
    },
    get browser() {
      return started(browser, 'browser');
    },
    open,
  };
}
