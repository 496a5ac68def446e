/**
 * Jargon explained where it is met, on the built site (dist/, or DIST_DIR; built first if missing): on every page
 * (not the report's own text, the glossary itself, search or embeds) the first use of each glossary term in running
 * text — the paragraphs of <main>, outside headings, links, quotes of the report, chart graphics, tables and
 * text alternatives — is a link to its entry on /glossary/ with its short definition as accessible description,
 * and no term is marked twice; every entry those links name exists; the report's own definitions quote their
 * line; every other definition names its source.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, test } from 'vitest';
import { sitePages } from '../../scripts/bench';
import { dist, ensureBuilt } from '../browser/helpers';
import { glossaryTerms, termAnchor, type Term } from '../../src/lib/terms';
import glossaryRows from '../../data/derived/glossary.json';

beforeAll(() => ensureBuilt(), 600_000);

/** Paragraphs that are not running text, and the parts of a paragraph that are not. */
// labels (a kicker, a finding's severity and rule name, the list of places that show a finding's figures), quotes and
// our translations of them, sources, the glossary itself
const NOT_RUNNING =
  'blockquote, table, svg, h1, h2, h3, h4, h5, h6, .visually-hidden, .kicker, .finding-meta, .finding-places, .translation, .chart-source, .chart-audit, .glossary-page';
const NOT_TEXT = 'a:not(.term), .term-tip, q, code, script, style, [data-no-js]';

/** A page's running text as one string, term marks bracketed `\uE001slug\uE002…\uE003`, other parts cut by `\uE000`. */
export function runningText(html: string): string {
  const { document } = parseHTML(html);
  const main = document.querySelector('main');
  if (!main) return '';
  let out = '';
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      out += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (el.matches(NOT_TEXT)) {
      out += '\uE000';
      return;
    }
    if (el.matches('a.term')) {
      const slug = /#term-([a-z0-9-]+)$/.exec(el.getAttribute('href') ?? '')?.[1] ?? '?';
      out += `\uE001${slug}\uE002`;
      el.childNodes.forEach(walk);
      out += '\uE003';
      return;
    }
    el.childNodes.forEach(walk);
  };
  for (const p of main.querySelectorAll('p')) {
    if (p.closest(NOT_RUNNING)) continue;
    walk(p);
    out += '\uE000';
  }
  return out;
}

/** The regular expression of a term's forms in a locale (English: any case, whole words), as src/lib/terms.ts reads them. */
const formsOf = (term: Term, locale: 'zh' | 'en') => {
  const alternatives = [...term.patterns[locale]]
    .sort((a, b) => b.length - a.length)
    .map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
  return locale === 'en'
    ? new RegExp(`(?<![\\p{L}\\p{N}-])(?:${alternatives})(?![\\p{L}\\p{N}])`, 'iu')
    : new RegExp(`(?:${alternatives})`, 'u');
};

/** What is wrong with a page's marks: a term's first use not marked, a term marked twice or not where it is first used. */
export function markProblems(html: string, locale: 'zh' | 'en', terms: readonly Term[]): string[] {
  const text = runningText(html);
  const problems: string[] = [];
  for (const term of terms) {
    const marks = [...text.matchAll(new RegExp(`\uE001${term.slug}\uE002`, 'g'))];
    if (marks.length > 1) problems.push(`${term.slug}: marked ${marks.length} times`);
    // the text with the marks' brackets taken out, and where each mark's text starts and ends in it
    let plain = '';
    const regions: { slug: string; from: number; to: number }[] = [];
    for (const m of text.matchAll(/\uE001([a-z0-9?-]+)\uE002([^\uE003]*)\uE003|[^\uE001]+/g)) {
      if (m[1] !== undefined) {
        regions.push({ slug: m[1], from: plain.length, to: plain.length + m[2]!.length });
        plain += m[2];
      } else plain += m[0];
    }
    const first = formsOf(term, locale).exec(plain);
    if (!first) {
      if (marks.length) problems.push(`${term.slug}: marked but not used in running text`);
      continue;
    }
    const region = regions.find((r) => first.index >= r.from && first.index < r.to);
    if (region?.slug !== term.slug)
      problems.push(
        `${term.slug}: first use “${plain.slice(Math.max(0, first.index - 12), first.index + 12)}” is not its mark`,
      );
  }
  return problems;
}

