/**
 * The briefing deck in Chromium at 1920×1080: presentation-clicker keys move slides and the URL, the slide in
 * the URL opens, no chart text is below 24 px, notes show on screen, printing gives one slide per page, it reads
 * without JavaScript, and axe finds nothing.
 */
import { describe, expect, test } from 'vitest';
import { axeViolations, expectNoProblems, showSlide, siteUnderTest, smallestTextPx } from './helpers';

const site = siteUnderTest({ defaults: { width: 1920, height: 1080 } });
const { open } = site;

const active = (page: import('playwright-core').Page) => page.locator('[data-slide][data-active]').getAttribute('id');

type Page = import('playwright-core').Page;

/** What `check` finds on each of the deck's ten slides, shown in turn through the URL. */
async function foundOnEverySlide(page: Page, check: (n: number) => Promise<string[]>): Promise<string[]> {
  const found: string[] = [];
  for (let n = 1; n <= 10; n++) {
    await showSlide(page, n);
    found.push(...(await check(n)));
  }
  return found;
}

/** The toolbar's opacity once its fade has settled. */
const barOpacity = (page: Page, settled: '0' | '1') =>
  page.waitForFunction(
    (want) => getComputedStyle(document.querySelector('[data-deck-bar]')!).opacity === want,
    settled,
    { timeout: 8000 },
  );

/**
 * Every piece of text on the active slide (line boxes of HTML text, SVG text boxes) that is off the screen, clipped
 * by the slide's edges, or under the toolbar while the toolbar shows.
 */
const misplacedText = (page: Page, n: number) =>
  page.evaluate((i) => {
    const slide = document.querySelector<HTMLElement>('[data-slide][data-active]')!;
    const bar = document.querySelector<HTMLElement>('[data-deck-bar]')!;
    const barBox = getComputedStyle(bar).opacity !== '0' ? bar.getBoundingClientRect() : null;
    const slideBox = slide.getBoundingClientRect();
    const boxes: { text: string; r: DOMRect }[] = [];
    const walker = document.createTreeWalker(slide.querySelector('.slide-inner')!, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement!;
      if (!node.textContent!.trim() || el.closest('svg') || !el.checkVisibility()) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const r of range.getClientRects()) if (r.width && r.height) boxes.push({ text: node.textContent!, r });
    }
    for (const t of slide.querySelectorAll('svg text'))
      boxes.push({ text: t.textContent!, r: t.getBoundingClientRect() });
    const found: string[] = [];
    const where = (r: DOMRect) =>
      `${Math.round(r.left)},${Math.round(r.top)}–${Math.round(r.right)},${Math.round(r.bottom)}`;
    for (const { text, r } of boxes) {
      const what = `slide ${i}: "${text.trim().slice(0, 40)}" (${where(r)})`;
      if (r.left < -1 || r.top < -1 || r.right > innerWidth + 1 || r.bottom > innerHeight + 1)
        found.push(`${what} is off the ${innerWidth}×${innerHeight} screen`);
      else if (
        r.left < slideBox.left - 1 ||
        r.top < slideBox.top - 1 ||
        r.right > slideBox.right + 1 ||
        r.bottom > slideBox.bottom + 1
      )
        found.push(`${what} is cut off by the slide (${where(slideBox)})`);
      if (barBox && r.right > barBox.left && r.left < barBox.right && r.bottom > barBox.top && r.top < barBox.bottom)
        found.push(`${what} is under the toolbar (${where(barBox)})`);
    }
    return found;
  }, n);

