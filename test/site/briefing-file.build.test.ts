/**
 * The offline decks of the built site (dist/, or DIST_DIR; built first if missing), /briefing/deck.html and
 * /en/briefing/deck.html: valid HTML (the recommended html-validate rules, as every page), and nothing in them
 * that a browser would fetch — no external script, stylesheet, image or font, no fetch, no root-relative link; and
 * the host's headers make a browser save it rather than show it under the site's policy.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, test } from 'vitest';
import { dist, ensureBuilt, hostHeaders, root } from '../browser/helpers';

beforeAll(() => ensureBuilt(), 600_000);

describe.each(['briefing/deck.html', 'en/briefing/deck.html'])('%s', (file) => {
  const html = () => readFileSync(join(dist, file), 'utf8');

  test('is served as a file to save (public/_headers): the site’s policy would block its inline script', () => {
    const headers = hostHeaders(join(root, 'public/_headers'))(`/${file}`);
    expect(headers['content-disposition']).toBe('attachment');
    expect(hostHeaders(join(root, 'public/_headers'))(`/${file.replace('deck.html', '')}`)).not.toHaveProperty(
      'content-disposition',
    );
  });

  test('passes html-validate', async () => {
    const report = await new HtmlValidate(new FileSystemConfigLoader()).validateString(
      html(),
      join(root, '.htmlvalidate-page.html'),
    );
    expect(
      report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} [${m.ruleId}] ${m.message}`)),
    ).toEqual([]);
  });

  test('holds everything it shows: ten slides, their charts, its style and scripts; names nothing to fetch', () => {
    const text = html();
    const { document } = parseHTML(text);
    expect(document.querySelectorAll('[data-slide]').length).toBe(10);
    expect(document.querySelectorAll('[data-slide] .slide-chart svg').length).toBe(6);
    expect(document.querySelectorAll('style').length).toBe(1);
    expect([...document.querySelectorAll('script')].map((s) => s.hasAttribute('src'))).toEqual([false, false]);
    expect(document.querySelectorAll('[src], link, [srcset], [poster], object, embed, iframe').length).toBe(0);
    // without SITE_URL a link to the site would lead nowhere from file://: there are none
    expect(document.querySelectorAll('a[href]').length).toBe(0);
    for (const pattern of [
      /url\(/,
      /@import/,
      /\bfetch\(/,
      /XMLHttpRequest/,
      /\bimport\(/,
      /sendBeacon/,
      /WebSocket/,
      /EventSource/,
    ])
      expect(text, String(pattern)).not.toMatch(pattern);
  });
});
