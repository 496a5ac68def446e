/**
 * The briefing anywhere (issue 11), in Chromium, on the site served with public/_headers (its CSP):
 * - the downloaded deck, opened from file:// with every network request blocked, presents all slides as the
 *   online deck does (same slides, same text, same chart boxes), with the slide keys, the notes and the toolbar;
 * - a custom deck `?charts=a,b,c` presents those three in order, names the ids it left out, and its download
 *   holds those three (and presents them offline);
 * - “add to briefing” in the share panels builds the deck's URL from the keyboard, only for charts with a slide;
 * - QR codes: the build deployed at DEPLOYED (SITE_URL: deployedBuild(), .out/deployed/, shared with Lighthouse)
 *   has one on each chart slide, at least 160 px at 1920×1080, covering nothing, that decodes (jsqr) to its
 *   chart's page; the default build has none.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import jsQR from 'jsqr';
import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chart, chartDefinitions } from '../../src/charts/registry';
import { localePath, type Locale } from '../../src/lib/i18n';
import {
  axeViolations,
  DEPLOYED,
  deployedBuild,
  dist,
  expectNoProblems,
  hostHeaders,
  launch,
  mapDeployed,
  root,
  serve,
  showSlide,
  siteUnderTest,
  smallestTextPx,
  watch,
  type StaticServer,
} from './helpers';

const site = siteUnderTest({
  serve: { headers: hostHeaders(join(root, 'public/_headers')) },
  defaults: { width: 1920, height: 1080 },
});
const { open } = site;

const downloads = mkdtempSync(join(tmpdir(), 'briefing-'));
afterAll(() => rmSync(downloads, { recursive: true, force: true }));

const LOCALES = [
  { locale: 'zh' as Locale, path: 'briefing/', download: '下载此演示文稿', note: '科信局（本级）为新组建单位' },
  { locale: 'en' as Locale, path: 'en/briefing/', download: 'Download this deck', note: '科信局（本级）为新组建单位' },
];

const active = (page: Page) => page.locator('[data-slide][data-active]').getAttribute('id');

/** Each slide as the reader sees it: its chart, its text (whitespace folded), its chart's box, its smallest text. */
async function slidesSeen(page: Page) {
  const out: { chart: string | null; text: string; svg: number[] | null; smallest: number }[] = [];
  const count = await page.locator('[data-slide]').count();
  for (let n = 1; n <= count; n++) {
    await showSlide(page, n);
    const slide = page.locator('[data-slide][data-active]');
    const seen = await slide.evaluate((el: HTMLElement) => {
      // the words on the slide (the printed slide number, shown only in print, is the deck's, not the slide's)
      const inner = el.querySelector('.slide-inner')!.cloneNode(true) as HTMLElement;
      inner.querySelector('.slide-number')?.remove();
      const box = el.querySelector('.slide-chart svg')?.getBoundingClientRect();
      return {
        chart: el.dataset.chart ?? null,
        text: inner.textContent!.replace(/\s+/g, ' ').trim(),
        svg: box ? [box.x, box.y, box.width, box.height].map(Math.round) : null,
      };
    });
    out.push({ ...seen, smallest: await slide.locator('.slide-inner').evaluate(smallestTextPx) });
  }
  return out;
}

/**
 * A page at `url` (a file) in a context where every request that is not for a file is blocked and counted: a
 * deck that works there works in a room without a network.
 */
async function openOffline(browser: Browser, url: string) {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const aborted: string[] = [];
  await context.route('**', (route) => {
    if (route.request().url().startsWith('file:')) return route.continue();
    aborted.push(route.request().url());
    return route.abort('internetdisconnected');
  });
  const page = await context.newPage();
  const problems = watch(page);
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => document.documentElement.classList.contains('deck-ready'));
  return { page, aborted, problems, close: () => context.close() };
}

/** Clicks `link` and saves what it downloads into the test's folder. */
async function downloadFrom(page: Page, selector: string) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  const path = join(downloads, `${Math.random().toString(36).slice(2)}-${file.suggestedFilename()}`);
  await file.saveAs(path);
  return { name: file.suggestedFilename(), path, html: readFileSync(path, 'utf8') };
}

