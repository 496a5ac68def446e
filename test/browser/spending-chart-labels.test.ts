/**
 * The chart specs on /spending/ and /procurement/ estimate text widths at build time; this measures the real
 * text in Chromium (fonts-noto-cjk) instead. In every chart, at phone and desktop widths, in both languages and in
 * each of the three units, no label may stick out of its SVG or overlap another label.
 */
import { describe, expect, test } from 'vitest';
import { siteUnderTest } from './helpers';

const site = siteUnderTest();

/** In the page: the labels of every visible chart that stick out of their SVG or overlap each other. */
function labelProblems(): string[] {
  const problems: string[] = [];
  // text boxes include the font's full ascent and descent, so lines of digits 14 px apart touch by a few px
  const OVERLAP = { x: 1, y: 4 };
  for (const svg of document.querySelectorAll<SVGSVGElement>('figure[data-chart] svg.plot')) {
    if (!svg.checkVisibility()) continue;
    const figure = svg.closest('figure')!.id + (svg.closest('.chart-graphic--narrow') ? ' (narrow)' : '');
    const { width, height } = svg.viewBox.baseVal;
    const boxes = [...svg.querySelectorAll<SVGTextElement>('text')]
      .filter((t) => t.textContent?.trim())
      .map((t) => {
        const box = t.getBBox();
        const m = t.getCTM()!;
        const own = svg.getCTM()!.inverse().multiply(m);
        return { text: t.textContent!, x: box.x + own.e, y: box.y + own.f, w: box.width, h: box.height };
      });
    for (const b of boxes) {
      if (b.x < -0.5 || b.x + b.w > width + 0.5)
        problems.push(`${figure}: “${b.text}” spans x ${b.x.toFixed(1)}–${(b.x + b.w).toFixed(1)} of ${width}`);
      if (b.y < -2 || b.y + b.h > height + 2)
        problems.push(`${figure}: “${b.text}” spans y ${b.y.toFixed(1)}–${(b.y + b.h).toFixed(1)} of ${height}`);
    }
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        const dx = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
        const dy = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
        if (dx > OVERLAP.x && dy > OVERLAP.y) problems.push(`${figure}: “${a.text}” overlaps “${b.text}”`);
      }
    }
  }
  return problems;
}

const paths = ['spending/', 'en/spending/', 'procurement/', 'en/procurement/'];
const cases = paths.flatMap((path) => [375, 1280].map((width) => ({ path, width })));

describe.each(cases)('$path at $width px', ({ path, width }) => {
  test('no chart label sticks out or overlaps another, in any unit', async () => {
    const context = await site.browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    const problems: string[] = [];
    for (const unit of ['wan', 'yuan', 'yi']) {
      await page.goto(`${site.url}${path}?unit=${unit}#spending-detail`, { waitUntil: 'networkidle' });
      await page.evaluate(() => document.fonts.ready);
      const checked = await page
        .locator('figure[data-chart] svg.plot')
        .evaluateAll((all) => all.filter((s) => (s as SVGElement).checkVisibility()).length);
      expect(checked, 'charts measured').toBeGreaterThanOrEqual(path.includes('spending') ? 10 : 2);
      problems.push(...(await page.evaluate(labelProblems)).map((p) => `${unit}: ${p}`));
    }
    expect(problems).toEqual([]);
    await context.close();
  });
});

test('the check itself finds a label that sticks out and one that overlaps', async () => {
  const { page, close } = await site.open('en/procurement/', { width: 375 });
  await page.evaluate(() => {
    const labels = document.querySelectorAll('#procurement-sme-share .chart-graphic--narrow text[data-amount-wan]');
    labels[0]!.textContent = '1,234,567,890,123,456,789,012,345,678,901,234';
    labels[1]!.setAttribute('transform', labels[2]!.getAttribute('transform')!);
  });
  const problems = await page.evaluate(labelProblems);
  expect(problems).toEqual([
    expect.stringMatching(/^procurement-sme-share \(narrow\): “1,234,[\d,]+” spans x -\d+\.\d–\d+\.\d of 276$/),
    'procurement-sme-share (narrow): “All procurement” overlaps “1,234,567,890,123,456,789,012,345,678,901,234”',
    'procurement-sme-share (narrow): “10.74” overlaps “2.06”',
  ]);
  await close();
});
