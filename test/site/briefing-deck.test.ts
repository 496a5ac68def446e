/**
 * The briefing deck presents charts of the registry: each chart slide's bars, legend and source lines are the
 * chart's own (src/charts/*.ts `slide`), so a slide cannot say other figures than the chart it shows.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { chart, chartDefinitions } from '../../src/charts/registry';
import { briefingDeck } from '../../src/lib/briefing-deck';
import { localePath, type Locale } from '../../src/lib/i18n';

const barTexts = (svg: string) => {
  const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
  return [...document.querySelectorAll('text')].map((t) => t.textContent);
};

describe.each<Locale>(['zh', 'en'])('the briefing deck (%s)', (locale) => {
  const { slides } = briefingDeck(locale);
  const chartSlides = slides.filter((s) => s.chartHref);

  test('six slides show a chart of the registry, each linking its place on the site', () => {
    expect(chartSlides.map((s) => s.chartHref)).toEqual(
      [
        '/spending/#spending-by-category',
        '/spending/#spending-budget-vs-final',
        '/procurement/#procurement-sme-share',
        '/projects/#projects-execution',
        '/scores/#scores-band-counts',
        '/scores/#scores-incubation-dimensions',
      ].map((href) => localePath(locale, href)),
    );
  });

  test.each(chartSlides.map((s) => [s.chartHref!.split('#')[1]!, s] as const))(
    '%s: the slide writes the chart’s own values, legend and source lines',
    (id, slide) => {
      const c = chart(id, locale);
      const texts = barTexts(slide.chart!);
      for (const bar of c.slide!.bars) {
        expect(texts).toContain(bar.label);
        expect(texts).toContain(bar.valueText);
      }
      expect(slide.legend).toEqual(c.slide!.legend);
      expect(slide.lines).toEqual([...c.sourceLines]);
      expect(slide.chart).toContain(`aria-label="${c.alt.replace(/"/g, '&quot;')}"`);
      expect(slide.source).toContain(`href="${slide.chartHref}"`);
    },
  );
});

test('every chart with a slide writes each bar’s value, and highlights only with a legend for it', () => {
  for (const locale of ['zh', 'en'] as const) {
    for (const { id } of chartDefinitions()) {
      const s = chart(id, locale).slide;
      if (!s) continue;
      expect(s.bars.length, id).toBeGreaterThan(0);
      for (const b of s.bars) expect(b.valueText, `${id}: ${b.label}`).not.toBe('');
      if (s.bars.some((b) => b.highlight))
        expect(
          s.legend?.map((l) => l.swatch),
          id,
        ).toContain('accent');
    }
  }
});
