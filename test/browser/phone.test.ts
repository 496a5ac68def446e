/**
 * What a reader meets on a phone: every page of the site (not the embeds), in both languages, at 360, 375, 390,
 * 414 and 430 CSS px, with every <details> open (data tables, share panels, dictionaries). On each page, in the
 * page itself:
 * - no box overflows sideways unless it is a scroll box we meant: `overflow-x: auto|scroll` with a visible
 *   affordance at its edges (a background shadow); the page itself never scrolls sideways;
 * - every run of text lies inside the box of the element that holds it (a key figure may not run into the next
 *   card, a table cell's text may not spill out of its cell);
 * - no SVG <text> leaves its SVG;
 * - every control (button, summary, form field, chip, navigation link, or a link that stands alone rather than
 *   inside a sentence) is at least 44 × 44 CSS px (WCAG 2.5.5); links inside running text are excepted (2.5.8);
 * - a figure's unit is not written twice, once inside its link and once after it ("14个</a>个").
 * One browser, one page per language reused across the widths; everything is measured in one evaluate().
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { dist, siteUnderTest } from './helpers';

const WIDTHS = [360, 375, 390, 414, 430];

/** Every built page but the embeds, as a path below the site's root ('' for the home page). */
function sitePages(dir = dist): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const file = join(dir, name);
    if (statSync(file).isDirectory()) {
      if (relative(dist, file).split(sep).includes('embed')) continue;
      out.push(...sitePages(file));
    } else if (name === 'index.html') out.push(relative(dist, dir).split(sep).join('/').replace(/(.)$/, '$1/'));
  }
  return out.sort();
}

/**
 * Left out of every check: the briefing deck's toolbar, which belongs to the deck's own task
 * (src/styles/briefing.css, src/client/briefing.ts). SVG marks (the score dots on /scores/) are not controls here.
 */
const SKIP = ['[data-deck-bar]'];

/**
 * Links left out of the size check: the report's line numbers (`/report/`, one per line, 2,556 of them), which sit
 * before their line's text and are held to 24 px, WCAG 2.5.8's minimum, by src/styles/report.css.
 */
const SMALL_TARGETS = [".report a[href^='#L']"];