const pages = () =>
  sitePages(dist).filter((p) => !/^(en\/)?(embed|report|glossary|search|briefing)\//.test(p) && !/404/.test(p));
const localeOf = (page: string) => (page.startsWith('en/') ? 'en' : 'zh');

describe('glossary terms on the built site', () => {
  const terms = glossaryTerms();

  test('the check sees what it is for', () => {
    const term = terms.find((t) => t.slug === 'execution-rate')!;
    const mark = `<a class="term" href="/glossary/#term-execution-rate" aria-describedby="term-tip-execution-rate">执行率</a><span class="term-tip" id="term-tip-execution-rate" aria-hidden="true">执行率：…</span>`;
    const page = (body: string) => `<html lang="zh-CN"><body><main>${body}</main></body></html>`;
    expect(markProblems(page(`<p>${mark}为60%，执行率低</p>`), 'zh', [term])).toEqual([]);
    expect(markProblems(page('<p>执行率为60%</p>'), 'zh', [term])).toHaveLength(1);
    expect(markProblems(page(`<p>执行率为60%，${mark}低</p>`), 'zh', [term])).toHaveLength(1);
    expect(markProblems(page(`<p>${mark}，${mark}</p>`), 'zh', [term])).toHaveLength(1);
    // a use in a heading or a link is not running text; the first in a paragraph is
    expect(markProblems(page(`<h2>执行率</h2><p><a href="/x/">执行率</a>${mark}</p>`), 'zh', [term])).toEqual([]);
  });

  test('the pages checked are the site’s pages, in both languages', () => {
    expect(pages()).toEqual(
      expect.arrayContaining(['index.html', 'spending/index.html', 'en/spending/index.html', 'en/projects/index.html']),
    );
  });

  test('on every page the first use of each term in running text links to its glossary entry, and only that one', () => {
    const problems: string[] = [];
    let marked = 0;
    for (const page of pages()) {
      const html = readFileSync(join(dist, page), 'utf8');
      marked += (html.match(/class="term"/g) ?? []).length;
      for (const p of markProblems(html, localeOf(page), terms)) problems.push(`/${page}: ${p}`);
    }
    expect(problems).toEqual([]);
    expect(marked).toBeGreaterThan(50);
  });

  test('every mark links to an existing glossary entry and is described by its short definition', () => {
    const problems: string[] = [];
    const anchors = (locale: 'zh' | 'en') => {
      const { document } = parseHTML(
        readFileSync(join(dist, locale === 'en' ? 'en/glossary/index.html' : 'glossary/index.html'), 'utf8'),
      );
      return new Set([...document.querySelectorAll('.glossary-entry[id]')].map((e) => e.id));
    };
    const ids = { zh: anchors('zh'), en: anchors('en') };
    expect([...ids.zh]).toEqual(terms.map(termAnchor));
    expect([...ids.en]).toEqual(terms.map(termAnchor));
    for (const page of pages()) {
      const locale = localeOf(page);
      const { document } = parseHTML(readFileSync(join(dist, page), 'utf8'));
      for (const a of document.querySelectorAll('a.term')) {
        const href = a.getAttribute('href') ?? '';
        const anchor = /#(term-[a-z0-9-]+)$/.exec(href)?.[1] ?? '';
        if (href !== `${locale === 'en' ? '/en' : ''}/glossary/#${anchor}` || !ids[locale].has(anchor))
          problems.push(`/${page}: ${href} is no glossary entry`);
        const tip = document.getElementById(a.getAttribute('aria-describedby') ?? '');
        if (!tip?.textContent?.trim() || tip.getAttribute('aria-hidden') !== 'true')
          problems.push(`/${page}: ${href} has no description`);
        if (a.closest('a:not(.term), h1, h2, h3, h4, h5, h6, svg, table, blockquote'))
          problems.push(`/${page}: ${href} inside a link, heading, chart or table`);
      }
    }
    expect(problems).toEqual([]);
  });

  test('no page shows a candidate mark left over (every page that marks terms goes through the layout)', () => {
    const left = sitePages(dist).filter((p) => readFileSync(join(dist, p), 'utf8').includes('<!--term'));
    expect(left).toEqual([]);
  });

  for (const locale of ['zh', 'en'] as const) {
    test(`/${locale === 'en' ? 'en/' : ''}glossary/: the report's own definitions quote their line, every other names its source`, () => {
      const { document } = parseHTML(
        readFileSync(join(dist, locale === 'en' ? 'en/glossary/index.html' : 'glossary/index.html'), 'utf8'),
      );
      const prefix = locale === 'en' ? '/en' : '';
      // every entry of the report's glossary is a term here, quoted verbatim, linking its line
      for (const row of glossaryRows) {
        const term = terms.find((t) => t.source.kind === 'report' && t.definition.zh === row.definition_zh);
        expect(term, row.term_zh).toBeDefined();
        const entry = document.getElementById(termAnchor(term!))!;
        expect(entry.querySelector('blockquote[lang="zh-CN"]')?.textContent).toContain(row.definition_zh);
        const lines = [...entry.querySelectorAll('.glossary-source a')].map((a) => a.getAttribute('href'));
        expect(lines).toEqual(row.source_lines.map((n) => `${prefix}/report/#L${n}`));
        if (locale === 'en') expect(entry.querySelector('.translation')?.textContent?.length).toBeGreaterThan(40);
      }
      // every other definition is ours, with a named source
      for (const term of terms.filter((t) => t.source.kind === 'named')) {
        const entry = document.getElementById(termAnchor(term))!;
        expect(entry.querySelector('blockquote')).toBeNull();
        expect(entry.querySelector('dd')?.textContent).toContain(term.definition[locale]);
        const source = entry.querySelector('.glossary-source')?.textContent ?? '';
        expect(source.length, term.slug).toBeGreaterThan(12);
        expect(source).toMatch(locale === 'zh' ? /《[^》]+》|报告/ : /Ministry of Finance|Budget Law|report/);
      }
    });
  }
});
