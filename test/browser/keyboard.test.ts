/**
 * Keyboard access to charts, in both languages: a chart is one tab stop, the arrow keys move between its marks
 * (Home and End to the first and last) and show each mark's tooltip, and Tab leaves the chart in one press.
 */
import { describe, expect, test } from 'vitest';
import { siteUnderTest } from './helpers';

const { open } = siteUnderTest();

describe.each(['spending/', 'en/spending/'])('/%s', (path) => {
  test('a chart is one tab stop; arrows move between its marks; Tab moves past it', async () => {
    const { page, close } = await open(path, { width: 1280 });
    const svg = page.locator('#spending-by-category .chart-graphic--wide svg');
    const marks = svg.locator('[data-tip]');
    const count = await marks.count();
    expect(count, 'marks in the chart').toBeGreaterThan(3);
    expect(await svg.locator('[data-tip][tabindex="0"]').count(), 'one tab stop').toBe(1);

    await marks.first().focus();
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-tip'));
    const tip = page.locator('#spending-by-category .chart-tip');
    await page.keyboard.press('ArrowRight');
    expect(await focused()).toBe(await marks.nth(1).getAttribute('data-tip'));
    await expect.poll(() => tip.textContent()).toBe(await marks.nth(1).getAttribute('data-tip'));
    await page.keyboard.press('End');
    expect(await focused()).toBe(await marks.nth(count - 1).getAttribute('data-tip'));
    await page.keyboard.press('ArrowDown'); // stays on the last
    expect(await focused()).toBe(await marks.nth(count - 1).getAttribute('data-tip'));
    await page.keyboard.press('Home');
    expect(await focused()).toBe(await marks.first().getAttribute('data-tip'));
    expect(await svg.locator('[data-tip][tabindex="0"]').count(), 'still one tab stop').toBe(1);

    await page.keyboard.press('Tab');
    const left = await page.evaluate(
      () => !document.activeElement?.closest('#spending-by-category .chart-graphic--wide svg'),
    );
    expect(left, 'one Tab leaves the chart').toBe(true);
    await close();
  });
});
