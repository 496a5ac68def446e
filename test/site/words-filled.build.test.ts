/**
 * Every built HTML file (dist/, or DIST_DIR; built first if missing) — pages, embeds, the offline decks, 404 —
 * shows its words filled in: no `{name}` placeholder of the word files (src/i18n/**.json) is left in its text or
 * in an attribute a reader or assistive technology meets. `data-*` attributes are left out: they hold the templates
 * the page's scripts fill (a chart's citation, `data-cite-template`: `{url}`, `{date}`, `{at:…}`; search's
 * `data-count`: `{n}`, …); scripts and styles are code, not words.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeAll, expect, test } from 'vitest';
import { dist, ensureBuilt } from '../browser/helpers';
import { filesUnder } from './built-site';

beforeAll(() => ensureBuilt(), 600_000);

const PLACEHOLDER = /\{[A-Za-z]\w*\}/g;
/** attributes that hold a template for a script to fill in the browser */
const forScripts = (attribute: string) => attribute.startsWith('data-');

/** The placeholders left in a document's text and attributes, as `<where>: {name}`. */
function placeholdersIn(html: string): string[] {
  const { document } = parseHTML(html);
  const found: string[] = [];
  for (const el of document.querySelectorAll('*')) {
    if (el.closest('script, style')) continue;
    for (const { name, value } of el.attributes)
      if (!forScripts(name))
        for (const [p] of value.matchAll(PLACEHOLDER)) found.push(`<${el.localName} ${name}>: ${p}`);
    for (const node of el.childNodes)
      if (node.nodeType === 3)
        for (const [p] of node.textContent!.matchAll(PLACEHOLDER)) found.push(`<${el.localName}>: ${p}`);
  }
  return found;
}

test('no built HTML file leaves a placeholder of its words unfilled', () => {
  const files = filesUnder(dist).filter((f) => f.endsWith('.html'));
  expect(files.some((f) => f.endsWith('deck.html'))).toBe(true);
  expect(files.length).toBeGreaterThan(100);
  const left = files.flatMap((file) =>
    placeholdersIn(readFileSync(join(dist, file), 'utf8')).map((p) => `${file} ${p}`),
  );
  expect(left).toEqual([]);
});

test('the check finds a placeholder in text and in an attribute, and passes a citation template', () => {
  expect(placeholdersIn('<title>简报：{deptShort}</title><p title="{n} lines">x</p>')).toEqual([
    '<title>: {deptShort}',
    '<p title>: {n}',
  ]);
  expect(placeholdersIn('<div data-cite-template="{url} [{date}]"></div><script>if (a) {b}</script>')).toEqual([]);
  expect(placeholdersIn('<img alt="{n} bars" data-count="{n}">')).toEqual(['<img alt>: {n}']);
});
