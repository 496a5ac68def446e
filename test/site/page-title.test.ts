import { describe, expect, test } from 'vitest';
import { htmlLength, pageTitle } from '../../src/lib/page-title';

describe('pageTitle', () => {
  test('the title and the site name when both fit 70 characters as written in HTML', () => {
    expect(pageTitle('支出', '丰台区科信局2019年决算')).toBe('支出 · 丰台区科信局2019年决算');
  });

  test('counts the entities Astro writes: an apostrophe is five characters', () => {
    expect(htmlLength(`report's & "x" <y>`)).toBe(18 + 4 + 4 + 5 + 5 + 3 + 3);
    const title = `The report's band counts match the printed totals; recomputed totals differ`;
    const cut = pageTitle(title, 'Site');
    expect(cut.endsWith('…')).toBe(true);
    expect(htmlLength(cut)).toBeLessThanOrEqual(70);
    expect(htmlLength(cut)).toBeGreaterThan(60);
  });

  test('the title alone when it fits but not with the site name', () => {
    const title = 'x'.repeat(65);
    expect(pageTitle(title, 'Site name')).toBe(title);
  });
});
