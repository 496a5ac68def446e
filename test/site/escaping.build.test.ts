/**
 * Text from the report is shown as text everywhere. The test doctors a copy of the report so that a project's
 * name and an indicator's reason contain `<script>`, `"` and `&`, runs the pipeline on it into
 * .out/escaping/derived/, builds the site from that folder (DERIVED_DIR) into .out/escaping/site/, and checks
 * every page, embed, chart SVG (inline and as a file), CSV and JSON: the text arrives whole, no markup gets out
 * of it, and no script runs in Chromium (not even when a chart's tooltip shows the name).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { sitePages } from '../../scripts/bench';
import { build, buildEnv, launch, root, serve } from '../browser/helpers';
import { parseCsv } from './parse-csv';

const OUT = join(root, '.out/escaping');
const DERIVED = join(OUT, 'derived');
const SITE = join(OUT, 'site');
const RAW = join(root, 'data/raw/fengtai-sti-2019.txt');

/** What the doctored report says instead: a project name (line 519) and an indicator's reason (line 1719). */
const NAME = '科普<script>alert(1)</script>"活动"&';
const REASON = '各单位<script>alert(2)</script>"基本满意"&';
const REPLACE: [string, string][] = [
  ['\t科普活动\n', `\t${NAME}\n`],
  ['\t各单位基本满意\n', `\t${REASON}\n`],
];

let slug: string;
let reasonSlug: string;

beforeAll(() => {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  let text = readFileSync(RAW, 'utf8');
  for (const [from, to] of REPLACE) {
    expect(text.split(from).length - 1, `the report has ${JSON.stringify(from)} once`).toBe(1);
    text = text.replace(from, to);
  }
  writeFileSync(join(OUT, 'report.txt'), text);
  execFileSync('npx', ['tsx', 'scripts/build-data.ts', '--input', join(OUT, 'report.txt'), '--out', DERIVED], {
    cwd: root,
    env: buildEnv(),
    stdio: 'pipe',
  });
  const projects = JSON.parse(readFileSync(join(DERIVED, 'projects.json'), 'utf8')) as {
    slug: string;
    name_zh: string;
  }[];
  const indicators = JSON.parse(readFileSync(join(DERIVED, 'indicators.json'), 'utf8')) as {
    project_slug: string;
    reason_zh: string | null;
  }[];
  slug = projects.find((p) => p.name_zh === NAME)?.slug ?? '';
  reasonSlug = indicators.find((i) => i.reason_zh === REASON)?.project_slug ?? '';
  expect(slug, 'the pipeline read the doctored name').not.toBe('');
  expect(reasonSlug, 'the pipeline read the doctored reason').not.toBe('');
  // the doctored reason has no translation of ours: the English pages show it in Chinese alone
  build(['--outDir', SITE], { DERIVED_DIR: DERIVED, TRANSLATIONS: 'optional' });
}, 900_000);

afterAll(() => rmSync(join(OUT, 'report.txt'), { force: true }));

const pages = () => sitePages(SITE);
/** Every file of the build, relative to it. */
const builtFiles = (): string[] =>
  readdirSync(SITE, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(join(SITE, f)).isFile())
    .sort();
const read = (file: string) => readFileSync(join(SITE, file), 'utf8');

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

