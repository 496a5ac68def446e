/**
 * /audit/ in Chromium, both languages: it loads cleanly, passes axe (WCAG 2.2 AA rules) in both themes, fits a
 * 375 px phone, and reads without JavaScript. (A finding's line link landing in the report: report.test.ts.)
 * Uses dist/ (or DIST_DIR) as built by the caller; builds it once if missing.
 */
import { describe, expect, test } from 'vitest';
import findingsFile from '../../data/derived/findings.json';
import { siteUnderTest, testReadingPages } from './helpers';

const { open } = siteUnderTest();

testReadingPages(open, 'audit/');

describe('without JavaScript', () => {
  test('the audit reads: summary, every finding, and the passed checks open with a click', async () => {
    const { page, close } = await open('audit/', { javaScriptEnabled: false, width: 375 });
    expect(await page.locator('.audit-stats dd').allTextContents()).toEqual(
      [
        findingsFile.checks_run + findingsFile.checks_could_not_run,
        findingsFile.checks_passed,
        findingsFile.checks_failed,
        findingsFile.checks_could_not_run,
      ].map(String),
    );
    expect(await page.locator('article.finding').count()).toBe(findingsFile.findings.length);
    const rule = page.locator('details.rule').first();
    await rule.locator('summary').click();
    expect(await rule.locator('li').first().isVisible()).toBe(true);
    await close();
  });
});
