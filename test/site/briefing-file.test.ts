/**
 * The briefing anywhere, without a build: the offline file's links (absolute with a site, plain text without),
 * its inline parts, the slides a custom deck picks (briefing-select.ts, on linkedom), and the QR codes of chart
 * slides — drawn only when the deck knows the site's URL, and decoding (resvg → jsqr) to the chart's page.
 */
import { Resvg } from '@resvg/resvg-js';
import jsQR from 'jsqr';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { chart, chartDefinitions } from '../../src/charts/registry';
import { chartsParam, deckHref, noteMissing, pickSlides } from '../../src/client/briefing-select';
import { briefingDeck } from '../../src/lib/briefing-deck';
import { briefingFileHtml, briefingFileName, standaloneLinks } from '../../src/lib/briefing-file';
import { qrCodeSvg } from '../../src/lib/briefing-qr';
import { localePath, type Locale } from '../../src/lib/i18n';

/** What a QR code SVG says, read from its pixels as a phone would. */
function decodeQr(svg: string): string | null {
  const image = new Resvg(svg, { fitTo: { mode: 'width', value: 400 }, background: '#ffffff' }).render();
  const code = jsQR(new Uint8ClampedArray(image.pixels), image.width, image.height);
  return code?.data ?? null;
}

describe('standaloneLinks', () => {
  const deck =
    '<p><a class="cite" href="/en/report/#L49" title="line 49">75.77%</a> · <a href="/en/spending/#spending-by-category">This chart</a> · <a href="#slide-2">next</a> · <a href="https://example.org/">elsewhere</a></p>';

  test('with a site, root-relative links become absolute, others stay', () => {
    expect(standaloneLinks(deck, 'https://fengtai.example/')).toBe(
      '<p><a class="cite" href="https://fengtai.example/en/report/#L49" title="line 49">75.77%</a> · <a href="https://fengtai.example/en/spending/#spending-by-category">This chart</a> · <a href="#slide-2">next</a> · <a href="https://example.org/">elsewhere</a></p>',
    );
  });

  test('without one, a root-relative link (dead from file://) becomes its text, attributes kept but the href', () => {
    expect(standaloneLinks(deck)).toBe(
      '<p><span class="cite" title="line 49">75.77%</span> · <span>This chart</span> · <a href="#slide-2">next</a> · <a href="https://example.org/">elsewhere</a></p>',
    );
  });
});

describe('briefingFileHtml', () => {
  const parts = {
    locale: 'en' as Locale,
    title: 'Briefing & more',
    description: 'Slides',
    deck: '<main data-deck><a href="/en/report/#L1">line 1</a></main>',
    css: 'body{margin:0}',
    init: 'document.documentElement.classList.add("js")',
    script: 'console.log(1)',
  };

  test('one file: style and both scripts inline, nothing to fetch', () => {
    const html = briefingFileHtml(parts);
    const { document } = parseHTML(html);
    expect(document.documentElement.getAttribute('lang')).toBe('en');
    expect(document.querySelector('title')!.textContent).toBe('Briefing & more');
    expect(document.querySelector('style')!.textContent).toBe('body{margin:0}');
    expect([...document.querySelectorAll('script')].map((s) => [s.getAttribute('src'), s.textContent])).toEqual([
      [null, parts.init],
      [null, parts.script],
    ]);
    expect(document.querySelectorAll('[src], link, a[href^="/"]').length).toBe(0);
  });

  test('refuses inline text that would close its element', () => {
    expect(() => briefingFileHtml({ ...parts, script: 'x = "</script>"' })).toThrow(/<\/script/);
    expect(() => briefingFileHtml({ ...parts, css: 'a{content:"</style>"}' })).toThrow(/<\/style/);
  });

  test('is saved under the report’s name and the language', () => {
    expect(briefingFileName('zh')).toBe('fengtai-sti-2019-briefing.zh.html');
    expect(briefingFileName('en', { custom: true })).toBe('fengtai-sti-2019-briefing-custom.en.html');
  });
});

