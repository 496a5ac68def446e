/**
 * Browser tests of /scores/ in both languages, against the build in DIST_DIR (or dist/): clean loads, its five
 * charts, axe (WCAG 2.2 AA) in light and dark and with a tooltip showing, tooltips by keyboard focus, the page
 * without JavaScript, and no sideways scrolling on a 375 px phone.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { axeViolations, dist, expectNoProblems, openOnPhone, siteUnderTest, testAxeInBothThemes } from './helpers';

const CHARTS = [
  'scores-distribution',
  'scores-band-counts',
  'scores-vs-execution',
  'scores-points-lost-by-kind',
  'scores-incubation-dimensions',
];
const pages = [
  { path: 'scores/', lang: 'zh-CN' },
  { path: 'en/scores/', lang: 'en' },
];

const { open } = siteUnderTest();

describe.each(pages)('/$path', ({ path, lang }) => {
  test('loads without console errors or failed requests, with its five charts in order', async () => {
    const { page, problems, close } = await open(path);
    expect(await page.getAttribute('html', 'lang')).toBe(lang);
    expect(await page.locator('h1').count()).toBe(1);
    expect(await page.locator('figure[data-chart]').evaluateAll((all) => all.map((f) => f.id))).toEqual(CHARTS);
    for (const id of CHARTS) {
      const figure = page.locator(`#${id}`);
      expect(await figure.locator('svg.plot').count(), `${id}: wide and narrow`).toBe(2);
      expect(await figure.locator('.chart-source a').count(), `${id}: source links`).toBeGreaterThan(0);
      expect((await figure.locator('.chart-title').textContent())?.length, `${id}: title`).toBeGreaterThan(10);
      expect(await figure.locator('.chart-subtitle').textContent(), `${id}: subtitle names the unit`).toMatch(
        /单位|Unit/,
      );
      expect(await figure.locator('details tbody tr').count(), `${id}: data table`).toBeGreaterThan(0);
    }
    await expectNoProblems(problems);
    await close();
  });

  testAxeInBothThemes(open, path, ' with the data tables open', 120_000);

  test('passes axe with the dark theme chosen by the toggle and a tooltip showing', async () => {
    const { page, close } = await open(path);
    await page.click('[data-theme-toggle]');
    await page.focus('#scores-vs-execution .chart-graphic--wide [data-tip]');
    expect(await page.locator('#scores-vs-execution .chart-tip').isVisible()).toBe(true);
    expect(await axeViolations(page), 'axe violations (toggled dark, tooltip)').toEqual([]);
    await close();
  }, 120_000);

  test('every chart’s marks show their tooltips on keyboard focus', async () => {
    const { page, close } = await open(path);
    for (const id of CHARTS) {
      const marks = page.locator(`#${id} .chart-graphic--wide [data-tip]`);
      const mark = marks.last();
      const text = await mark.getAttribute('data-tip');
      await mark.focus();
      const tip = page.locator(`#${id} .chart-tip`);
      await expect.poll(() => tip.isVisible(), { message: id }).toBe(true);
      expect(await tip.textContent(), id).toBe(text);
    }
    await page.keyboard.press('Escape');
    await close();
  });

  test('does not scroll sideways on a 375 px phone, with every table open', async () => {
    const { page, close } = await openOnPhone(open, path);
    for (const id of CHARTS) {
      expect(await page.locator(`#${id} .chart-graphic--narrow svg`).isVisible(), `${id} narrow`).toBe(true);
    }
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, 'horizontal overflow in px').toBe(0);
    await close();
  });
});

describe('the score dots on a phone', () => {
  // every scored project is a dot of its own in both charts of scores: 13 self-evaluations (the scatter) and the
  // fund's outside evaluation too (the distribution)
  const DOTS = { 'scores-distribution': 14, 'scores-vs-execution': 13 };
  test.each(pages)(
    '/$path at 375 px: every score mark has a hit target of at least 44 × 44 px, and no two marks’ dots overlap',
    async ({ path }) => {
      const { page, close } = await open(path, { width: 375, height: 800 });
      for (const [id, count] of Object.entries(DOTS)) {
        const { marks, problems } = await page.evaluate((id) => {
          const svg = document.querySelector<SVGSVGElement>(`#${id} .chart-graphic--narrow svg`)!;
          const found: string[] = [];
          const marks = [...svg.querySelectorAll<SVGGraphicsElement>('[data-tip]')];
          /** an element's painted box on screen: its geometry, and its stroke when the stroke is painted */
          const painted = (el: SVGGraphicsElement) => {
            const r = el.getBoundingClientRect();
            const style = getComputedStyle(el);
            const m = el.getScreenCTM()!;
            const stroke = style.stroke === 'none' ? 0 : parseFloat(style.strokeWidth) * Math.hypot(m.a, m.b);
            return { cx: r.left + r.width / 2, cy: r.top + r.height / 2, w: r.width + stroke, h: r.height + stroke };
          };
          const dots = marks.map((mark) => {
            const r = mark.getBoundingClientRect();
            return {
              name: mark.getAttribute('data-tip')!,
              cx: r.left + r.width / 2,
              cy: r.top + r.height / 2,
              r: r.width / 2,
            };
          });
          marks.forEach((mark, i) => {
            const area = svg.querySelector<SVGGraphicsElement>(`[data-hit-for="${mark.getAttribute('data-hit-id')}"]`);
            const hit = painted(area ?? mark);
            const off = area ? Math.hypot(hit.cx - dots[i]!.cx, hit.cy - dots[i]!.cy) : 0;
            if (
              hit.w < 44 - 0.5 ||
              hit.h < 44 - 0.5 ||
              off > 0.5 ||
              getComputedStyle(area ?? mark).pointerEvents === 'none'
            )
              found.push(
                `${dots[i]!.name}: hit target ${hit.w.toFixed(1)}×${hit.h.toFixed(1)} px, ${off.toFixed(1)} px off its dot`,
              );
          });
          dots.forEach((a, i) => {
            for (const b of dots.slice(i + 1)) {
              const gap = Math.hypot(a.cx - b.cx, a.cy - b.cy) - a.r - b.r;
              if (gap < -0.5) found.push(`“${a.name}” and “${b.name}” overlap by ${(-gap).toFixed(1)} px`);
            }
          });
          return { marks: marks.length, problems: found };
        }, id);
        expect(marks, `${id}: one mark per project`).toBe(count);
        expect(problems, id).toEqual([]);
      }
      await close();
    },
  );
});

