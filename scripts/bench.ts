/**
 * npm run bench [-- --runs 5] [--dist <dir>]
 * Prints how fast the site is: the time of the data pipeline and of the whole build (data + site) with the
 * machine's core count; the gzip bytes of every page and embed (HTML, CSS, JS, fonts, other) against the budgets;
 * and Lighthouse (mobile profile, Debian's Chromium) on the key pages, the median of `--runs` runs. Without
 * `--dist` it builds the site first, from a fresh run of the pipeline, into .out/bench/ (data/derived/ and
 * dist/ are left alone); with it, it measures that build and times nothing.
 *
 * The byte measures are exported for test/site/budget.build.test.ts, and lighthouseRun() for the Lighthouse test.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { htmlPages } from './lib/html-pages';

/** 1 KB = 1,024 bytes, as on the site's download page. */
export const KB = 1024;
export const BUDGETS = {
  /** gzip bytes of the JavaScript a page loads before any interaction (scripts and their static imports) */
  initialJs: 20 * KB,
  /** gzip bytes of a whole page: HTML, CSS, initial JavaScript, fonts, images (not /report/, not the data files) */
  page: 150 * KB,
};
/** Pages without the whole-page budget: the report's full text (the data files are not pages). */
export const WHOLE_PAGE_EXEMPT = /^(en\/)?report\//;
/** The pages Lighthouse audits, relative to the base path. */
export const LIGHTHOUSE_PAGES = ['', 'spending/', 'projects/', 'embed/overview-spending/', 'briefing/'];
/**
 * Strings only these libraries' code contains (they survive minification): Plot's default class name,
 * one of Arquero's aggregate function names, d3-selection's and d3-transition's data properties.
 */
export const HEAVY_LIBRARIES: { name: string; signature: RegExp }[] = [
  { name: '@observablehq/plot', signature: /plot-d6a7b5/ },
  { name: 'arquero', signature: /array_agg_distinct/ },
  { name: 'd3 (selection/transition)', signature: /__data__|__transition/ },
];

const gzipBytes = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length;

/** Every page of a build (`index.html` files, embeds included), relative to `dist`, sorted. */
export const sitePages = (dist: string): string[] => htmlPages(dist);

export interface PageWeight {
  /** the page's folder relative to the base path: `''`, `spending/`, `en/embed/overview-spending/` */
  page: string;
  /** gzip bytes */
  html: number;
  css: number;
  js: number;
  fonts: number;
  /** images and icons */
  other: number;
  total: number;
  /** the files each part was counted from, relative to dist */
  files: { css: string[]; js: string[]; fonts: string[]; other: string[] };
}

/**
 * What a page loads before any interaction, in gzip bytes: its HTML, stylesheets (with their @imports), scripts
 * with the modules they import statically (a dynamic `import()` loads on demand and is not counted), fonts named
 * by the stylesheets, and images and icons named by the HTML.
 * @param page the page's folder relative to `dist` (`spending/`)
 * @param [base='/'] the base path the site was built with
 * @throws when the page names a local file that is not in `dist`
 */
