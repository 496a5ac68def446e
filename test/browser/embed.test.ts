/**
 * Embeds: a publisher's page on another origin, carrying /embed.js, shows a chart in an iframe that takes the
 * chart's height; messages from another origin or of the wrong shape are ignored; embed pages fit 300 px, have no
 * site navigation, link back to the full view, and pass axe. Every embed: its chart text stays near its body text
 * from 300 to 1000 px, it is no taller at 300 px than the height its embed code gives the iframe (for pages that
 * strip embed.js), and it is light in a dark-system browser unless its URL asks for `?theme=dark` or `auto`.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations, dist, expectNoProblems, serve, siteUnderTest, type StaticServer } from './helpers';

const CHART = 'overview-spending';
const site = siteUnderTest();
let publisher: StaticServer;

// runs after siteUnderTest()'s beforeAll (hooks run in the order they are written), so site.url is set
beforeAll(async () => {
  // the publisher's page: same machine, another origin (localhost instead of 127.0.0.1, another port)
  const dir = mkdtempSync(join(tmpdir(), 'publisher-'));
  const siteUrl = site.url;
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Publisher</title></head><body>
<h1>An article</h1>
<iframe id="chart" src="${siteUrl}embed/${CHART}/" title="Spending by category" width="100%" height="200" style="border:0"></iframe>
<iframe id="narrow" src="${siteUrl}en/embed/${CHART}/" title="Spending by category" width="300" height="200" style="border:0"></iframe>
<iframe id="other" src="about:blank" title="Something else" height="200"></iframe>
<script src="${siteUrl}embed.js"></script>
</body></html>`,
  );
  publisher = await serve(dir, '/');
  publisher.url = publisher.url.replace('127.0.0.1', 'localhost');
});

afterAll(async () => {
  await publisher?.close();
});

async function openPublisher(): Promise<{ page: Page; frame: Frame; close: () => Promise<void> }> {
  const { page, close } = await site.open(publisher.url, { width: 1000 });
  const frame = page.frames().find((f) => f.url().includes(`/embed/${CHART}/`) && !f.url().includes('/en/'))!;
  return { page, frame, close };
}
/** The publisher's page once embed.js has given the chart's iframe its first height (more than 300 px). */
async function openPublisherSized(): ReturnType<typeof openPublisher> {
  const opened = await openPublisher();
  await opened.page.waitForFunction(
    () => (document.getElementById('chart') as HTMLIFrameElement).getBoundingClientRect().height > 300,
  );
  return opened;
}
const height = (page: Page, id: string) =>
  page.$eval(`#${id}`, (f) => (f as HTMLIFrameElement).getBoundingClientRect().height);