describe('the scatter plot’s numbers', () => {
  test('each number in the chart appears in the key below it, linked to its project', async () => {
    const { page, close } = await open('en/scores/');
    const labels = await page
      .locator('#scores-vs-execution .chart-graphic--narrow g[font-weight="600"] text')
      .allTextContents();
    // a number whose rate or score the arithmetic check disputes is written `10≠`
    const written = labels.flatMap((l) => (/^\d+≠?(, \d+≠?)*$/.test(l) ? l.split(', ') : []));
    const numbers = written.map((n) => Number.parseInt(n)).sort((a, b) => a - b);
    expect(numbers).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect(
      written
        .filter((n) => n.endsWith('≠'))
        .map((n) => Number.parseInt(n))
        .sort((a, b) => a - b),
    ).toEqual([4, 10, 13]);
    const key = page.locator('.scatter-key li');
    expect(await key.count()).toBe(13);
    expect(await key.nth(9).getAttribute('value')).toBe('10');
    expect(await key.nth(9).locator('a').getAttribute('href')).toBe(
      '/en/projects/big-data-aggregation-platform-phase-2/',
    );
    await close();
  });
});

describe('without JavaScript', () => {
  test('the page keeps its charts, their tables and native tooltips', async () => {
    const { page, close } = await open('scores/', { javaScriptEnabled: false, height: 720 });
    expect(await page.locator('.chart-graphic--wide svg[role="img"]').count()).toBe(CHARTS.length);
    expect(
      await page.locator('#scores-distribution .chart-graphic--wide [data-tip] > title').count(),
      'one per project',
    ).toBe(14);
    expect(await page.locator('#scores-band-counts details tbody tr').count()).toBe(4);
    await close();
  });
});

describe('built HTML', () => {
  test.each(['scores/index.html', 'en/scores/index.html'])('%s is ready for a CSP', (file) => {
    const html = readFileSync(join(dist, file), 'utf8');
    for (const [tag, attrs, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
      expect(attrs, `external script: ${tag.slice(0, 80)}`).toMatch(/\ssrc="/);
      expect(body!.trim()).toBe('');
    }
    expect(html).not.toMatch(/<style\b/);
    expect(html).not.toMatch(/\sstyle="/);
    expect(html).not.toMatch(/<g\b[^>]*aria-label=/);
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.length - new Set(ids).size, 'duplicate ids').toBe(0);
  });

  test('the band counts are compared with the report’s summary on line 128', () => {
    const html = readFileSync(join(dist, 'scores/index.html'), 'utf8');
    const figure = /<figure id="scores-band-counts"[\s\S]*?<\/figure>/.exec(html)?.[0] ?? '';
    expect(figure).toContain('href="/report/#L128"');
    expect(figure).toContain('报告汇总的分档数与各表所印总分一致；按重算总分，1个项目会换档');
  });
});
