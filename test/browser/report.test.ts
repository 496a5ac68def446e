/**
 * /report/ in Chromium, both languages: it loads cleanly, passes axe (WCAG 2.2 AA rules) in both themes, fits a
 * 375 px phone, and a #L… link (from the page itself, from a finding on /en/audit/, or with JavaScript off) lands on
 * its line and highlights it.
 *
 * /en/report/ shows the report in Chinese as /report/ does, only its tables' (visually hidden) captions in English:
 * a test here shows that its text is the same markup besides, laid out and coloured alike in both themes, so that
 * its axe runs leave that text to /report/'s and check the English page around it, captions included.
 * Uses dist/ (or DIST_DIR) as built by the caller; builds it once if missing.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import findingsFile from '../../data/derived/findings.json';
import { findingAnchor } from '../../src/lib/data';
import { openAllDetails, siteUnderTest, testReadingPages } from './helpers';

const { open } = siteUnderTest();

/** The report's text: the line-numbered lines under the contents. */
const TEXT = '.report';
/** The report's text but its tables' captions (each in the page's language): what /en/report/'s axe runs leave out. */
const TEXT_BUT_CAPTIONS = `${TEXT} > :not(.rt-scroll), ${TEXT} .rt > :not(caption)`;

/** Waits until the line with `id` is scrolled into the window (the browser scrolls to a fragment after layout). */
async function inView(page: Page, id: string): Promise<void> {
  await expect
    .poll(
      async () => {
        const { top, bottom, height } = await lineBox(page, id);
        return top >= 0 && bottom <= height;
      },
      { message: `${id} scrolled into the window`, timeout: 10_000 },
    )
    .toBe(true);
}

/** Where the line with `id` is on screen, and its background. */
const lineBox = (page: Page, id: string) =>
  page.evaluate((id) => {
    const el = document.getElementById(id)!;
    const box = el.getBoundingClientRect();
    return { top: box.top, bottom: box.bottom, height: innerHeight, background: getComputedStyle(el).backgroundColor };
  }, id);

/**
 * The report's text on `path` as axe meets it, every <details> open: its markup less the tables' captions, and for
 * each element in it its box (from the text's own top left corner) and the computed styles axe's rules read.
 */
async function textAsShown(path: string, colorScheme: 'light' | 'dark') {
  const { page, close } = await open(path, { colorScheme });
  await openAllDetails(page);
  const shown = await page.locator(TEXT).evaluate((text) => {
    const origin = text.getBoundingClientRect();
    const styles = ['color', 'background-color', 'opacity', 'visibility', 'font', 'text-decoration', 'outline'];
    return {
      html: (() => {
        const copy = text.cloneNode(true) as Element;
        copy.querySelectorAll('caption').forEach((caption) => caption.remove());
        return copy.innerHTML;
      })(),
      elements: [...text.querySelectorAll('*')].map((el) => {
        const box = el.getBoundingClientRect();
        const style = getComputedStyle(el);
        const at = [box.x - origin.x, box.y - origin.y, box.width, box.height].map((n) => n.toFixed(2)).join(' ');
        return `${el.tagName}#${el.id} ${at} ${styles.map((s) => style.getPropertyValue(s)).join(' | ')}`;
      }),
    };
  });
  await close();
  return shown;
}

describe('/en/report/ shows the report’s text as /report/ does', () => {
  test.each(['light', 'dark'] as const)(
    'the same markup but the captions, laid out and coloured alike (%s theme)',
    async (scheme) => {
      const zh = await textAsShown('report/', scheme);
      const en = await textAsShown('en/report/', scheme);
      expect(en.html === zh.html, 'the same markup, the captions left out').toBe(true);
      expect(zh.elements.length).toBeGreaterThan(5000);
      const differs = zh.elements.findIndex((line, i) => en.elements[i] !== line);
      expect(
        differs === -1 ? [] : [zh.elements[differs], en.elements[differs]],
        'the first element that differs',
      ).toEqual([]);
    },
  );
});

// the report's text is checked on /report/ (the test above shows it is the same on /en/report/), its captions here
testReadingPages(open, 'report/', {
  en: { leaveOut: TEXT_BUT_CAPTIONS, how: ', the report’s text but its captions left to /report/’s runs' },
});

describe('the report', () => {
  test.each(['report/', 'en/report/'])(
    '/%s#L2035 scrolls line 2035 into view, below the top, and highlights it',
    async (path) => {
      for (const width of [375, 1280]) {
        const { page, close } = await open(`${path}#L2035`, { width });
        await inView(page, 'L2035');
        const line = await lineBox(page, 'L2035');
        expect(line.top, `room above the line at ${width} px`).toBeGreaterThanOrEqual(16);
        expect(line.top, `line near the top of the window at ${width} px`).toBeLessThan(line.height / 3);
        expect(line.background, 'highlighted').not.toBe('rgba(0, 0, 0, 0)');
        expect((await lineBox(page, 'L2034')).background, 'the line before is not').toBe('rgba(0, 0, 0, 0)');
        expect(await page.locator('#L2035').textContent()).toBe('203518');
        await close();
      }
    },
  );

  test('a line number is a link to its own line', async () => {
    const { page, close } = await open('report/');
    await page.locator('#L37 > a').click();
    await page.waitForURL(/#L37$/);
    expect((await lineBox(page, 'L37')).background).not.toBe('rgba(0, 0, 0, 0)');
    await close();
  });

  test('a finding’s line link on /en/audit/ lands on its line in the English report', async () => {
    const first = findingsFile.findings[0]!;
    const { page, problems, close } = await open('en/audit/', { width: 375 });
    await page
      .locator(`#${findingAnchor(first.id)} figcaption a`)
      .first()
      .click();
    await page.waitForURL(new RegExp(`/en/report/#L${first.source_lines[0]}$`));
    await inView(page, `L${first.source_lines[0]}`);
    expect((await lineBox(page, `L${first.source_lines[0]}`)).top).toBeGreaterThanOrEqual(16);
    expect((await lineBox(page, `L${first.source_lines[0]}`)).top).toBeLessThan(300);
    expect((await problems()).errors).toEqual([]);
    await close();
  });

  test('without JavaScript, the report lands on #L2035 and highlights it', async () => {
    const { page, close } = await open('en/report/#L2035', { javaScriptEnabled: false, width: 375 });
    await inView(page, 'L2035');
    expect((await lineBox(page, 'L2035')).top).toBeGreaterThanOrEqual(16);
    expect((await lineBox(page, 'L2035')).background).not.toBe('rgba(0, 0, 0, 0)');
    await close();
  });
});