describe('a deck from any charts', () => {
  const deckHtml = (ids: string[]) => {
    const slides = ids
      .map(
        (id, i) =>
          `<section class="slide" id="slide-${i + 1}" data-slide ${id ? `data-chart="${id}"` : ''} aria-label="Slide ${i + 1} of ${ids.length}"><p class="slide-number">${i + 1} / ${ids.length}</p><aside class="slide-notes" aria-label="Notes ${i + 1}"></aside></section>`,
      )
      .join('');
    return parseHTML(
      `<!doctype html><html><body><p data-deck-note data-template="Left out: {ids}" hidden></p><main data-deck data-total="${ids.length}" data-label-template="Slide {n} of {total}">${slides}</main></body></html>`,
    ).document;
  };

  test('?charts= is a list of ids, each once, in order', () => {
    expect(chartsParam('?charts=b,a,,b, c')).toEqual(['b', 'a', 'c']);
    expect(chartsParam('?charts=')).toEqual([]);
    expect(chartsParam('?view=notes')).toBeNull();
    expect(deckHref('/en/briefing/', ['b', 'a'])).toBe('/en/briefing/?charts=b,a');
  });

  test('keeps those charts’ slides in that order, renumbered; names the ids it left out', () => {
    const doc = deckHtml(['', 'a', 'b', 'c', '']);
    expect(pickSlides(doc as unknown as Document, ['c', 'x', 'a'])).toEqual({ shown: ['c', 'a'], missing: ['x'] });
    const slides = [...doc.querySelectorAll('[data-slide]')];
    expect(slides.map((s) => [s.getAttribute('data-chart'), s.id, s.getAttribute('aria-label')])).toEqual([
      ['c', 'slide-1', 'Slide 1 of 2'],
      ['a', 'slide-2', 'Slide 2 of 2'],
    ]);
    expect(slides.map((s) => s.querySelector('.slide-number')!.textContent)).toEqual(['1 / 2', '2 / 2']);
    expect(slides.map((s) => s.querySelector('.slide-notes')!.getAttribute('aria-label'))).toEqual([
      'Notes 1',
      'Notes 2',
    ]);
    expect(doc.querySelector('[data-deck]')!.getAttribute('data-total')).toBe('2');
    noteMissing(doc as unknown as Document, ['x', 'y'], ', ');
    const note = doc.querySelector('[data-deck-note]')!;
    expect([note.hasAttribute('hidden'), note.textContent]).toEqual([false, 'Left out: x, y']);
  });

  test('no id with a slide: the whole deck stays', () => {
    const doc = deckHtml(['', 'a', 'b']);
    expect(pickSlides(doc as unknown as Document, ['x'])).toEqual({ shown: [], missing: ['x'] });
    expect(doc.querySelectorAll('[data-slide]').length).toBe(3);
  });

  test.each<Locale>(['zh', 'en'])(
    'every chart with a slide can be asked for: one deck slide shows it (%s)',
    (locale) => {
      const withSlide = chartDefinitions()
        .map((d) => d.id)
        .filter((id) => chart(id, locale).slide);
      const presented = briefingDeck(locale)
        .slides.map((s) => s.chartId)
        .filter(Boolean);
      expect([...presented].sort()).toEqual([...withSlide].sort());
    },
  );
});

describe('QR codes', () => {
  test('qrCodeSvg is a small labelled SVG that decodes to its URL', () => {
    const url = 'https://fengtai.example/en/spending/#spending-by-category';
    const svg = qrCodeSvg(url, 'QR code "of" this chart');
    expect(svg).toMatch(
      /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" class="qr" role="img" aria-label="QR code &quot;of&quot; this chart: https:/,
    );
    expect(svg.length).toBeLessThan(3000);
    expect(decodeQr(svg)).toBe(url);
  });

  test.each<Locale>(['zh', 'en'])('with a site URL each chart slide carries its chart page’s code (%s)', (locale) => {
    const site = 'https://fengtai.example/';
    const chartSlides = briefingDeck(locale, { site }).slides.filter((s) => s.chartId);
    expect(chartSlides.length).toBeGreaterThan(0);
    for (const s of chartSlides) {
      const c = chart(s.chartId!, locale);
      expect(decodeQr(s.qr!), s.id).toBe(new URL(localePath(locale, `${c.route}#${c.id}`), site).href);
    }
  });

  test.each<Locale>(['zh', 'en'])('without one no slide has a code (%s)', (locale) => {
    expect(briefingDeck(locale).slides.filter((s) => s.qr)).toEqual([]);
  });
});
