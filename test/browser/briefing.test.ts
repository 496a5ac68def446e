/**
 * The briefing deck in Chromium at 1920×1080: presentation-clicker keys move slides and the URL, the slide in
 * the URL opens, no chart text is below 24 px, notes show on screen, printing gives one slide per page, it reads
 * without JavaScript, and axe finds nothing.
 */
import { describe, expect, test } from 'vitest';
import { axeViolations, siteUnderTest } from './helpers';

const site = siteUnderTest({ defaults: { width: 1920, height: 1080 } });
const { open } = site;

const active = (page: import('playwright-core').Page) => page.locator('[data-slide][data-active]').getAttribute('id');

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
    expect(problems.errors).toEqual([]);
    expect(problems.failed).toEqual([]);
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
    const problems: string[] = [];
    for (let n = 1; n <= 10; n++) {
      await page.evaluate((i) => (location.hash = `#slide-${i}`), n);
      await page.waitForFunction((i) => document.querySelector('[data-slide][data-active]')?.id === `slide-${i}`, n);
      problems.push(
        ...(await page.evaluate((i) => {
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
        }, n)),
      );
    }
    expect(problems).toEqual([]);
    await close();
  });

  test('no text in a slide is smaller than 24 px at 1920×1080', async () => {
    const { page, close } = await open(path);
    for (let n = 1; n <= 10; n++) {
      await page.evaluate((i) => (location.hash = `#slide-${i}`), n);
      await page.waitForFunction((i) => document.querySelector('[data-slide][data-active]')?.id === `slide-${i}`, n);
      const smallest = await page.evaluate(() => {
        const slide = document.querySelector('[data-slide][data-active] .slide-inner')!;
        let min = Infinity;
        for (const el of slide.querySelectorAll<HTMLElement | SVGElement>('*')) {
          const own = [...el.childNodes].some((c) => c.nodeType === Node.TEXT_NODE && c.textContent!.trim());
          if (!own || el.closest('[aria-hidden="true"]:not(svg *)')) continue;
          let size = parseFloat(getComputedStyle(el).fontSize);
          const svg = el.closest('svg');
          if (svg && svg.viewBox.baseVal.width) size *= svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
          min = Math.min(min, size);
        }
        return min;
      });
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
