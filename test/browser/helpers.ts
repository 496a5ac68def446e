/**
 * Browser test harness: a static file server for dist/ on 127.0.0.1 (random port) and Debian's Chromium driven
 * by playwright-core. The caller builds the site; ensureBuilt() builds it once if dist/ is missing.
 */
import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

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

/** Runs `npx astro build` (extra args such as `--outDir`) and the post-build steps, with a clean environment. */
export function build(args: string[] = [], env: Record<string, string> = {}): void {
  execFileSync('npx', ['astro', 'build', ...args], { cwd: root, env: buildEnv(env), stdio: 'pipe' });
  const outDir = args.includes('--outDir') ? args[args.indexOf('--outDir') + 1]! : 'dist';
  execFileSync('npx', ['tsx', 'scripts/site/build-embeds.ts', outDir], { cwd: root, env: buildEnv(env), stdio: 'pipe' });
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

/**
 * Serves `dir` (default dist/) under `base` (default BASE_PATH or `/`), directories through their index.html.
 * @example const server = await serve(); await page.goto(server.url + 'en/');
 */
export async function serve(dir: string = dist, base: string = process.env.BASE_PATH ?? '/'): Promise<StaticServer> {
  const prefix = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
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
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    close: () => new Promise<void>((done, fail) => server.close((error) => (error ? fail(error) : done()))),
  };
}

function notFound(res: import('node:http').ServerResponse): void {
  res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
}

/** Debian's Chromium, headless, with the flags that keep it off the network it cannot reach. */
export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
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