describe.each([
  { path: 'briefing/', lang: 'zh-CN' },
  { path: 'en/briefing/', lang: 'en' },
])('$path', ({ path, lang }) => {
  test('loads cleanly, one slide at a time, slide number on screen', async () => {
    const { page, problems, close } = await open(path);
    expect(await page.getAttribute('html', 'lang')).toBe(lang);
    expect(await page.locator('[data-slide]').count()).toBe(10);
    expect(await page.locator('[data-slide]:visible').count()).toBe(1);
    expect(await page.locator('[data-deck-count]').textContent()).toMatch(/1\D+10/);
    await expectNoProblems(problems);
    await close();
  });

  test('→ Space PageDown ← PageUp Home End move the slides and the URL', async () => {
    const { page, close } = await open(path);
    const steps: [string, string][] = [
      ['ArrowRight', 'slide-2'],
      [' ', 'slide-3'],
      ['PageDown', 'slide-4'],
      ['ArrowLeft', 'slide-3'],
      ['PageUp', 'slide-2'],
      ['End', 'slide-10'],
      ['ArrowRight', 'slide-10'],
      ['Home', 'slide-1'],
    ];
    for (const [key, id] of steps) {
      await page.keyboard.press(key);
      expect(await active(page), key).toBe(id);
      expect(new URL(page.url()).hash, key).toBe(`#${id}`);
    }
    await close();
  });

  test('works with no network: every request goes to the site itself', async () => {
    const origin = new URL(site.url).origin;
    const outside: string[] = [];
    const context = await site.browser.newContext({ viewport: { width: 1920, height: 1080 } });
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(`${origin}/`)) return route.continue();
      outside.push(url);
      return route.abort('internetdisconnected');
    });
    const page = await context.newPage();
    await page.goto(site.url + path, { waitUntil: 'networkidle' });
    await page.keyboard.press('ArrowRight');
    expect(await active(page)).toBe('slide-2');
    expect(outside).toEqual([]);
    await context.close();
  });

  test('opens on the slide in the URL, and the buttons work', async () => {
    const { page, close } = await open(`${path}#slide-6`);
    expect(await active(page)).toBe('slide-6');
    await page.click('[data-deck-next]');
    expect(await active(page)).toBe('slide-7');
    await page.click('[data-deck-prev]');
    expect(await active(page)).toBe('slide-6');
    await close();
  });

  test('at 1920×1080 every chart fits in its slide: nothing overlaps the text under it or runs off its edges', async () => {
    const { page, close } = await open(path);
    const problems = await foundOnEverySlide(page, (n) =>
      page.evaluate((i) => {
        const slide = document.querySelector('[data-slide][data-active]')!;
        const svg = slide.querySelector('.slide-chart svg');
        if (!svg) return [];
        const found: string[] = [];
        const box = svg.getBoundingClientRect();
        const below = svg.closest('.slide-chart')!.nextElementSibling?.getBoundingClientRect();
        if (below && box.bottom > below.top + 1)
          found.push(
            `slide ${i}: the chart's bottom (${Math.round(box.bottom)}) is under the next text (${Math.round(below.top)})`,
          );
        const slideBox = slide.getBoundingClientRect();
        if (box.bottom > slideBox.bottom + 1) found.push(`slide ${i}: the chart runs below the slide`);
        for (const text of svg.querySelectorAll('text')) {
          const r = text.getBoundingClientRect();
          if (r.left < box.left - 1 || r.right > box.right + 1)
            found.push(
              `slide ${i}: "${text.textContent}" runs off the chart (${Math.round(r.left)}–${Math.round(r.right)} of ${Math.round(box.left)}–${Math.round(box.right)})`,
            );
        }
        return found;
      }, n),
    );
    expect(problems).toEqual([]);
    await close();
  });

  test.each([
    [1920, 1080],
    [1280, 720],
  ])('at %i×%i no text on any slide is off the screen or under the toolbar', async (width, height) => {
    const { page, close } = await open(path, { width, height });
    await page.mouse.move(10, 10);
    await barOpacity(page, '1');
    const problems = await foundOnEverySlide(page, (n) => misplacedText(page, n));
    expect(problems).toEqual([]);
    await close();
  });

  test('the toolbar fades while presenting, and comes back on a mouse move or a key that is not a slide key', async () => {
    const { page, close } = await open(path);
    await page.mouse.move(200, 200);
    await barOpacity(page, '1');
    await barOpacity(page, '0'); // about 3 s without the mouse
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(400);
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('[data-deck-bar]')!).opacity)).toBe('0');
    await page.mouse.move(300, 300);
    await barOpacity(page, '1');
    await barOpacity(page, '0');
    await page.keyboard.press('Tab');
    await barOpacity(page, '1');
    await close();
  });

  test('the notes window: at the top and scrolled to the end, its toolbar covers none of the notes', async () => {
    const { page, close } = await open(`${path}?view=notes#slide-1`, { width: 960, height: 720 });
    const covered: string[] = [];
    for (let n = 1; n <= 10; n++) {
      await showSlide(page, n);
      for (const end of [false, true]) {
        covered.push(
          ...(await page.evaluate(
            ({ i, end }) => {
              if (end)
                for (const el of [document.scrollingElement!, document.querySelector('[data-deck]')!])
                  el.scrollTop = el.scrollHeight;
              const bar = document.querySelector('[data-deck-bar]')!;
              const found: string[] = [];
              const notes = document.querySelector('[data-slide][data-active] .slide-notes')!;
              // a line scrolled out of a scrolling deck is hidden by the scroll, not by the toolbar
              const deck = document.querySelector('[data-deck]')!;
              const scrolls = /auto|scroll/.test(getComputedStyle(deck).overflowY);
              const view = scrolls ? deck.getBoundingClientRect() : new DOMRect(0, 0, innerWidth, innerHeight);
              const walker = document.createTreeWalker(notes, NodeFilter.SHOW_TEXT);
              for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                const range = document.createRange();
                range.selectNodeContents(node);
                for (const r of range.getClientRects()) {
                  if (r.top + r.height / 2 < view.top || r.top + r.height / 2 >= view.bottom) continue;
                  // what the reader sees at the middle of the line: the notes, or the toolbar over them
                  const x = Math.min(r.left + r.width / 2, innerWidth - 1);
                  const y = r.top + r.height / 2;
                  const seen = y >= 0 && y < innerHeight ? document.elementFromPoint(x, y) : null;
                  if (seen && bar.contains(seen))
                    found.push(
                      `slide ${i}${end ? ' (end)' : ''}: "${node.textContent!.slice(0, 30)}" is under the toolbar`,
                    );
                }
              }
              return found;
            },
            { i: n, end },
          )),
        );
      }
    }
    expect(covered).toEqual([]);
    await close();
  });

  test('one meaning per colour across the deck, and a legend wherever colour encodes', async () => {
    const { page, close } = await open(path);
    const meanings = new Map<string, Set<string>>();
    const problems: string[] = [];
    for (let n = 1; n <= 10; n++) {
      await showSlide(page, n);
      const { fills, legend } = await page.evaluate(() => {
        const slide = document.querySelector('[data-slide][data-active]')!;
        const fills = [
          ...new Set([...slide.querySelectorAll('.slide-chart svg rect')].map((r) => getComputedStyle(r).fill)),
        ];
        const legend = [...slide.querySelectorAll('.slide-legend li')].map((li) => {
          const swatch = li.querySelector<HTMLElement>('[data-swatch]');
          return {
            kind: swatch?.dataset.swatch ?? '',
            colour: swatch ? getComputedStyle(swatch).backgroundColor : '',
            text: li.textContent!.trim(),
          };
        });
        return { fills, legend };
      });
      for (const item of legend.filter((l) => l.kind !== 'reference')) {
        meanings.set(item.colour, (meanings.get(item.colour) ?? new Set()).add(item.text));
      }
      if (fills.length > 1)
        for (const fill of fills)
          if (!legend.some((l) => l.colour === fill))
            problems.push(`slide ${n}: bars in ${fill} and no legend says why`);
      const hasRule = await page.locator('[data-slide][data-active] svg g[stroke-dasharray]').count();
      if (hasRule && !legend.some((l) => l.kind === 'reference'))
        problems.push(`slide ${n}: a reference line and no legend`);
    }
    for (const [colour, texts] of meanings)
      if (texts.size > 1) problems.push(`${colour} means ${[...texts].map((t) => `"${t}"`).join(' and ')}`);
    expect(problems).toEqual([]);
    await close();
  });

  test('no text on a chart overlaps its reference (100 %) line', async () => {
    const { page, close } = await open(path);
    const overlaps = await foundOnEverySlide(page, (n) =>
      page.evaluate((i) => {
        const found: string[] = [];
        for (const line of document.querySelectorAll('[data-slide][data-active] svg g[stroke-dasharray] line')) {
          const l = line.getBoundingClientRect();
          const half = 1.5;
          for (const t of line.closest('svg')!.querySelectorAll('text')) {
            const r = t.getBoundingClientRect();
            if (r.right > l.left - half && r.left < l.right + half && r.bottom > l.top && r.top < l.bottom)
              found.push(
                `slide ${i}: "${t.textContent}" (${Math.round(r.left)}–${Math.round(r.right)}) crosses the line at ${Math.round(l.left)}`,
              );
          }
        }
        return found;
      }, n),
    );
    expect(overlaps).toEqual([]);
    await close();
  });

  test('the first and last slides carry the site address and the data it shows', async () => {
    const { page, close } = await open(path);
    for (const n of [1, 10]) {
      await showSlide(page, n);
      const footer = page.locator('[data-slide][data-active] .slide-footer');
      expect(await footer.isVisible(), `slide ${n}`).toBe(true);
      const home = new URL(path.replace(/briefing\/$/, ''), site.url).pathname;
      expect(await footer.locator('a').first().textContent(), `slide ${n}`).toContain(home);
      expect(await footer.textContent(), `slide ${n}`).toContain('2019');
    }
    await close();
  });

  test('at 375 px the toolbar fits the screen and no button wraps its words', async () => {
    const { page, close } = await open(path, { width: 375, height: 700 });
    const problems = await page.evaluate(() => {
      const found: string[] = [];
      const bar = document.querySelector('[data-deck-bar]')!.getBoundingClientRect();
      if (bar.left < 0 || bar.right > innerWidth)
        found.push(`toolbar ${Math.round(bar.left)}–${Math.round(bar.right)} of 0–${innerWidth}`);
      for (const b of document.querySelectorAll<HTMLElement>(
        '[data-deck-bar] button, [data-deck-bar] a, [data-deck-count]',
      )) {
        const r = b.getBoundingClientRect();
        if (r.left < 0 || r.right > innerWidth)
          found.push(`"${b.textContent}" ${Math.round(r.left)}–${Math.round(r.right)}`);
        const range = document.createRange();
        range.selectNodeContents(b);
        const rows = new Set([...range.getClientRects()].map((x) => Math.round(x.top)));
        if (rows.size > 1) found.push(`"${b.textContent}" wraps onto ${rows.size} lines`);
      }
      return found;
    });
    expect(problems).toEqual([]);
    await close();
  });

  test('no text in a slide is smaller than 24 px at 1920×1080', async () => {
    const { page, close } = await open(path);
    for (let n = 1; n <= 10; n++) {
      await showSlide(page, n);
      const smallest = await page.locator('[data-slide][data-active] .slide-inner').evaluate(smallestTextPx);
      expect(smallest, `slide ${n}`).toBeGreaterThanOrEqual(23.5);
    }
    await close();
  });

  test('N shows the speaker notes, which come from the report', async () => {
    const { page, close } = await open(`${path}#slide-2`);
    expect(await page.locator('[data-slide][data-active] .slide-notes').isVisible()).toBe(false);
    await page.keyboard.press('n');
    expect(await page.locator('[data-slide][data-active] .slide-notes').isVisible()).toBe(true);
    expect(await page.locator('[data-slide][data-active] .slide-notes').textContent()).toContain(
      '科信局（本级）为新组建单位',
    );
    await close();
  });

  test("the notes are in the deck's language: Chinese only as marked quotes", async () => {
    const { page, close } = await open(path);
    const foreign = await page.evaluate((deckLang) => {
      const found: string[] = [];
      for (const notes of document.querySelectorAll('.slide-notes')) {
        const walker = document.createTreeWalker(notes, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const lang = node.parentElement!.closest('[lang]')!.getAttribute('lang')!;
          const cjk = /[\u2e80-\u9fff\uff00-\uffef]/.test(node.textContent!);
          if (deckLang === 'en' && cjk && !lang.startsWith('zh'))
            found.push(
              `${notes.getAttribute('aria-label')}: "${node.textContent!.slice(0, 40)}" is Chinese in English notes`,
            );
        }
      }
      return found;
    }, lang);
    expect(foreign).toEqual([]);
    if (lang === 'en') {
      // every reason the report gives has our translation (spending.reasons.en.json, then projects.reasons.en.json, keyed by the Chinese text)
      expect(await page.locator('.slide-notes').allTextContents()).not.toContainEqual(
        expect.stringContaining('no English translation yet'),
      );
      // the budget and execution notes name the item each reason is for
      await showSlide(page, 4);
      const budget = await page.locator('#slide-4 .slide-notes p').allTextContents();
      expect(
        budget.slice(1).every((p) => /^[A-Z][^:]+: /.test(p)),
        budget.join('\n'),
      ).toBe(true);
      const execution = await page.locator('#slide-6 .slide-notes p').allTextContents();
      expect(execution.length).toBeGreaterThan(1);
      expect(
        execution.slice(1).every((p) => /^[A-Z“][^:]+ \([^)]+\)[^:]*: /.test(p)),
        execution.join('\n'),
      ).toBe(true);
    }
    await close();
  });

  test('the speaker-notes window follows the slides', async () => {
    const { page: deck, context, close } = await open(`${path}#slide-1`);
    const notes = await context.newPage();
    await notes.goto(`${site.url}${path}?view=notes#slide-1`, { waitUntil: 'networkidle' });
    expect(await notes.locator('html').getAttribute('class')).toContain('is-notes-view');
    await deck.bringToFront();
    await deck.keyboard.press('ArrowRight');
    await deck.keyboard.press('ArrowRight');
    await notes.waitForFunction(() => document.querySelector('[data-slide][data-active]')?.id === 'slide-3');
    expect(await notes.locator('[data-slide][data-active] .slide-notes').isVisible()).toBe(true);
    await close();
  });

  test('prints one slide per page', async () => {
    const { page, close } = await open(path);
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? [];
    expect(pages.length).toBe(10);
    await close();
  });

  test('reads as a long page without JavaScript', async () => {
    const { page, close } = await open(path, { javaScriptEnabled: false });
    expect(await page.locator('[data-slide]:visible').count()).toBe(10);
    expect(await page.locator('[data-slide] svg[role="img"]').count()).toBeGreaterThanOrEqual(5);
    expect(await page.locator('[data-deck-bar]').isVisible()).toBe(false);
    await close();
  });

  test('passes axe, deck and notes', async () => {
    const { page, close } = await open(path);
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('n');
    expect(await axeViolations(page)).toEqual([]);
    await close();
  });
});