describe('report text with <script>, " and & in it', () => {
  test('the site was built from the doctored tables (DERIVED_DIR reaches every reader)', () => {
    for (const file of ['projects.json', 'projects.csv', 'indicators.json', 'indicators.csv', 'manifest.json']) {
      expect(readFileSync(join(SITE, 'data', file)).equals(readFileSync(join(DERIVED, file))), `/data/${file}`).toBe(
        true,
      );
    }
    expect(read(`projects/${slug}/index.html`)).toContain('alert(1)');
  });

  test('no page or embed gets an element or attribute out of it', () => {
    const problems: string[] = [];
    for (const file of pages()) {
      const { document } = parseHTML(read(file));
      for (const script of document.querySelectorAll('script')) {
        // the one inline element allowed is a JSON-LD data block that parses and holds no `<` that could close it
        const text = script.textContent ?? '';
        const dataBlock = script.getAttribute('type') === 'application/ld+json' && !text.includes('<') && isJson(text);
        if ((!script.getAttribute('src') && !dataBlock) || /alert\(/.test(text))
          problems.push(`${file}: <script> ${script.outerHTML.slice(0, 80)}`);
      }
      for (const el of document.querySelectorAll('*')) {
        for (const attr of el.attributes) {
          if (!/^[a-z_:][a-z0-9_.:-]*$/i.test(attr.name))
            problems.push(`${file}: <${el.localName}> has an attribute named ${JSON.stringify(attr.name)}`);
          if (attr.value.includes('alert(') && !attr.value.includes(NAME) && !attr.value.includes(REASON))
            problems.push(
              `${file}: <${el.localName} ${attr.name}> holds a cut ${JSON.stringify(attr.value.slice(0, 80))}`,
            );
        }
      }
      // every element's own text that mentions the payload holds all of it (linkedom splits text at entities)
      for (const el of document.querySelectorAll('*')) {
        const own = [...el.childNodes]
          .filter((n) => n.nodeType === 3)
          .map((n) => n.textContent)
          .join('');
        // a chart's name clipped to its room with an ellipsis (clipLabel; the tooltip has it whole) is cut on
        // purpose: it must still be the name's exact beginning
        const clipped = el.localName === 'text' && own.endsWith('…') && NAME.startsWith(own.slice(0, -1));
        if (own.includes('alert(') && !own.includes(NAME) && !own.includes(REASON) && !clipped)
          problems.push(`${file}: <${el.localName}> holds a cut ${JSON.stringify(own.slice(0, 80))}`);
      }
    }
    expect(problems).toEqual([]);
  });

  test('the name and the reason read as text on the pages, embeds and chart SVGs that show them', () => {
    const shows = (file: string, what: string) => {
      const { document } = parseHTML(read(file));
      const inText = (document.querySelector('main')?.textContent ?? '').includes(what);
      const inSvg = [...document.querySelectorAll('svg')].some(
        (svg) =>
          (svg.textContent ?? '').includes(what) ||
          [...svg.querySelectorAll('[aria-label], [data-tip]')].some((e) =>
            (e.getAttribute('aria-label') ?? e.getAttribute('data-tip') ?? '').includes(what),
          ),
      );
      return { inText, inSvg };
    };
    for (const prefix of ['', 'en/']) {
      expect(shows(`${prefix}projects/index.html`, NAME), `/${prefix}projects/`).toEqual({ inText: true, inSvg: true });
      expect(shows(`${prefix}projects/${slug}/index.html`, NAME).inText, `/${prefix}projects/${slug}/`).toBe(true);
      expect(
        shows(`${prefix}projects/${reasonSlug}/index.html`, REASON).inText,
        `/${prefix}projects/${reasonSlug}/ shows the reason`,
      ).toBe(true);
      expect(shows(`${prefix}report/index.html`, NAME).inText, `/${prefix}report/`).toBe(true);
      expect(
        shows(`${prefix}embed/projects-execution/index.html`, NAME).inSvg,
        `/${prefix}embed/projects-execution/`,
      ).toBe(true);
    }
  });

  test('every SVG, CSV and JSON file of the build that mentions it holds all of it, and parses', () => {
    const problems: string[] = [];
    const whole = (v: string) => v.includes(NAME) || v.includes(REASON);
    const walkJson = (file: string, v: unknown): void => {
      if (typeof v === 'string' && v.includes('alert(') && !whole(v))
        problems.push(`${file}: cut ${JSON.stringify(v.slice(0, 80))}`);
      else if (v && typeof v === 'object') for (const x of Object.values(v)) walkJson(file, x);
    };
    let svgs = 0;
    for (const file of builtFiles().filter((f) => /\.(svg|csv|json)$/.test(f))) {
      const text = readFileSync(join(SITE, file), 'utf8');
      if (!text.includes('alert(')) continue;
      if (file.endsWith('.json')) {
        try {
          walkJson(file, JSON.parse(text));
        } catch (error) {
          problems.push(`${file}: not JSON (${(error as Error).message})`);
        }
      } else if (file.endsWith('.csv')) {
        for (const cell of parseCsv(text.replace(/^\uFEFF/, '')).flat())
          if (cell.includes('alert(') && !whole(cell))
            problems.push(`${file}: cut cell ${JSON.stringify(cell.slice(0, 80))}`);
      } else {
        svgs++;
        // XML: no raw markup from the text, and every & starts an entity
        if (/<script/i.test(text)) problems.push(`${file}: a <script> element`);
        if (/&(?![a-zA-Z]+;|#\d+;|#x[0-9a-fA-F]+;)/.test(text))
          problems.push(`${file}: a bare & (not well-formed XML)`);
      }
    }
    expect(problems).toEqual([]);
    expect(svgs, 'chart SVG files that show the name (charts/*.svg)').toBeGreaterThan(0);
  });

  test('the CSV and JSON downloads hold the text exactly', () => {
    const csv = (file: string) => parseCsv(readFileSync(join(SITE, 'data', file), 'utf8').replace(/^\uFEFF/, ''));
    const json = (file: string) => JSON.parse(read(`data/${file}`)) as Record<string, unknown>[];
    const found: [string, boolean][] = [
      ['projects.csv', csv('projects.csv').some((row) => row.includes(NAME))],
      ['projects.json', json('projects.json').some((row) => row.name_zh === NAME)],
      ['indicators.csv', csv('indicators.csv').some((row) => row.includes(REASON))],
      ['indicators.json', json('indicators.json').some((row) => row.reason_zh === REASON)],
    ];
    for (const [file, hit] of found) expect(hit, file).toBe(true);
  });

  test('in Chromium no script runs from it, on load or when a tooltip shows it', async () => {
    const server = await serve(SITE, '/');
    const browser = await launch();
    const problems: string[] = [];
    try {
      const context = await browser.newContext();
      // standalone SVG files, opened as documents: a script in them would run, bad XML shows a parser error
      for (const file of builtFiles().filter((f) => f.endsWith('.svg') && read(f).includes('alert('))) {
        const page = await context.newPage();
        page.on('dialog', (d) => {
          problems.push(`/${file}: a script ran (${d.type()} ${d.message()})`);
          void d.dismiss();
        });
        await page.goto(server.url + file, { waitUntil: 'load' });
        const state = await page.evaluate(() => ({
          root: document.documentElement.localName,
          error: document.querySelector('parsererror')?.textContent ?? null,
          text: document.documentElement.textContent ?? '',
        }));
        if (state.root !== 'svg' || state.error)
          problems.push(`/${file}: not a well-formed SVG (${state.error ?? state.root})`);
        else if (!state.text.includes(NAME) && !state.text.includes(REASON))
          problems.push(`/${file}: the text does not read whole`);
        await page.close();
      }
      for (const file of pages().filter((f) => read(f).includes('alert('))) {
        const path = file.replace(/index\.html$/, '');
        const page = await context.newPage();
        page.on('dialog', (d) => {
          problems.push(`/${path}: a script ran (${d.type()} ${d.message()})`);
          void d.dismiss();
        });
        await page.goto(server.url + path, { waitUntil: 'load' });
        const tips = await page.evaluate(() => {
          const out: string[] = [];
          for (const mark of document.querySelectorAll<SVGElement>('[data-tip*="alert("]')) {
            mark.focus();
            const figure = mark.closest('figure');
            const tip = figure?.querySelector('.chart-tip');
            const texts = new Set(
              [...(figure?.querySelectorAll('[data-tip]') ?? [])].map((m) => m.getAttribute('data-tip')),
            );
            if (!tip || tip.hasAttribute('hidden')) out.push(`no tooltip shows for ${mark.localName}[data-tip]`);
            else if (tip.children.length > 0 || !texts.has(tip.textContent))
              out.push(`tooltip ${JSON.stringify(tip.innerHTML.slice(0, 80))}`);
          }
          return out;
        });
        problems.push(...tips.map((t) => `/${path}: ${t}`));
        await page.close();
      }
      await context.close();
    } finally {
      await browser.close();
      await server.close();
    }
    expect(problems).toEqual([]);
  }, 300_000);
});
