/**
 * The not-found page (dist/404.html, what static hosts serve for an address with no file): served with status 404
 * at any depth, it says so in Chinese and then in English, asks not to be indexed, links only with absolute paths
 * (so its links work wherever it is served) to pages that exist, passes axe in both themes and html-validate, and
 * runs under the site's Content-Security-Policy.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { axeViolations, dist, hostHeaders, root, siteUnderTest } from './helpers';

const site = siteUnderTest({ serve: { headers: hostHeaders(join(root, 'public/_headers')) } });
const { open } = site;
const html = () => readFileSync(join(dist, '404.html'), 'utf8');

describe('404.html', () => {
  test('an unknown address, however deep, gets it with status 404: the message in Chinese, then English', async () => {
    for (const path of ['no-such-page/', 'en/projects/no-such-project/', 'spending/x/y/z.html']) {
      const response = await fetch(site.url + path);
      expect(response.status, path).toBe(404);
      expect(response.headers.get('content-type'), path).toMatch(/^text\/html/);
    }
    const { page, problems, close } = await open('en/projects/no-such-project/');
    expect(await page.locator('h1').textContent()).toBe('找不到这个页面');
    expect(await page.locator('section[lang="en"] h2').textContent()).toBe('Page not found');
    expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');
    const { errors, failed } = await problems();
    expect(errors.filter((e) => !/404/.test(e))).toEqual([]);
    expect(failed.filter((f) => !f.includes('no-such-project'))).toEqual([]);
    await close();
  });

  test('links only with absolute paths, each to a page that exists', async () => {
    const { document } = parseHTML(html());
    const urls = [...document.querySelectorAll('[href], [src]')].map(
      (el) => el.getAttribute('href') ?? el.getAttribute('src')!,
    );
    expect(urls.length).toBeGreaterThan(12);
    expect(
      urls.filter((u) => !/^\/(?!\/)/.test(u)),
      'relative or external URLs',
    ).toEqual([]);
    const links = [...document.querySelectorAll('main a[href]')].map((a) => a.getAttribute('href')!);
    expect(links).toContain('/');
    expect(links).toContain('/en/');
    for (const link of links) expect((await fetch(new URL(link, site.url))).status, link).toBe(200);
  });

  test.each(['light', 'dark'] as const)('passes axe in the %s theme', async (colorScheme) => {
    const { page, close } = await open('no-such-page/', { colorScheme });
    expect(await axeViolations(page)).toEqual([]);
    await close();
  });

  test('passes html-validate (the recommended rules of .htmlvalidate.json)', async () => {
    // named as a file in the project root, so that .htmlvalidate.json applies (as in test/site/hardening.build.test.ts)
    const report = await new HtmlValidate(new FileSystemConfigLoader()).validateString(
      html(),
      join(root, '.htmlvalidate-page.html'),
    );
    expect(
      report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`)),
    ).toEqual([]);
  });
});
