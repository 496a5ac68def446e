/**
 * Browser tests of /projects/ and /projects/<slug>/ in both languages, against the build in DIST_DIR (or dist/):
 * clean loads, axe (WCAG 2.2 AA) in light and dark, the sortable table by mouse, keyboard and URL, tooltips by
 * keyboard focus, the pages without JavaScript, and no sideways scrolling on a 375 px phone.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import {
  dist,
  expectNoProblems,
  expectShareControlsOpen,
  openAllDetails,
  openOnPhone,
  siteUnderTest,
  testAxeInBothThemes,
} from './helpers';
import projects from '../../data/derived/projects.json';

// the fragment (no header), the one with a printed rate of 0.60%, and the one whose rows add up to 96, not 94
const SLUGS = ['untitled-table-9', 'big-data-aggregation-platform-phase-2', 'support-for-major-s-t-projects'];
const pages = [
  { path: 'projects/', lang: 'zh-CN', charts: 2 },
  { path: 'en/projects/', lang: 'en', charts: 2 },
  ...SLUGS.flatMap((slug) => [
    { path: `projects/${slug}/`, lang: 'zh-CN', charts: 1 },
    { path: `en/projects/${slug}/`, lang: 'en', charts: 1 },
  ]),
];

const { open } = siteUnderTest();

const rowNumbers = (page: Page) => page.locator('.projects-table tbody tr .row-number').allTextContents();
const byRate = [...projects].map((p, i) => ({
  n: `${i + 1}.`,
  rate: p.exec_rate_pct_recomputed!,
  score: p.total_score!,
}));

describe.each(pages)('/$path', ({ path, lang, charts }) => {
  test('loads without console errors or failed requests, with its charts', async () => {
    const { page, problems, close } = await open(path);
    expect(await page.getAttribute('html', 'lang')).toBe(lang);
    expect(await page.locator('h1').count(), 'one h1').toBe(1);
    expect(await page.locator('figure[data-chart]').count(), 'charts').toBe(charts);
    expect(await page.locator('figure[data-chart] svg.plot').count(), 'wide and narrow renderings').toBe(charts * 2);
    await expectNoProblems(problems);
    await close();
  });

  testAxeInBothThemes(open, path, ' with the data tables and share controls open', 120_000, {
    setUp: async (page) => {
      await openAllDetails(page);
      await expectShareControlsOpen(page);
    },
  });

  test('does not scroll sideways on a 375 px phone, with every table open', async () => {
    const { page, close } = await openOnPhone(open, path);
    expect(await page.locator('.chart-graphic--narrow svg').first().isVisible(), 'narrow chart shown').toBe(true);
    expect(await page.locator('.chart-graphic--wide svg').first().isVisible(), 'wide chart hidden').toBe(false);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, 'horizontal overflow in px').toBe(0);
    await close();
  });

  test('a chart mark shows its tooltip on keyboard focus', async () => {
    const { page, close } = await open(path);
    const mark = page.locator('.chart-graphic--wide [data-tip]').first();
    const text = await mark.getAttribute('data-tip');
    await page.keyboard.press('Tab'); // focus enters the page, then goes to the mark
    await mark.focus();
    const tip = page.locator('.chart-tip').first();
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toBe(text);
    await page.keyboard.press('Escape');
    await expect.poll(() => tip.isVisible()).toBe(false);
    await close();
  });
});

describe('the sortable table on /projects/', () => {
  test('sorts by a header button click, marks aria-sort, announces it and writes the order into the URL', async () => {
    const { page, problems, close } = await open('projects/');
    expect(await rowNumbers(page), 'report order at first').toEqual(byRate.map((p) => p.n));
    const rate = page.locator('th[data-sort="rate"]');
    await rate.locator('button').click();
    const desc = [...byRate]
      .sort((a, b) => b.rate - a.rate || Number.parseInt(a.n) - Number.parseInt(b.n))
      .map((p) => p.n);
    expect(await rowNumbers(page)).toEqual(desc);
    expect(await rate.getAttribute('aria-sort')).toBe('descending');
    expect(
      await page.locator('th[data-sort="number"]').getAttribute('aria-sort'),
      'only one column is sorted',
    ).toBeNull();
    expect(new URL(page.url()).searchParams.get('sort')).toBe('rate-desc');
    expect(await page.locator('#projects-table-status').textContent()).toBe('表格已按“执行率（B/A）”降序排列');
    await rate.locator('button').click();
    expect(await rate.getAttribute('aria-sort')).toBe('ascending');
    expect((await rowNumbers(page))[0], 'lowest rate first').toBe('10.');
    expect(new URL(page.url()).searchParams.get('sort')).toBe('rate-asc');
    await page.locator('th[data-sort="number"] button').click();
    expect(await rowNumbers(page)).toEqual(byRate.map((p) => p.n));
    expect(new URL(page.url()).search, 'the default order needs no parameter').toBe('');
    expect((await problems()).errors).toEqual([]);
    await close();
  });

  test('sorts from the keyboard: Tab to a header button, Enter, then Space to reverse', async () => {
    const { page, close } = await open('en/projects/');
    const score = page.locator('th[data-sort="score"] button');
    await score.focus();
    expect(await page.evaluate(() => document.activeElement?.closest('th')?.dataset.sort)).toBe('score');
    await page.keyboard.press('Enter');
    const desc = [...byRate]
      .sort((a, b) => b.score - a.score || Number.parseInt(a.n) - Number.parseInt(b.n))
      .map((p) => p.n);
    expect(await rowNumbers(page)).toEqual(desc);
    expect(await page.locator('th[data-sort="score"]').getAttribute('aria-sort')).toBe('descending');
    await page.keyboard.press('Space');
    expect(await page.locator('th[data-sort="score"]').getAttribute('aria-sort')).toBe('ascending');
    expect((await rowNumbers(page))[0], 'lowest score first').toBe('5.');
    expect(await page.locator('#projects-table-status').textContent()).toBe('Table sorted by “Total score”, ascending');
    // the buttons are in the tab order
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('th')?.dataset.sort)).toBe('rate');
    await close();
  });

  test('a shared link opens in the same order', async () => {
    const { page, close } = await open('projects/?sort=budget-desc');
    const budgets = await page
      // the budget column: after the name, the rate and the score
      .locator('.projects-table tbody td[data-sort-value]:nth-child(4)')
      .evaluateAll((cells) => cells.map((c) => Number((c as HTMLElement).dataset.sortValue)));
    expect(budgets).toEqual([...budgets].sort((a, b) => b - a));
    expect(budgets[0]).toBe(1040);
    expect(await page.locator('th[data-sort="budget"]').getAttribute('aria-sort')).toBe('descending');
    await close();
  });

  test('an unknown order in the URL leaves the table as rendered', async () => {
    const { page, problems, close } = await open('projects/?sort=nonsense-up');
    expect(await rowNumbers(page)).toEqual(byRate.map((p) => p.n));
    expect(await page.locator('th[data-sort="number"]').getAttribute('aria-sort')).toBe('ascending');
    expect((await problems()).errors).toEqual([]);
    await close();
  });
});

describe('the projects table on a laptop', () => {
  test.each([
    { path: 'projects/', unit: '万元' },
    { path: 'en/projects/', unit: 'CNY million' },
  ])(
    '/$path at 1280 px: fits its column without sideways scrolling; amounts bare, the unit under the heading',
    async ({ path, unit }) => {
      const { page, close } = await open(path, { width: 1280 });
      const box = await page
        .locator('.table-scroll:has(.projects-table)')
        .evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
      expect(box.scrollWidth, 'the table is no wider than its scroll box').toBeLessThanOrEqual(box.clientWidth);
      for (const key of ['budget', 'executed'])
        expect(await page.locator(`th[data-sort="${key}"] .col-unit`).textContent()).toContain(unit);
      // the budget column: after the name, the rate and the score
      const cells = await page.locator('.projects-table tbody td:nth-child(4)').allTextContents();
      expect(cells.length).toBeGreaterThan(5);
      for (const cell of cells) expect(cell.trim()).toMatch(/^[\d,]+\.\d{2}$/);
      await close();
    },
  );
});

describe('the projects table on a phone', () => {
  test.each(['projects/', 'en/projects/'])(
    '/%s at 375 px: the first row’s execution rate and total score are in view without scrolling sideways',
    async (path) => {
      const { page, close } = await open(path, { width: 375, height: 800 });
      const cells = await page.evaluate(() => {
        const table = document.querySelector<HTMLTableElement>('.projects-table')!;
        const scroller = table.closest('.table-scroll')!;
        const view = scroller.getBoundingClientRect();
        const row = table.tBodies[0]!.rows[0]!;
        return ['rate', 'score'].map((key) => {
          const th = table.querySelector<HTMLTableCellElement>(`thead th[data-sort="${key}"]`)!;
          const r = row.cells[th.cellIndex]!.getBoundingClientRect();
          return {
            key,
            scrollLeft: scroller.scrollLeft,
            inView: r.left >= view.left - 0.5 && r.right <= Math.min(view.right, innerWidth) + 0.5,
            box: `${Math.round(r.left)}–${Math.round(r.right)} px in ${Math.round(view.left)}–${Math.round(view.right)}`,
          };
        });
      });
      for (const cell of cells) {
        expect(cell.scrollLeft).toBe(0);
        expect(cell.inView, `${cell.key}: ${cell.box}`).toBe(true);
      }
      await close();
    },
  );
});

describe('enhancement without layout shift', () => {
  test.each(['projects/', 'en/projects/'])(
    '/%s: the sort buttons replace the headers without moving them (header sizes with and without JavaScript)',
    async (path) => {
      const headerBoxes = async (javaScriptEnabled: boolean) => {
        const { page, close } = await open(path, { width: 1280, javaScriptEnabled });
        if (javaScriptEnabled)
          expect(await page.locator('.projects-table th button.sort-button').count(), 'the buttons are in').toBe(5);
        const boxes = await page.locator('.projects-table thead th').evaluateAll((ths) =>
          ths.map((th) => {
            const r = th.getBoundingClientRect();
            return `${Math.round(r.width * 10) / 10}×${Math.round(r.height * 10) / 10}`;
          }),
        );
        await close();
        return boxes;
      };
      expect(await headerBoxes(true)).toEqual(await headerBoxes(false));
    },
  );
});

describe('without JavaScript', () => {
  test.each(['projects/', 'en/projects/untitled-table-9/'])(
    '/%s keeps its table, charts and native tooltips',
    async (path) => {
      const { page, close } = await open(path, { javaScriptEnabled: false, height: 720 });
      expect(await page.locator('.chart-graphic--wide svg[role="img"]').first().isVisible()).toBe(true);
      expect(await page.locator('.chart-graphic--wide [data-tip] > title').count(), 'native tooltips').toBeGreaterThan(
        3,
      );
      expect(await page.locator('figure[data-chart] .chart-title').first().textContent()).not.toBe('');
      if (path === 'projects/') {
        expect(await page.locator('.projects-table tbody tr').count()).toBe(projects.length);
        expect(await page.locator('.projects-table button').count(), 'no sort buttons without the script').toBe(0);
        expect(
          await page.locator('.projects-table .sort-icon:visible').count(),
          'no sort arrows without the script',
        ).toBe(0);
        expect(await page.locator('[data-sort-hint]').isVisible(), 'no hint about sorting').toBe(false);
      } else {
        expect(await page.locator('h1').textContent()).toBe('Untitled table (header missing in the report)');
        expect(await page.locator('.indicator-table tbody tr').count(), 'the indicator rows').toBe(5);
      }
      await close();
    },
  );
});

describe('built HTML', () => {
  const files = [
    'projects/index.html',
    'en/projects/index.html',
    ...projects.flatMap((p) => [`projects/${p.slug}/index.html`, `en/projects/${p.slug}/index.html`]),
  ];

  test.each(files)('%s is ready for a CSP and tags every amount', (file) => {
    const html = readFileSync(join(dist, file), 'utf8');
    for (const [tag, attrs, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
      expect(attrs, `external script: ${tag.slice(0, 80)}`).toMatch(/\ssrc="/);
      expect(body!.trim()).toBe('');
    }
    expect(html, 'no <style> elements').not.toMatch(/<style\b/);
    expect(html, 'no style attributes').not.toMatch(/\sstyle="/);
    expect(html, 'no aria-label on chart groups').not.toMatch(/<g\b[^>]*aria-label=/);
    const amounts = [...html.matchAll(/data-amount-wan="([^"]*)"/g)].map((m) => m[1]!);
    expect(amounts.length, 'amounts').toBeGreaterThan(1);
    for (const value of amounts)
      expect(Number.isFinite(Number(value)) && value !== '', `data-amount-wan="${value}"`).toBe(true);
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.length - new Set(ids).size, 'duplicate ids').toBe(0);
  });

  test('every table gets a page, in both languages, linked from the index', () => {
    const zh = readFileSync(join(dist, 'projects/index.html'), 'utf8');
    const en = readFileSync(join(dist, 'en/projects/index.html'), 'utf8');
    for (const p of projects) {
      expect(zh).toContain(`href="/projects/${p.slug}/"`);
      expect(en).toContain(`href="/en/projects/${p.slug}/"`);
    }
  });

  test('a printed rate that differs from B/A is shown beside it and linked to the audit', () => {
    const zh = readFileSync(join(dist, 'projects/index.html'), 'utf8');
    const row = /<tr[^>]*id="project-row-big-data-aggregation-platform-phase-2"[\s\S]*?<\/tr>/.exec(zh)?.[0] ?? '';
    expect(row).toContain('60%');
    expect(row).toContain('报告印为0.60%');
    expect(row).toContain('href="/audit/#finding-project-exec-rate-big-data-aggregation-platform-phase-2"');
    const detail = readFileSync(join(dist, 'en/projects/support-for-major-s-t-projects/index.html'), 'utf8');
    expect(detail).toContain('94 pts');
    expect(detail).toContain('96 pts');
    expect(detail).toContain('href="/en/audit/#finding-project-total-score-support-for-major-s-t-projects"');
  });
});
