/**
 * The built site (dist/, or DIST_DIR) is robust on any static host: every page and embed passes html-validate
 * (.htmlvalidate.json: the recommended rules), and public/_headers gives every page a Content-Security-Policy
 * without inline script, lets only embed pages be framed by other sites, and caches only content-hashed files
 * for good. (That /data/ holds data/derived/ byte for byte is checked by test/site/audit-data-report.build.test.ts.)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { beforeAll, describe, expect, test } from 'vitest';
import manifest from '../../data/derived/manifest.json';
import { sitePages } from '../../scripts/bench';
import { dist, ensureBuilt, hostHeaders, root } from '../browser/helpers';

beforeAll(() => ensureBuilt(), 600_000);

describe('html-validate', () => {
  test('every page and embed passes the recommended rules', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const pages = sitePages(dist);
    expect(pages.length).toBeGreaterThan(40);
    // one line per rule, message and element, with the pages that have it
    const problems = new Map<string, Set<string>>();
    for (const page of pages) {
      const report = await validator.validateString(
        readFileSync(join(dist, page), 'utf8'),
        join(root, '.htmlvalidate-page.html'),
      );
      for (const m of report.results.flatMap((r) => r.messages)) {
        // the same element of a component on many pages: ids (chart, slide) and positions left out
        const element = (m.selector ?? '(document)')
          .replace(/:nth-child\(\d+\)/g, '')
          .replace(/#(?!main\b)[\w-]+/g, '#…');
        const key = `[${m.ruleId}] ${m.message} — ${element}`;
        problems.set(
          key,
          (problems.get(key) ?? new Set()).add(`${page.replace(/index\.html$/, '')}:${m.line}:${m.column}`),
        );
      }
    }
    const lines = [...problems]
      .map(([key, at]) => `${key} — ${at.size}× on ${[...at].slice(0, 3).join(', ')}${at.size > 3 ? ', …' : ''}`)
      .sort();
    expect(lines).toEqual([]);
  }, 300_000);
});

describe('public/_headers', () => {
  const file = join(root, 'public/_headers');
  const directives = (policy: string) =>
    new Map(
      policy
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .filter((d) => d[0])
        .map((d) => [d[0]!, d.slice(1)]),
    );
  /** the policies a header value holds (a comma separates policies) */
  const policies = (value: string | undefined) =>
    (value ?? '')
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean)
      .map(directives);
  const pages = () => sitePages(dist).map((p) => `/${p.replace(/index\.html$/, '')}`);

  test('is copied into the build', () => {
    expect(existsSync(join(dist, '_headers'))).toBe(true);
    expect(readFileSync(join(dist, '_headers'), 'utf8')).toBe(readFileSync(file, 'utf8'));
  });

  for (const merge of ['join', 'override'] as const) {
    describe(`on a host that ${merge === 'join' ? 'joins the values of a header set by two rules (Cloudflare Pages)' : 'keeps the most specific rule (Netlify)'}`, () => {
      const headers = hostHeaders(file, merge);

      test('every page and embed has a policy that allows scripts and styles from the site only, never inline or eval', () => {
        const problems: string[] = [];
        for (const path of pages()) {
          const list = policies(headers(path)['content-security-policy']);
          if (list.length === 0) problems.push(`${path}: no Content-Security-Policy`);
          const strict = list.some((p) => {
            const script = p.get('script-src') ?? p.get('default-src');
            const style = p.get('style-src') ?? p.get('default-src');
            const ok = (sources?: string[], also: string[] = []) =>
              !!sources && sources.length > 0 && sources.every((s) => ["'self'", "'none'", ...also].includes(s));
            // 'wasm-unsafe-eval' lets search compile Pagefind's WebAssembly; it allows no eval of text
            return (
              ok(script, ["'wasm-unsafe-eval'"]) &&
              ok(style) &&
              p.get('object-src')?.join(' ') === "'none'" &&
              p.has('base-uri')
            );
          });
          if (!strict)
            problems.push(
              `${path}: no policy restricts script-src and style-src to 'self' with object-src 'none' and base-uri`,
            );
        }
        expect(problems).toEqual([]);
      });

      test('embed pages may be framed by any site; other pages only by the site itself', () => {
        const problems: string[] = [];
        for (const path of pages()) {
          const list = policies(headers(path)['content-security-policy']);
          const ancestors = list
            .filter((p) => p.has('frame-ancestors'))
            .map((p) => p.get('frame-ancestors')!.join(' '));
          const xfo = headers(path)['x-frame-options'];
          if (/^\/(en\/)?embed\//.test(path)) {
            // with frame-ancestors present, browsers ignore X-Frame-Options; every frame-ancestors must allow any page
            if (ancestors.length === 0 || ancestors.some((a) => a !== '*'))
              problems.push(`${path}: frame-ancestors ${JSON.stringify(ancestors)}`);
          } else if (
            !(ancestors.length > 0 && ancestors.every((a) => a === "'self'" || a === "'none'")) &&
            !/^(sameorigin|deny)$/i.test(xfo ?? '')
          ) {
            problems.push(
              `${path}: can be framed by other sites (frame-ancestors ${JSON.stringify(ancestors)}, X-Frame-Options ${xfo})`,
            );
          }
        }
        expect(problems).toEqual([]);
      });

      test('content-hashed files are cached for a year; pages and unhashed files are not cached for good', () => {
        const hashed = readdirSync(join(dist, '_astro'));
        expect(hashed.length).toBeGreaterThan(0);
        for (const name of hashed) {
          expect(name, 'a file in _astro/ has a content hash in its name').toMatch(
            /\.[A-Za-z0-9_-]{8}\.(js|css|svg|png|jpe?g|webp|avif|woff2?)$/,
          );
          const cache = headers(`/_astro/${name}`)['cache-control'] ?? '';
          expect(cache, name).toMatch(/\bmax-age=31536000\b/);
          expect(cache, name).toMatch(/\bimmutable\b/);
        }
        for (const path of [
          ...pages(),
          '/embed.js',
          '/embed-child.js',
          '/theme-init.js',
          '/favicon.svg',
          `/data/${manifest.source.file}`,
        ]) {
          expect(headers(path)['cache-control'] ?? '', path).not.toMatch(/immutable|max-age=[1-9]\d{4,}/);
        }
      });
    });
  }
});