/** The slide keys a presentation clicker sends, and where each leaves a deck of `total` slides. */
async function expectSlideKeys(page: Page, total: number) {
  const steps: [string, number][] = [
    ['ArrowRight', 2],
    [' ', 3],
    ['PageUp', 2],
    ['End', total],
    ['ArrowRight', total],
    ['PageDown', total],
    ['ArrowLeft', total - 1],
    ['Home', 1],
    ['ArrowDown', 2],
    ['ArrowUp', 1],
  ];
  for (const [key, n] of steps) {
    await page.keyboard.press(key);
    expect(await active(page), key).toBe(`slide-${n}`);
    expect(new URL(page.url()).hash, key).toBe(`#slide-${n}`);
  }
}

describe.each(LOCALES)('$path', ({ locale, path, download, note }) => {
  test('“download this deck” saves one file that presents every slide from file:// with the network blocked', async () => {
    const online = await open(path);
    const link = online.page.locator('[data-deck-download]');
    expect((await link.textContent())?.trim()).toBe(download);
    const saved = await downloadFrom(online.page, '[data-deck-download]');
    expect(saved.name).toBe(`fengtai-sti-2019-briefing.${locale}.html`);
    expect(saved.html).toBe(readFileSync(join(dist, path, 'deck.html'), 'utf8'));
    const seenOnline = await slidesSeen(online.page);
    await online.close();

    const { page, aborted, problems, close } = await openOffline(site.browser, pathToFileURL(saved.path).href);
    expect(await page.getAttribute('html', 'lang')).toBe(locale === 'zh' ? 'zh-CN' : 'en');
    expect(await page.locator('[data-slide]').count()).toBe(10);
    expect(await page.locator('[data-slide]:visible').count()).toBe(1);
    expect(await page.locator('[data-deck-count]').textContent()).toMatch(/1\D+10/);
    // the toolbar, as online, but for the download link and (without SITE_URL) the link back to the site
    for (const control of ['[data-deck-prev]', '[data-deck-next]', '[data-deck-notes]', '[data-deck-fullscreen]'])
      expect(await page.locator(control).isVisible(), control).toBe(true);
    expect(await page.locator('[data-deck-download], a[href^="/"]').count()).toBe(0);
    await expectSlideKeys(page, 10);
    // every slide as online: its words, its chart where it is on the slide, no text under 24 px
    const seen = await slidesSeen(page);
    expect(seen.map(({ smallest: _, ...s }) => s)).toEqual(seenOnline.map(({ smallest: _, ...s }) => s));
    for (const [i, s] of seen.entries()) expect(s.smallest, `slide ${i + 1}`).toBeGreaterThanOrEqual(23.5);
    // the notes, from the report
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    const notes = page.locator('[data-slide][data-active] .slide-notes');
    expect(await notes.isVisible()).toBe(false);
    await page.keyboard.press('n');
    expect(await notes.isVisible()).toBe(true);
    expect(await notes.textContent()).toContain(note);
    // S: the notes in a second window (the same file, ?view=notes) that follows the slides
    const [notesWindow] = await Promise.all([page.context().waitForEvent('page'), page.keyboard.press('s')]);
    await notesWindow.waitForFunction(() => document.documentElement.classList.contains('is-notes-view'));
    expect(notesWindow.url()).toBe(`${pathToFileURL(saved.path).href}?view=notes#slide-2`);
    await page.bringToFront();
    await page.keyboard.press('ArrowRight');
    await notesWindow.waitForFunction(() => document.querySelector('[data-slide][data-active]')?.id === 'slide-3');
    expect(await notesWindow.locator('[data-slide][data-active] .slide-notes').isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    expect(aborted).toEqual([]);
    expect(problems.errors).toEqual([]);
    await close();
  });

  test('?charts=a,b,c presents those three in order, says which id it left out, and downloads those three', async () => {
    const ids = ['procurement-sme-share', 'spending-by-category', 'scores-band-counts'];
    const full = await open(path);
    const fullSlides = await slidesSeen(full.page);
    await full.close();

    const { page, problems, close } = await open(`${path}?charts=${ids[0]},no-such-chart,${ids[1]},${ids[2]}`);
    expect(await page.locator('[data-slide]').evaluateAll((s) => s.map((x) => x.getAttribute('data-chart')))).toEqual(
      ids,
    );
    expect(await page.locator('[data-slide]:visible').count()).toBe(1);
    expect(await page.locator('[data-deck-count]').textContent()).toMatch(/1\D+3/);
    const leftOut = page.locator('[data-deck-note]');
    expect(await leftOut.isVisible()).toBe(true);
    expect(await leftOut.textContent()).toContain('no-such-chart');
    await expectSlideKeys(page, 3);
    // the same slides as in the whole deck: same words, same chart, same sizes
    const seen = await slidesSeen(page);
    expect(seen).toEqual(ids.map((id) => fullSlides.find((s) => s.chart === id)));
    await page.keyboard.press('n');
    expect((await page.locator('[data-slide][data-active] .slide-notes').textContent())?.trim()).not.toBe('');
    await expectNoProblems(problems);

    const saved = await downloadFrom(page, '[data-deck-download]');
    expect(saved.name).toBe(`fengtai-sti-2019-briefing-custom.${locale}.html`);
    await close();
    const offline = await openOffline(site.browser, pathToFileURL(saved.path).href);
    expect(
      await offline.page.locator('[data-slide]').evaluateAll((s) => s.map((x) => x.getAttribute('data-chart'))),
    ).toEqual(ids);
    expect(await offline.page.locator('[data-deck-note]').isVisible()).toBe(false);
    await expectSlideKeys(offline.page, 3);
    expect((await slidesSeen(offline.page)).map((s) => s.chart)).toEqual(ids);
    await offline.page.keyboard.press('n');
    expect(await offline.page.locator('[data-slide][data-active] .slide-notes').isVisible()).toBe(true);
    expect(offline.aborted).toEqual([]);
    expect(offline.problems.errors).toEqual([]);
    await offline.close();
  });

  test('?charts= naming no chart with a slide: the whole deck, and the note names them', async () => {
    const { page, close } = await open(`${path}?charts=procurement-by-type,nothing`);
    expect(await page.locator('[data-slide]').count()).toBe(10);
    expect(await page.locator('[data-deck-note]').textContent()).toMatch(/procurement-by-type.+nothing/);
    await close();
  });

  test('without JavaScript ?charts= shows the whole deck as a long page', async () => {
    const { page, close } = await open(`${path}?charts=spending-by-category`, { javaScriptEnabled: false });
    expect(await page.locator('[data-slide]:visible').count()).toBe(10);
    await close();
  });
});

describe('“add to briefing” in the share panels', () => {
  const withSlide = new Set(
    chartDefinitions()
      .filter((d) => chart(d.id, 'zh').slide)
      .map((d) => d.id),
  );

  /** Tabs from the focused element until `selector` has the focus (at most 40 presses). */
  async function tabTo(page: Page, selector: string) {
    for (let i = 0; i < 40; i++) {
      if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
      await page.keyboard.press('Tab');
    }
    throw new Error(`Tab never reached ${selector}`);
  }

  /** Opens chart `id`'s share panel and presses its “add to briefing” button, from the keyboard. */
  async function addByKeyboard(page: Page, id: string, key: 'Enter' | ' ') {
    await page.locator(`#${id} .chart-share > summary`).focus();
    await page.keyboard.press('Enter');
    await tabTo(page, `#${id} [data-briefing-add]`);
    await page.keyboard.press(key);
  }

  test.each(LOCALES)(
    '$locale: only charts with a slide offer it; the link is the deck of the charts picked, in order',
    async ({ locale }) => {
      const { page, problems, close } = await open(localePath(locale, '/spending/', '/').slice(1), {
        width: 1280,
        height: 900,
      });
      const panels = await page.locator('[data-chart-share]').evaluateAll((all) =>
        all.map((p) => ({
          id: p.getAttribute('data-chart-share')!,
          offered: !!p.querySelector('[data-briefing-add]'),
        })),
      );
      expect(panels.length).toBeGreaterThan(2);
      for (const { id, offered } of panels) expect(offered, id).toBe(withSlide.has(id));

      await addByKeyboard(page, 'spending-budget-vs-final', ' ');
      const button = page.locator('#spending-budget-vs-final [data-briefing-add]');
      expect(await button.getAttribute('aria-pressed')).toBe('true');
      expect(await button.textContent()).toBe(locale === 'zh' ? '加入演示文稿' : 'Add to briefing');
      await addByKeyboard(page, 'spending-by-category', 'Enter');
      const deck = localePath(locale, '/briefing/', '/');
      const link = page.locator('#spending-by-category [data-briefing-link]');
      expect(await link.isVisible()).toBe(true);
      expect(await link.getAttribute('href')).toBe(`${deck}?charts=spending-budget-vs-final,spending-by-category`);
      // every panel on the page shows the same list, announced by its status line
      expect(await page.locator('#spending-budget-vs-final .share-briefing [role="status"]').textContent()).toContain(
        '2',
      );
      expect(await page.locator('#spending-budget-vs-final [data-briefing-link]').getAttribute('href')).toBe(
        `${deck}?charts=spending-budget-vs-final,spending-by-category`,
      );
      expect(await axeViolations(page)).toEqual([]);

      // the list goes on across pages; pressing again takes a chart out
      await page.goto(`${site.url}${localePath(locale, '/procurement/', '/').slice(1)}`, { waitUntil: 'networkidle' });
      await addByKeyboard(page, 'procurement-sme-share', ' ');
      await page.goto(`${site.url}${localePath(locale, '/spending/', '/').slice(1)}`, { waitUntil: 'networkidle' });
      await addByKeyboard(page, 'spending-budget-vs-final', ' ');
      expect(await page.locator('#spending-budget-vs-final [data-briefing-add]').getAttribute('aria-pressed')).toBe(
        'false',
      );
      const href = `${deck}?charts=spending-by-category,procurement-sme-share`;
      expect(await page.locator('#spending-budget-vs-final [data-briefing-link]').getAttribute('href')).toBe(href);
      // the link, followed from the keyboard, presents those charts in that order
      await tabTo(page, '#spending-budget-vs-final [data-briefing-link]');
      await Promise.all([page.waitForURL((url) => url.pathname === deck), page.keyboard.press('Enter')]);
      await page.waitForFunction(() => document.documentElement.classList.contains('deck-ready'));
      expect(await page.locator('[data-slide]').evaluateAll((s) => s.map((x) => x.getAttribute('data-chart')))).toEqual(
        ['spending-by-category', 'procurement-sme-share'],
      );
      await expectNoProblems(problems);
      await close();
    },
  );
});

test('the default build (no SITE_URL) draws no QR code', () => {
  for (const { path } of LOCALES)
    for (const file of ['index.html', 'deck.html'])
      expect(readFileSync(join(dist, path, file), 'utf8'), `${path}${file}`).not.toMatch(
        /<figure class="slide-qr"|<svg[^>]* class="qr"/,
      );
});

describe('QR codes, in the build deployed at DEPLOYED (SITE_URL: .out/deployed/)', () => {
  let OUT: string;
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    OUT = deployedBuild();
    server = await serve(OUT, '/');
    browser = await launch([mapDeployed(server)]);
  }, 900_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** The text a QR code on the page says, read from a screenshot of it as a phone's camera would. */
  async function decode(page: Page, selector: string): Promise<string | null> {
    const png = await page.locator(selector).screenshot();
    const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    return jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data ?? null;
  }

  test.each(LOCALES)(
    '$path: each chart slide carries a code of its chart’s page, big and clear of everything',
    async ({ locale, path }) => {
      for (const [width, height] of [
        [1920, 1080],
        [1280, 720],
      ] as const) {
        const context = await browser.newContext({ viewport: { width, height } });
        const page = await context.newPage();
        const problems = watch(page);
        await page.goto(DEPLOYED + path, { waitUntil: 'networkidle' });
        await page.mouse.move(10, 10);
        const slides = await page
          .locator('[data-slide]')
          .evaluateAll((s) => s.map((x) => x.getAttribute('data-chart')));
        expect(slides.filter(Boolean).length).toBe(6);
        for (const [i, id] of slides.entries()) {
          await showSlide(page, i + 1);
          const qr = '[data-slide][data-active] .slide-qr svg';
          if (!id) {
            expect(await page.locator(qr).count(), `slide ${i + 1}`).toBe(0);
            continue;
          }
          const c = chart(id, locale);
          const url = new URL(localePath(locale, `${c.route}#${c.id}`, '/'), DEPLOYED).href;
          expect(await page.locator(qr).getAttribute('aria-label')).toContain(url);
          const layout = await page.evaluate(() => {
            const slide = document.querySelector<HTMLElement>('[data-slide][data-active]')!;
            const scale = slide.getBoundingClientRect().width / 1920;
            const code = slide.querySelector('.slide-qr')!.getBoundingClientRect();
            const svg = slide.querySelector('.slide-qr svg')!.getBoundingClientRect();
            const bar = document.querySelector('[data-deck-bar]')!.getBoundingClientRect();
            const slideBox = slide.getBoundingClientRect();
            const hits = (a: DOMRect, b: DOMRect) =>
              a.right > b.left && a.left < b.right && a.bottom > b.top && a.top < b.bottom;
            const covered: string[] = [];
            const boxes: [string, DOMRect][] = [];
            for (const el of slide.querySelectorAll(
              '.slide-head > :not(.slide-qr), .slide-inner > :not(.slide-head)',
            )) {
              if (!(el as HTMLElement).checkVisibility()) continue;
              const chartSvg = el.querySelector('svg');
              if (chartSvg) boxes.push(['chart', chartSvg.getBoundingClientRect()]);
              const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
              for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                if (!node.textContent!.trim() || node.parentElement!.closest('svg')) continue;
                const range = document.createRange();
                range.selectNodeContents(node);
                for (const r of range.getClientRects())
                  if (r.width) boxes.push([node.textContent!.trim().slice(0, 30), r]);
              }
              for (const t of el.querySelectorAll('svg text')) boxes.push([t.textContent!, t.getBoundingClientRect()]);
            }
            for (const [what, r] of boxes) if (hits(r, code)) covered.push(what);
            return {
              side: Math.min(svg.width, svg.height) / scale,
              covered,
              inside: code.left >= slideBox.left && code.right <= slideBox.right && code.bottom <= slideBox.bottom,
              underBar: hits(code, bar),
            };
          });
          expect(layout.side, `slide ${i + 1}: the code's side at 1920×1080`).toBeGreaterThanOrEqual(160);
          expect(layout.covered, `slide ${i + 1}: what the code covers`).toEqual([]);
          expect([layout.inside, layout.underBar], `slide ${i + 1}: inside the slide, clear of the toolbar`).toEqual([
            true,
            false,
          ]);
          if (width === 1920) {
            const decoded = await decode(page, qr);
            expect(decoded, `slide ${i + 1}`).toBe(url);
          }
        }
        expect([...problems.errors, ...problems.failed]).toEqual([]);
        await context.close();
      }
    },
    120_000,
  );

  test('a decoded code leads to its chart on the site; a slide with a code passes axe', async () => {
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    const page = await context.newPage();
    await page.goto(`${DEPLOYED}en/briefing/#slide-3`, { waitUntil: 'networkidle' });
    expect(await axeViolations(page)).toEqual([]);
    const url = await decode(page, '[data-slide][data-active] .slide-qr svg');
    expect(url).toMatch(/#spending-by-category$/);
    await page.goto(url!, { waitUntil: 'networkidle' });
    expect(await page.locator('#spending-by-category svg').count()).toBeGreaterThan(0);
    await context.close();
  });

  test('the offline file of that build links the site absolutely and still fetches nothing', async () => {
    const file = join(OUT, 'en/briefing/deck.html');
    const copy = join(downloads, 'site-deck.en.html');
    writeFileSync(copy, readFileSync(file));
    const { page, aborted, close } = await openOffline(browser, pathToFileURL(copy).href);
    const hrefs = await page.locator('a[href]').evaluateAll((all) => all.map((a) => a.getAttribute('href')!));
    expect(hrefs.length).toBeGreaterThan(5);
    for (const href of hrefs) expect(href.startsWith(DEPLOYED), href).toBe(true);
    expect(await page.locator('.slide-qr svg').count()).toBe(6);
    await expectSlideKeys(page, 10);
    expect(aborted).toEqual([]);
    await close();
  });
});
