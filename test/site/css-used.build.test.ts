/**
 * No dead CSS in the built site (dist/, or DIST_DIR): every class name that a selector of the built stylesheets
 * names (the bundles in dist/_astro/ and the deck's inline <style>) is on some element of a built page — the
 * pages, embeds, the offline decks and 404, with the charts' SVG as Plot drew it — or is one of the few names below
 * that no page of this build has, each with the file that adds it. A rule for a class nothing produces fails here.
 *
 * The check is by class name: a selector whose classes all occur, but never in its combination (`.a .b` with no
 * .b inside an .a), is not caught.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { dist, ensureBuilt, root } from '../browser/helpers';
import { filesUnder } from './built-site';

/** Class names no built page has: added by a script, or by a component under a condition this build does not meet. */
const NOT_IN_PAGES: Record<string, string> = {
  // scripts
  js: 'public/theme-init.js', // on <html> before first paint (also public/briefing-init.js, public/embed-child.js)
  'is-deck': 'public/briefing-init.js',
  'is-notes-view': 'public/briefing-init.js',
  'deck-picking': 'public/briefing-init.js',
  'deck-ready': 'src/client/briefing.ts',
  'deck-presenting': 'src/client/briefing.ts',
  'show-notes': 'src/client/briefing.ts',
  'chart-tip': 'src/client/chart-tooltips.ts',
  'search-kind': 'src/client/search-results.ts',
  'search-excerpt': 'src/client/search-results.ts',
  // components, for another report or another deployment
  'rule-unknown': 'src/components/audit/AuditPage.astro', // a finding whose check the site has no words for
  'nav-missing': 'src/layouts/Base.astro', // a section the report lacks
  'dict-missing': 'src/components/data/Dataset.astro', // a column without a meaning in the dictionary
  'slide--qr': 'src/components/briefing/BriefingDeck.astro', // the QR code of a slide: only with SITE_URL
  'slide-qr': 'src/components/briefing/BriefingDeck.astro',
};

/** `name` as a whole class token in `text` (not part of a longer name) */
const names = (text: string, name: string) =>
  new RegExp(`(?<![\\w-])${name.replace(/[-\\^$.*+?()[\]{}|]/g, '\\$&')}(?![\\w-])`).test(text);

/**
 * The class names of every selector in a stylesheet, each with the selector that names it: rules at the top level
 * or inside @media (and other grouping at-rules); the blocks of @page, @font-face and @keyframes hold no selectors.
 */
function selectorClasses(css: string): Map<string, string> {
  const out = new Map<string, string>();
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/"(?:\\.|[^"\\])*"|'(?:\\.|[^'\\])*'/g, '""');
  const GROUPS = /^@(media|supports|layer|container|scope|document)\b/;
  let at = 0;
  const skipBlock = (from: number) => {
    let depth = 0;
    for (let i = from; i < text.length; i++) {
      if (text[i] === '{') depth++;
      else if (text[i] === '}' && --depth === 0) return i + 1;
    }
    return text.length;
  };
  while (at < text.length) {
    const open = text.indexOf('{', at);
    const close = text.indexOf('}', at);
    if (open < 0) break;
    if (close >= 0 && close < open) {
      at = close + 1; // the end of a group
      continue;
    }
    const prelude = text
      .slice(at, open)
      .replace(/^[\s;]*(@[a-z-]+[^;{]*;\s*)*/, '')
      .trim();
    if (GROUPS.test(prelude)) {
      at = open + 1;
    } else {
      if (!prelude.startsWith('@'))
        for (const m of prelude.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)) if (!out.has(m[1]!)) out.set(m[1]!, prelude);
      at = skipBlock(open);
    }
  }
  return out;
}

beforeAll(() => ensureBuilt(), 600_000);

describe('CSS in use', () => {
  let html: string[] = [];
  const pageClasses = new Set<string>();
  const sheets: { name: string; css: string }[] = [];

  beforeAll(() => {
    html = filesUnder(dist).filter((f) => f.endsWith('.html'));
    for (const f of html) {
      const text = readFileSync(join(dist, f), 'utf8');
      for (const m of text.matchAll(/\sclass="([^"]*)"/g)) for (const c of m[1]!.split(/\s+/)) pageClasses.add(c);
      for (const m of text.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g))
        sheets.push({ name: `${f} <style>`, css: m[1]! });
    }
    for (const f of filesUnder(join(dist, '_astro')).filter((f) => f.endsWith('.css')))
      sheets.push({ name: `_astro/${f}`, css: readFileSync(join(dist, '_astro', f), 'utf8') });
  });

  test('reads the pages and their stylesheets', () => {
    expect(html.length).toBeGreaterThan(100);
    expect(html).toEqual(
      expect.arrayContaining(['404.html', 'briefing/deck.html', 'en/embed/spending-by-category/index.html']),
    );
    expect(sheets.filter((s) => s.name.endsWith('.css')).length).toBeGreaterThan(5);
    expect(sheets.some((s) => s.name === 'briefing/deck.html <style>')).toBe(true);
    expect(pageClasses).toContain('plot'); // the charts' SVG
  });

  test('the selector reader finds classes in selectors only', () => {
    const found = selectorClasses(`
      /* .comment */ @media (max-width: 33.99rem) { .a > .b-c:not(.d), html.e [href*='x.y'] { margin: 0.5rem } }
      @page { margin: 1.5cm } .f::before { content: '.g' } @media print { @media (min-width: 2rem) { .h { x: 1 } } }`);
    expect([...found.keys()].sort()).toEqual(['a', 'b-c', 'd', 'e', 'f', 'h']);
  });

  test('every class a selector names is on some built page, or is added by the file the list names', () => {
    const unused: string[] = [];
    const used = new Set<string>();
    for (const { name, css } of sheets)
      for (const [cls, selector] of selectorClasses(css)) {
        used.add(cls);
        if (!pageClasses.has(cls) && !(cls in NOT_IN_PAGES)) unused.push(`.${cls} (${name}: ${selector})`);
      }
    expect(unused).toEqual([]);
    // the list stays short and true: each name is styled, on no page, and named by its file
    for (const [cls, file] of Object.entries(NOT_IN_PAGES)) {
      expect(used, `.${cls} is styled`).toContain(cls);
      expect(pageClasses.has(cls), `.${cls} is on a built page: take it off the list`).toBe(false);
      expect(names(readFileSync(join(root, file), 'utf8'), cls), `${file} names ${cls}`).toBe(true);
    }
  });
});
