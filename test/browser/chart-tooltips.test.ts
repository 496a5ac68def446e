/**
 * Chart tooltips (src/client/chart-tooltips.ts) on /spending/ and /en/spending/ at 375 px: a tapped (touch) or
 * hovered mark's tip does not cover its own row's label or value. In the bar lists, mark i of an SVG is row i,
 * and each group of texts with one text per mark holds row i's label or value at i. Uses the build in DIST_DIR (or dist/).
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { siteUnderTest } from './helpers';

const site = siteUnderTest();

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}
const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** the visible SVGs' marks, each with its row's label and value boxes */
async function rows(page: Page) {
  return page.locator('[data-chart] svg').evaluateAll((svgs) =>
    svgs.flatMap((svg, s) => {
      if (svg.getBoundingClientRect().width === 0) return [];
      const marks = [...svg.querySelectorAll('[data-tip]')];
      const groups = [...svg.querySelectorAll('g')]
        .map((g) => [...g.querySelectorAll(':scope > text')])
        .filter((texts) => marks.length > 1 && texts.length === marks.length);
      return marks.map((mark, i) => ({
        svg: s,
        i,
        width: mark.getBoundingClientRect().width,
        texts: groups.map((g) => {
          const b = g[i]!.getBoundingClientRect();
          return { text: g[i]!.textContent, left: b.left, top: b.top, right: b.right, bottom: b.bottom };
        }),
      }));
    }),
  );
}

describe.each(['spending/', 'en/spending/'])('/%s at 375 px', (path) => {
  test.each(['tap', 'hover'] as const)(
    '%s: a mark’s tip covers neither its row’s label nor its value',
    async (how) => {
      const context = await site.browser.newContext({
        viewport: { width: 375, height: 800 },
        hasTouch: true,
        isMobile: true,
      });
      const page = await context.newPage();
      await page.goto(site.url + path, { waitUntil: 'networkidle' });
      // a bar less than a pixel wide (a tiny amount) cannot be hit by a finger or a pointer
      const all = (await rows(page)).filter((r) => r.texts.length > 0 && r.width >= 1);
      expect(all.length, 'marks with a label and a value in their row').toBeGreaterThan(8);
      const covered: string[] = [];
      for (const r of all) {
        const mark = page.locator('[data-chart] svg').nth(r.svg).locator('[data-tip]').nth(r.i);
        await mark.scrollIntoViewIfNeeded();
        // at the mark's centre: a bar of a fraction of a pixel is too thin for Playwright's actionability checks
        const m = (await mark.boundingBox())!;
        const [x, y] = [m.x + m.width / 2, m.y + m.height / 2];
        if (how === 'tap') await page.touchscreen.tap(x, y);
        else await page.mouse.move(x, y);
        const tip = page.locator('.chart-tip:not([hidden])');
        await expect.poll(() => tip.count(), { message: `${r.svg}/${r.i} ${JSON.stringify(m)} shows its tip` }).toBe(1);
        const t = (await tip.boundingBox())!;
        const box = { left: t.x, top: t.y, right: t.x + t.width, bottom: t.y + t.height };
        // the texts again: scrolling moved them
        const now = (await rows(page)).find((x) => x.svg === r.svg && x.i === r.i)!;
        for (const text of now.texts) if (overlaps(box, text)) covered.push(`${r.svg}/${r.i} ${text.text}`);
      }
      expect(covered).toEqual([]);
      await context.close();
    },
    120_000,
  );
});