describe('embed.js and the embed pages', () => {
  test('an iframe carrying an embed page takes the height of its chart', async () => {
    const { page, frame, close } = await openPublisherSized();
    const content = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    expect(Math.abs((await height(page, 'chart')) - content)).toBeLessThanOrEqual(2);
    await close();
  });

  test('resizes again when the chart grows (data table opened)', async () => {
    const { page, frame, close } = await openPublisherSized();
    const before = await height(page, 'chart');
    await frame.click('details summary');
    await page.waitForFunction(
      (h) => (document.getElementById('chart') as HTMLIFrameElement).getBoundingClientRect().height > h + 50,
      before,
    );
    await close();
  });

  test('ignores a message from another origin, and one of the wrong shape from the right frame', async () => {
    const { page, frame, close } = await openPublisherSized();
    const settled = await height(page, 'chart');
    // from the publisher's own origin, perfectly shaped: not from the site's iframe
    await page.evaluate(
      (id) => window.postMessage({ source: 'fengtai-sti-2019-embed', type: 'resize', id, height: 999 }, '*'),
      CHART,
    );
    // from the site's iframe, wrong shapes
    await frame.evaluate((id) => {
      parent.postMessage({ source: 'fengtai-sti-2019-embed', type: 'resize', id, height: '999' }, '*');
      parent.postMessage({ source: 'someone-else', type: 'resize', id, height: 999 }, '*');
      parent.postMessage({ source: 'fengtai-sti-2019-embed', type: 'resize', id, height: 1e9 }, '*');
      parent.postMessage('height: 999', '*');
    }, CHART);
    await page.waitForTimeout(300);
    expect(await height(page, 'chart')).toBe(settled);
    // and the right shape from the right frame still works
    await frame.evaluate(
      (id) => parent.postMessage({ source: 'fengtai-sti-2019-embed', type: 'resize', id, height: 777 }, '*'),
      CHART,
    );
    await page.waitForFunction(
      () => (document.getElementById('chart') as HTMLIFrameElement).getBoundingClientRect().height === 777,
    );
    await close();
  });

  test('without embed.js the iframe keeps its fixed height', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.setContent(
      `<iframe id="chart" src="${site.url}embed/${CHART}/" title="t" height="480" style="border:0"></iframe>`,
    );
    await page.waitForTimeout(800);
    expect(await height(page, 'chart')).toBe(480);
    await context.close();
  });

  test('an embed fits a 300 px frame with no sideways scrolling, and has no site navigation', async () => {
    const { page, close } = await openPublisher();
    const narrow = page.frames().find((f) => f.url().includes(`/en/embed/${CHART}/`))!;
    await narrow.waitForLoadState('networkidle');
    expect(
      await narrow.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth),
    ).toBe(true);
    expect(await narrow.locator('.site-nav, .site-header').count()).toBe(0);
    expect(await narrow.locator('figure[data-chart] .chart-graphic svg:visible').count()).toBe(1);
    expect(await narrow.locator('.embed-credit a').getAttribute('href')).toMatch(new RegExp(`/en/#${CHART}$`));
    await close();
  });

  for (const path of [`embed/${CHART}/`, `en/embed/${CHART}/`]) {
    test(`${path} loads cleanly and passes axe`, async () => {
      const { page, problems, close } = await site.open(path, { height: 720 });
      await expectNoProblems(problems);
      expect(await axeViolations(page)).toEqual([]);
      await close();
    });
  }

  describe('every embed', () => {
    /** Each chart's embed-code height, from the share controls of the built pages: `<locale prefix><id>` → px. */
    function embedCodeHeights(): Map<string, number> {
      const heights = new Map<string, number>();
      const walk = (dir: string, prefix: string) => {
        for (const entry of readdirSync(dir, { withFileTypes: true })) {
          const path = join(dir, entry.name);
          if (entry.isDirectory()) {
            if (!['embed', 'charts', 'og', '_astro', 'data'].includes(entry.name))
              walk(path, entry.name === 'en' && dir === dist ? 'en/' : prefix);
          } else if (entry.name === 'index.html') {
            const html = readFileSync(path, 'utf8');
            for (const m of html.matchAll(/data-chart-share="([^"]+)"[^>]*?data-share-height="(\d+)"/g))
              heights.set(`${prefix}${m[1]}`, Number(m[2]));
          }
        }
      };
      walk(dist, '');
      return heights;
    }
    const embeds = ['', 'en/'].flatMap((prefix) =>
      readdirSync(join(dist, prefix, 'embed')).map((id) => ({ prefix, id })),
    );

    /** Each embed's chart text size (smallest, largest) and body text size at `width`, as problems. */
    async function textProblems(width: number): Promise<string[]> {
      const problems: string[] = [];
      const { page, close } = await site.open('404.html', { width });
      for (const { prefix, id } of embeds) {
        await page.goto(`${site.url}${prefix}embed/${id}/`, { waitUntil: 'load' });
        const { min, max, body } = await page.evaluate(() => {
          const sizes = [...document.querySelectorAll<SVGTextElement>('.chart-graphic svg text')]
            .filter((t) => t.getClientRects().length > 0 && t.textContent!.trim())
            .map((t) => {
              const m = t.getScreenCTM()!;
              return parseFloat(getComputedStyle(t).fontSize) * Math.hypot(m.a, m.b);
            });
          return {
            min: Math.min(...sizes),
            max: Math.max(...sizes),
            body: parseFloat(getComputedStyle(document.body).fontSize),
          };
        });
        const where = `${prefix}embed/${id}/ at ${width} px: chart text ${min.toFixed(1)}–${max.toFixed(1)} px, body ${body} px`;
        if ((width <= 300 && min < 11) || min < 0.8 * body || max > 1.25 * body) problems.push(where);
      }
      await close();
      return problems;
    }

    test('chart text is 0.8–1.25× the body text at 600 and 1000 px (the SVGs do not grow with the frame)', async () => {
      expect(embeds.length).toBeGreaterThan(60);
      expect([...(await textProblems(600)), ...(await textProblems(1000))]).toEqual([]);
    }, 600_000);

    // the narrow SVGs are rendered 276 units wide (src/lib/charts/narrow.ts), text 13–14 units: at 300 px they
    // are drawn at 1:1 (276 px inside the padding), so their text is never scaled below 0.8 × the body text
    test('chart text is at least 11 px and 0.8–1.25× the body text at 300 px', async () => {
      expect(await textProblems(300)).toEqual([]);
    }, 600_000);

    /**
     * Each embed's chart text that runs into other chart text or across a dashed reference line (the 100 % line
     * of projects-execution, the 90-point line of the scatter) at `width`, as problems. Each line of text is
     * taken at the middle 70 % of its box's height (the box holds the font's ascent and descent, not the ink), so
     * that two lines set one under the other do not count.
     */
    async function overlapProblems(width: number): Promise<string[]> {
      const problems: string[] = [];
      const { page, close } = await site.open('404.html', { width });
      for (const { prefix, id } of embeds) {
        await page.goto(`${site.url}${prefix}embed/${id}/`, { waitUntil: 'load' });
        const found = await page.evaluate(() => {
          const svg = [...document.querySelectorAll('.chart-graphic svg')].find((s) => s.getClientRects().length)!;
          const lines = [...svg.querySelectorAll('text')]
            .filter((t) => t.textContent!.trim() && t.getClientRects().length)
            .flatMap((t) => {
              const spans = [...t.querySelectorAll('tspan')];
              return (spans.length ? spans : [t]).filter((s) => s.textContent!.trim());
            })
            .map((s) => {
              const r = s.getBoundingClientRect();
              const k = r.height * 0.15;
              return { text: s.textContent!, left: r.left, right: r.right, top: r.top + k, bottom: r.bottom - k };
            });
          type Box = { left: number; right: number; top: number; bottom: number };
          const T = 0.5;
          const meet = (a: Box, b: Box) =>
            a.left < b.right - T && b.left < a.right - T && a.top < b.bottom - T && b.top < a.bottom - T;
          const out: string[] = [];
          for (let i = 0; i < lines.length; i++)
            for (let j = i + 1; j < lines.length; j++)
              if (meet(lines[i]!, lines[j]!)) out.push(`“${lines[i]!.text}” runs into “${lines[j]!.text}”`);
          const dashed = [...svg.querySelectorAll('line, path')].filter((l) => {
            const dash = l.closest('[stroke-dasharray]')?.getAttribute('stroke-dasharray');
            return dash && dash !== 'none';
          });
          for (const rule of dashed) {
            const r = rule.getBoundingClientRect();
            const box = { left: r.left - 1, right: r.right + 1, top: r.top, bottom: r.bottom };
            for (const line of lines) if (meet(line, box)) out.push(`“${line.text}” crosses the dashed line`);
          }
          return out;
        });
        problems.push(...found.map((f) => `${prefix}embed/${id}/ at ${width} px: ${f}`));
      }
      await close();
      return problems;
    }

    test('at 300 px, no chart text runs into other chart text or across a dashed line', async () => {
      expect(await overlapProblems(300)).toEqual([]);
    }, 600_000);

    test('at 300 px, no embed is taller than the height of its embed code', async () => {
      const heights = embedCodeHeights();
      const problems: string[] = [];
      const { page, close } = await site.open('404.html', { width: 300, javaScriptEnabled: false });
      for (const { prefix, id } of embeds) {
        const code = heights.get(`${prefix}${id}`);
        expect(code, `${prefix}${id} has an embed code`).toBeGreaterThan(0);
        await page.goto(`${site.url}${prefix}embed/${id}/`, { waitUntil: 'load' });
        const content = await page.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
        if (content > code!) problems.push(`${prefix}embed/${id}/: ${content} px, embed code ${code} px`);
      }
      await close();
      expect(problems).toEqual([]);
    }, 600_000);

    const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    test('light in a dark-system browser by default, with JavaScript or without', async () => {
      for (const javaScriptEnabled of [true, false]) {
        const { page, close } = await site.open(`embed/${CHART}/`, { colorScheme: 'dark', javaScriptEnabled });
        expect(await background(page), `JavaScript ${javaScriptEnabled}`).toBe('rgb(255, 255, 255)');
        await close();
      }
    });

    test('dark with ?theme=dark; the system’s theme with ?theme=auto', async () => {
      for (const [query, colorScheme, bg] of [
        ['?theme=dark', 'light', 'rgb(21, 23, 28)'],
        ['?theme=auto', 'dark', 'rgb(21, 23, 28)'],
        ['?theme=auto', 'light', 'rgb(255, 255, 255)'],
        ['?theme=nonsense', 'dark', 'rgb(255, 255, 255)'],
      ] as const) {
        const { page, problems, close } = await site.open(`en/embed/${CHART}/${query}`, { colorScheme });
        expect(await background(page), `${query} in a ${colorScheme} system`).toBe(bg);
        expect((await problems()).errors).toEqual([]);
        await close();
      }
    });
  });
});
