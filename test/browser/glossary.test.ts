/**
 * The glossary and the terms marked on first use, in Chromium, both languages: /glossary/ and a page with marked
 * terms pass axe in the light and dark themes (also with a term's popover showing); Tab reaches a term, whose
 * short definition is its accessible description and shows while it has focus; without JavaScript the term's
 * link leads to its entry; the glossary fits a phone.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoProblems, siteUnderTest, testAxeInBothThemes } from './helpers';

const site = siteUnderTest();
const { open } = site;

describe.each(['glossary/', 'en/glossary/'])('/%s', (path) => {
  testAxeInBothThemes(open, path, '', 120_000);

  test('fits a phone: no horizontal scrolling, every entry with its anchor', async () => {
    const { page, problems, close } = await open(path, { width: 375 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    const ids = await page.locator('.glossary-entry').evaluateAll((all) => all.map((e) => e.id));
    expect(ids.length).toBeGreaterThanOrEqual(17);
    expect(ids.every((id) => /^term-[a-z0-9-]+$/.test(id))).toBe(true);
    await expectNoProblems(problems);
    await close();
  });
});

/** The accessible description Chromium computes for the focused element. */
async function focusedDescription(page: Page): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
  const id = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    el.setAttribute('data-focused-test', '');
    return el.tagName;
  });
  expect(id).toBe('A');
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: '[data-focused-test]' });
  const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
  await cdp.detach();
  return String(nodes[0]?.description?.value ?? '');
}

describe.each([
  { path: 'spending/', first: '一般公共预算', glossary: '/glossary/#term-general-public-budget' },
  { path: 'en/spending/', first: 'general public budget', glossary: '/en/glossary/#term-general-public-budget' },
])('/$path', ({ path, first, glossary }) => {
  testAxeInBothThemes(open, path, ' (a term’s popover showing too)', 240_000, { tooltip: 'main a.term' });

  test('Tab reaches the first marked term; its short definition is its description and shows on focus', async () => {
    const { page, problems, close } = await open(path, { width: 1280 });
    const term = page.locator('main a.term').first();
    expect(await term.textContent()).toBe(first);
    expect(await term.getAttribute('href')).toBe(glossary);
    const tip = page.locator('main a.term + .term-tip').first();
    expect(await tip.isVisible(), 'no popover before focus').toBe(false);
    let reached = false;
    for (let i = 0; i < 60 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.matches('main a.term') ?? false);
    }
    expect(reached, 'Tab reaches a term').toBe(true);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(first);
    const text = (await tip.textContent())!.trim();
    expect(text.length).toBeGreaterThan(10);
    expect(await focusedDescription(page)).toBe(text);
    await expect.poll(() => tip.isVisible(), { message: 'the popover shows on focus' }).toBe(true);
    const box = (await tip.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(1280);
    await expectNoProblems(problems);
    await close();
  });

  test('without JavaScript, the term links to its glossary entry, which gives the definition and its source', async () => {
    const { page, close } = await open(path, { javaScriptEnabled: false });
    await page.locator('main a.term').first().click();
    await page.waitForURL((u) => u.pathname + u.hash === glossary);
    const entry = page.locator(':target');
    expect(await entry.getAttribute('class')).toBe('glossary-entry');
    expect(await entry.locator('dfn').textContent()).toBe(first);
    expect(await entry.locator('.glossary-source').textContent()).toMatch(/预算法|Budget Law/);
    await close();
  });
});