export function pageWeight(dist: string, page: string, base = '/'): PageWeight {
  const prefix = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  const pageFile = join(page, 'index.html');
  const html = readFileSync(join(dist, pageFile));
  const { document } = parseHTML(html.toString('utf8'));
  const pageUrl = new URL(`http://site${prefix}${page}`);
  /** the file in dist a URL of the page names, or null for another site's URL */
  const fileOf = (ref: string, from: URL = pageUrl): string | null => {
    const url = new URL(ref, from);
    if (url.host !== 'site') return null;
    if (!url.pathname.startsWith(prefix)) throw new Error(`${pageFile}: ${ref} is outside the base path ${prefix}`);
    const file = decodeURIComponent(url.pathname.slice(prefix.length));
    if (!existsSync(join(dist, file)) || !statSync(join(dist, file)).isFile())
      throw new Error(`${pageFile}: ${ref} is not a file of the build`);
    return file;
  };
  const urlOf = (file: string) => new URL(`http://site${prefix}${file}`);

  const css = new Set<string>();
  const fonts = new Set<string>();
  const addCss = (file: string | null) => {
    if (!file || css.has(file)) return;
    css.add(file);
    const text = readFileSync(join(dist, file), 'utf8');
    for (const m of text.matchAll(/@import\s+(?:url\()?\s*["']?([^"')\s;]+)/g)) addCss(fileOf(m[1]!, urlOf(file)));
    for (const face of text.match(/@font-face\s*{[^}]*}/g) ?? []) {
      for (const m of face.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) {
        const font = fileOf(m[1]!, urlOf(file));
        if (font) fonts.add(font);
      }
    }
  };
  for (const link of document.querySelectorAll('link[rel~="stylesheet"][href]'))
    addCss(fileOf(link.getAttribute('href')!));

  const js = new Set<string>();
  const addJs = (file: string | null) => {
    if (!file || js.has(file)) return;
    js.add(file);
    const text = readFileSync(join(dist, file), 'utf8');
    // static imports only: `import x from"./a.js"`, `import"./a.js"`, `export{a}from"./a.js"`; not `import("./a.js")`
    for (const m of text.matchAll(
      /(?:^|[^.\w$"'`])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'](\.{0,2}\/[^"'\s]+\.m?js)["']/g,
    )) {
      addJs(fileOf(m[1]!, urlOf(file)));
    }
  };
  for (const script of document.querySelectorAll('script[src]')) addJs(fileOf(script.getAttribute('src')!));
  for (const link of document.querySelectorAll(
    'link[rel~="modulepreload"][href], link[rel~="preload"][as="script"][href]',
  ))
    addJs(fileOf(link.getAttribute('href')!));

  const other = new Set<string>();
  for (const el of document.querySelectorAll(
    'img[src], link[rel~="icon"][href], link[rel~="apple-touch-icon"][href], link[rel~="preload"][as="image"][href]',
  )) {
    const file = fileOf(el.getAttribute('src') ?? el.getAttribute('href')!);
    if (file) other.add(file);
  }
  for (const link of document.querySelectorAll('link[rel~="preload"][as="font"][href]')) {
    const file = fileOf(link.getAttribute('href')!);
    if (file) fonts.add(file);
  }

  const sum = (files: Set<string>) => [...files].reduce((n, f) => n + gzipBytes(readFileSync(join(dist, f))), 0);
  const weight = { html: gzipBytes(html), css: sum(css), js: sum(js), fonts: sum(fonts), other: sum(other) };
  return {
    page: page.replace(/\\/g, '/'),
    ...weight,
    total: weight.html + weight.css + weight.js + weight.fonts + weight.other,
    files: { css: [...css].sort(), js: [...js].sort(), fonts: [...fonts].sort(), other: [...other].sort() },
  };
}

/** pageWeight() of every page and embed of a build. */
export function siteWeights(dist: string, base = '/'): PageWeight[] {
  return sitePages(dist).map((file) => pageWeight(dist, file.replace(/index\.html$/, ''), base));
}

/** The budget breaches of one page, as sentences (empty when it keeps every budget). */
export function budgetBreaches(w: PageWeight): string[] {
  const out: string[] = [];
  const kb = (n: number) => `${(n / KB).toFixed(1)} KB`;
  if (w.js > BUDGETS.initialJs)
    out.push(
      `/${w.page}: ${kb(w.js)} of JavaScript before any interaction (budget ${kb(BUDGETS.initialJs)}): ${w.files.js.join(', ')}`,
    );
  if (!WHOLE_PAGE_EXEMPT.test(w.page) && w.total > BUDGETS.page)
    out.push(
      `/${w.page}: ${kb(w.total)} in all (budget ${kb(BUDGETS.page)}; HTML ${kb(w.html)}, CSS ${kb(w.css)}, JS ${kb(w.js)}, fonts ${kb(w.fonts)}, other ${kb(w.other)})`,
    );
  return out;
}

export interface LighthouseFigures {
  url: string;
  /** category scores, 0–100 */
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  /** largest contentful paint and total blocking time in ms, cumulative layout shift */
  lcp: number;
  tbt: number;
  cls: number;
  /** the scored audits of accessibility, best practices and SEO that did not pass, with their failing items */
  failing: string[];
  /** the elements that moved (Lighthouse's layout-shifts audit): selector, snippet and the shift's score */
  shifts: string[];
}

export const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * One Lighthouse run (the default mobile profile, simulated throttling) of `url` in a running Chrome.
 * @param port the Chrome's remote-debugging port (chrome-launcher's `chrome.port`)
 */
export async function lighthouseRun(url: string, port: number): Promise<LighthouseFigures> {
  const { default: lighthouse } = await import('lighthouse');
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
  });
  if (!result) throw new Error(`lighthouse: no result for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`lighthouse: ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const failing: string[] = [];
  for (const id of ['accessibility', 'best-practices', 'seo']) {
    for (const ref of lhr.categories[id]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (!audit || ref.weight === 0 || audit.score === null || audit.score === 1) continue;
      const details = audit.details as { items?: Record<string, unknown>[] } | undefined;
      const items = [
        ...new Set((details?.items ?? []).map((item) => describeItem(item).slice(0, 160)).filter(Boolean)),
      ].slice(0, 5);
      failing.push(
        `${id}/${ref.id}: ${audit.title}${audit.explanation ? ` (${audit.explanation})` : ''}${items.length ? ` — ${items.join('; ')}` : ''}`,
      );
    }
  }
  return {
    url,
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    lcp: lhr.audits['largest-contentful-paint']?.numericValue ?? NaN,
    tbt: lhr.audits['total-blocking-time']?.numericValue ?? NaN,
    cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN,
    failing,
    shifts: (
      (lhr.audits['layout-shifts']?.details as { items?: Record<string, unknown>[] } | undefined)?.items ?? []
    ).map((item) => `${describeItem(item).slice(0, 160)} (${Number(item.score ?? 0).toFixed(4)})`),
  };
}

function describeItem(item: Record<string, unknown>): string {
  const node = item.node as { selector?: string; snippet?: string; explanation?: string } | undefined;
  if (node) return `${node.selector ?? ''} ${node.snippet ?? ''}`.trim();
  for (const key of ['description', 'source', 'url', 'href', 'text']) {
    const v = item[key];
    if (typeof v === 'string') return v;
    if (v && typeof v === 'object' && 'url' in v) return String((v as { url: unknown }).url);
  }
  return '';
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

async function main(): Promise<void> {
  const args = parseArgs({ options: { runs: { type: 'string', default: '5' }, dist: { type: 'string' } } }).values;
  const runs = Number(args.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`bench: invalid --runs ${args.runs}`);
  const root = resolve(import.meta.dirname, '..');
  const base = process.env.BASE_PATH ?? '/';
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  console.log(
    `bench: ${availableParallelism()} cores (${cpu}), load average ${loadavg()
      .map((n) => n.toFixed(2))
      .join(' ')}, Node ${process.version}`,
  );

  const { launch } = await import('chrome-launcher');
  const { hostHeaders, serve, withBuildLock } = await import('../test/browser/helpers.ts');
  const headers = { headers: hostHeaders(join(root, 'public/_headers')) };
  let dist: string;
  let server: Awaited<ReturnType<typeof serve>>;
  if (args.dist) {
    dist = resolve(args.dist);
    server = await serve(dist, base, headers);
    console.log(`bench: measuring ${relative(root, dist) || dist} (no build timed)`);
  } else {
    const out = join(root, '.out/bench');
    const derived = join(out, 'derived');
    dist = join(out, 'site');
    rmSync(out, { recursive: true, force: true });
    // the server first: the build is told the address it is deployed at (absolute canonical links, as in a deploy)
    server = await serve(dist, base, headers);
    const env: NodeJS.ProcessEnv = { ...process.env, DERIVED_DIR: derived, SITE_URL: `${new URL(server.url).origin}/` };
    for (const name of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV']) delete env[name];
    const run = (cmd: string, argv: string[]) => {
      const t = performance.now();
      execFileSync(cmd, argv, { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] });
      return (performance.now() - t) / 1000;
    };
    // one build at a time in this project (builds share .astro/); the wait for the lock is not timed
    const [data, astro] = withBuildLock(() => [
      run('npx', ['tsx', 'scripts/build-data.ts', '--out', derived]),
      run('npx', ['astro', 'build', '--outDir', dist]),
    ]);
    console.log(`\ntimes (wall clock, ${availableParallelism()} cores)`);
    console.log(`  data pipeline (npm run data)        ${data.toFixed(1)} s`);
    console.log(`  site (astro build: pages, embeds, downloads, cards) ${astro.toFixed(1)} s`);
    console.log(`  whole build (data + site)           ${(data + astro).toFixed(1)} s`);
  }

  const weights = siteWeights(dist, base);
  const kb = (n: number) => (n / KB).toFixed(1).padStart(6);
  console.log(
    `\nbytes per page, gzip, KB (budgets: JavaScript before interaction ≤ ${BUDGETS.initialJs / KB} KB; whole page ≤ ${BUDGETS.page / KB} KB except /report/)`,
  );
  const width = Math.max(...weights.map((w) => w.page.length + 1));
  console.log(`  ${'page'.padEnd(width)}   html    css     js  fonts  other  total`);
  for (const w of weights) {
    const flag = budgetBreaches(w).length ? '  ✗ over budget' : '';
    console.log(
      `  ${`/${w.page}`.padEnd(width)} ${kb(w.html)} ${kb(w.css)} ${kb(w.js)} ${kb(w.fonts)} ${kb(w.other)} ${kb(w.total)}${flag}`,
    );
  }
  const worst = (key: 'js' | 'total', pages = weights) => pages.reduce((a, b) => (b[key] > a[key] ? b : a));
  const budgeted = weights.filter((w) => !WHOLE_PAGE_EXEMPT.test(w.page));
  console.log(
    `  largest: JS ${(worst('js').js / KB).toFixed(1)} KB (/${worst('js').page}); whole page ${(worst('total', budgeted).total / KB).toFixed(1)} KB (/${worst('total', budgeted).page})`,
  );
  const breaches = weights.flatMap(budgetBreaches);
  console.log(breaches.length ? `  over budget:\n    ${breaches.join('\n    ')}` : '  every page keeps both budgets');

  const chrome = await launch({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    chromeFlags: CHROME_FLAGS,
  });
  try {
    console.log(
      `\nLighthouse 12.8.2, mobile profile, median of ${runs} run(s) (performance target ≥ 95; the others must be 100)`,
    );
    console.log(`  ${'page'.padEnd(28)} perf  LCP ms  TBT ms    CLS  a11y    bp   seo`);
    for (const page of LIGHTHOUSE_PAGES) {
      const results: LighthouseFigures[] = [];
      for (let i = 0; i < runs; i++) results.push(await lighthouseRun(server.url + page, chrome.port));
      const m = (key: keyof LighthouseFigures) => median(results.map((r) => r[key] as number));
      console.log(
        `  ${`/${page}`.padEnd(28)} ${String(m('performance')).padStart(4)} ${m('lcp').toFixed(0).padStart(7)} ${m('tbt').toFixed(0).padStart(7)} ${m('cls').toFixed(3).padStart(6)} ${String(m('accessibility')).padStart(5)} ${String(m('bestPractices')).padStart(5)} ${String(m('seo')).padStart(5)}`,
      );
      for (const f of new Set(results.flatMap((r) => r.failing))) console.log(`      ${f}`);
    }
  } finally {
    chrome.kill();
    await server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error) => {
    console.error(`bench: ${(error as Error).stack ?? error}`);
    process.exit(1);
  });
}