/** The problems on the page as it is now, one string each (measured in the page). */
async function problems(page: Page): Promise<string[]> {
  return page.evaluate(
    ([skip, small]) => {
      const found: string[] = [];
      const TOL = 1;
      const name = (el: Element) => {
        const id = el.id ? `#${el.id}` : '';
        const cls =
          typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
        const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
        return `${el.tagName.toLowerCase()}${id}${cls} "${text}"`;
      };
      const skipped = (el: Element) => skip.some((s) => el.closest(s));
      const visible = (el: Element) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && r.height > 0;
      };
      /** clipped away on purpose (.visually-hidden) */
      const clipped = (el: Element) => {
        for (let e: Element | null = el; e; e = e.parentElement) {
          const s = getComputedStyle(e);
          if (s.clip !== 'auto' || (s.position === 'absolute' && e.clientWidth <= 1)) return true;
        }
        return false;
      };
      const scrollBox = (el: Element) => /^(auto|scroll)$/.test(getComputedStyle(el).overflowX);

      // the page itself never scrolls sideways
      if (document.documentElement.scrollWidth > innerWidth + TOL)
        found.push(`page scrolls sideways: ${document.documentElement.scrollWidth} px in ${innerWidth} px`);

      const all = [...document.body.querySelectorAll('*')].filter((el) => el instanceof HTMLElement && !skipped(el));

      // 1. boxes wider than their box: only scroll boxes we meant, which show that there is more
      for (const el of all as HTMLElement[]) {
        // a text field scrolls its own text
        if (el.matches('input, textarea')) continue;
        if (el.clientWidth === 0 || el.scrollWidth <= el.clientWidth + TOL || clipped(el)) continue;
        if (!scrollBox(el)) {
          found.push(`overflows its box by ${el.scrollWidth - el.clientWidth} px: ${name(el)}`);
          continue;
        }
        if (!/gradient/.test(getComputedStyle(el).backgroundImage))
          found.push(`scroll box without a visible edge: ${name(el)}`);
      }

      // 2. every run of text inside the box of the element that holds it
      const holder = (node: Node) => {
        let el = node.parentElement;
        while (el && /^(inline|contents)$/.test(getComputedStyle(el).display)) el = el.parentElement;
        return el;
      };
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.textContent?.trim()) continue;
        const parent = node.parentElement;
        if (!parent || parent.closest('svg, script, style, noscript, template') || skipped(parent) || clipped(parent))
          continue;
        const box = holder(node);
        if (!box || !visible(box)) continue;
        const b = box.getBoundingClientRect();
        // word by word: a space at the end of a line may hang past the box, as CSS has it
        const range = document.createRange();
        let out = 0;
        for (const word of node.textContent.matchAll(/\S+/g)) {
          range.setStart(node, word.index);
          range.setEnd(node, word.index + word[0].length);
          for (const r of range.getClientRects())
            if (r.width > 0) out = Math.max(out, b.left - r.left, r.right - b.right);
        }
        if (out > TOL) found.push(`text leaves its box by ${Math.round(out)} px: ${name(box)}`);
      }

      // 3. no SVG text outside its SVG
      for (const text of document.querySelectorAll('svg text')) {
        if (skipped(text)) continue;
        let svg = text.closest('svg')!;
        while (svg.parentElement?.closest('svg')) svg = svg.parentElement.closest('svg')!;
        const s = svg.getBoundingClientRect();
        const r = text.getBoundingClientRect();
        if (s.width === 0 || r.width === 0) continue;
        const out = Math.max(s.left - r.left, r.right - s.right, s.top - r.top, r.bottom - s.bottom);
        if (out > TOL)
          found.push(`SVG text ${Math.round(out)} px outside its SVG: "${text.textContent}" in ${name(svg)}`);
      }

      // 4. controls at least 44 × 44; a link inside a sentence is excepted
      /** the link shares the block that holds it with other text: a sentence, a citation such as "第 41 行" */
      const inRunningText = (a: Element) => {
        const block = holder(a);
        const bare = (el: Node) => (el.textContent ?? '').replace(/\s+/g, '').length;
        return !!block && bare(block) > bare(a);
      };
      const controls = document.body.querySelectorAll(
        'button, summary, select, textarea, input:not([type=hidden]), [role=button], [role=switch], .tool, .chip, .sort-button, a[href]',
      );
      for (const el of controls) {
        if (skipped(el) || el.closest('svg') || !visible(el) || clipped(el)) continue;
        // a radio or checkbox laid over its label: the label is the target
        if (el.matches('label input') || small.some((s) => el.matches(s))) continue;
        if (el.matches('a[href]') && inRunningText(el)) continue;
        const r = el.getBoundingClientRect();
        if (r.width < 44 - 0.5 || r.height < 44 - 0.5)
          found.push(`control ${Math.round(r.width)}×${Math.round(r.height)} px: ${name(el)}`);
      }

      // 5. a unit inside a figure's link is not written again after it
      for (const a of document.querySelectorAll('a.cite, a.amount')) {
        const unit = /[^\d\s.,%]+$/.exec((a.textContent ?? '').trim())?.[0];
        const next = a.nextSibling?.textContent?.trimStart() ?? '';
        if (unit && next.startsWith(unit)) found.push(`unit written twice: "${a.textContent}${next.slice(0, 4)}"`);
      }
      return [...new Set(found)];
    },
    [SKIP, SMALL_TARGETS] as const,
  );
}

const site = siteUnderTest({ timeout: 900_000 });
const pages = sitePages();

test('finds every page of the site in both languages', () => {
  expect(pages.length).toBeGreaterThan(20);
  expect(pages.filter((p) => p.startsWith('en/')).length).toBe(pages.filter((p) => !p.startsWith('en/')).length);
});

describe.each(pages.map((path) => ({ path: `/${path}` })))('$path', ({ path }) => {
  test('reads on a phone at 360–430 px', { timeout: 120_000 }, async () => {
    const { page, close } = await site.open(path.slice(1), { width: WIDTHS[0], height: 800 });
    await page.locator('details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    const byWidth: Record<number, string[]> = {};
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 800 });
      const list = await problems(page);
      if (list.length) byWidth[width] = list;
    }
    await close();
    expect(byWidth).toEqual({});
  });
});

/**
 * The header on a phone: the sections are one row (it wrapped to three in English, 150 px of a 700 px screen),
 * the header stays within 200 px, and the current page's section is in the row's view, also the last one (原文 /
 * Report), which starts out of view.
 */
describe.each(['', 'report/', 'en/', 'en/report/', 'en/data/'])('the header of /%s on a 375 px phone', (path) => {
  test('one row of sections, the current one in view', async () => {
    const { page, close } = await site.open(path, { width: 375, height: 700 });
    const m = await page.evaluate(() => {
      const row = document.querySelector('.site-nav ul')!.getBoundingClientRect();
      const links = [...document.querySelectorAll('.site-nav a')].map((a) => a.getBoundingClientRect());
      const current = document.querySelector('.site-nav a[aria-current="page"]')!.getBoundingClientRect();
      return {
        rows: new Set(links.map((l) => Math.round(l.top))).size,
        header: document.querySelector('.site-header')!.getBoundingClientRect().height,
        inView: current.left >= row.left - 0.5 && current.right <= row.right + 0.5,
      };
    });
    await close();
    expect(m.rows, 'rows of section links').toBe(1);
    expect(m.header, 'header height').toBeLessThanOrEqual(200);
    expect(m.inView, 'the current section is in view').toBe(true);
  });
});
