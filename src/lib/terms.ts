/**
 * Jargon explained where it is met: the terms the pages use without explaining them (src/i18n/glossary/terms.json),
 * their definitions — the report's own, quoted from its glossary (data/derived/glossary.json), where it has one;
 * ours, with a named public source, where it has none — and the one marking of a term's first use on a page.
 *
 * Marking happens in two steps, because Astro renders a page's components concurrently (sibling components start
 * at once and finish in any order, src: astro/runtime/server/render/astro/render-template.js), so a "seen" set
 * filled while components render would not follow the page's order:
 * 1. the places that render running text (Fill, EnText, a chart's subtitle) turn each text into HTML with every
 *    use of a term as a candidate, `termCandidates(text, locale)`: pure, no state;
 * 2. the layout (src/layouts/Base.astro) renders the page's body and keeps, in document order, the first
 *    candidate of each term as its mark and every later one as plain text, `keepFirstUses(html)`: the page's "seen"
 *    set lives in that one call.
 *
 * The mark (`termMarkHtml`) is a link to the term's glossary entry with the short definition as its accessible
 * description: `<a class="term" href="/glossary/#term-execution-rate" aria-describedby="term-tip-execution-rate">
 * 执行率</a><span class="term-tip" id="term-tip-execution-rate" aria-hidden="true">执行率：…</span>`. Why this
 * pattern: without JavaScript and on touch the link leads to the whole definition and its source; by keyboard
 * it is a focusable link; screen readers announce the short definition as the link's description (a reference
 * by aria-describedby counts the referenced text even though it is hidden, while aria-hidden keeps it from
 * being read a second time in the sentence); sighted mouse and keyboard readers see the same text as a CSS-only
 * popover on hover and focus (src/styles/terms.css). `<dfn>` marks the defining instance, which is the glossary
 * entry (src/components/glossary/GlossaryPage.astro), not the use in a sentence.
 */
import { slug as githubSlug } from 'github-slugger';
import termsFile from '../i18n/glossary/terms.json';
import { data } from './data';
import { escapeHtml } from './html';
import { localePath, type Locale } from './i18n';
import { translation } from './translations';
import { zhHtml } from './zh-marks';

/** Where a definition comes from: the report's glossary (quoted, its lines) or a named public source. */
export type TermSource =
  | { kind: 'report'; lines: readonly number[]; number: number }
  | {
      kind: 'named';
      /** the source's title, per locale */
      name: Readonly<Record<Locale, string>>;
      /** report lines where the report uses the term this way (its tables' column, its summary), if any */
      usageLines: readonly number[];
    };

export interface Term {
  /** the anchor's name: `term-<slug>` (termAnchor) */
  slug: string;
  zh: string;
  /** the English term, as the English pages write it */
  en: string;
  /** the forms the running text writes the term in, per locale */
  patterns: Readonly<Record<Locale, readonly string[]>>;
  /** the definition: in Chinese the report's own (verbatim) or ours; in English ours (of the report's, a translation) */
  definition: Readonly<Record<Locale, string>>;
  source: TermSource;
}

interface TermEntry {
  zh: string;
  en: string;
  report?: string;
  match: { zh: string[]; en: string[] };
  definition?: { zh: string; en: string };
  source?: { zh: string; en: string };
  usage?: { line: number; text: string };
}

/**
 * The anchor name of an English term, by github-slugger (as the tables' slugs are, scripts/lib/slug.ts): lower-case
 * words joined by hyphens, punctuation dropped — the one slug of a term. Anchors and the candidate marks
 * (`<!--term slug-->`) take ASCII letters, digits and single hyphens only.
 * @throws where the slug has anything else (a name in Chinese, a doubled space)
 * @example termSlug('“three public expenses”') // 'three-public-expenses'
 */
export function termSlug(en: string): string {
  const slug = githubSlug(en);
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug))
    throw new Error(
      `termSlug: no letters a–z alone in ${JSON.stringify(en)} (github-slugger gives ${JSON.stringify(slug)})`,
    );
  return slug;
}

/** The id of a term's glossary entry: `term-execution-rate`. */
export const termAnchor = (term: Pick<Term, 'slug'>) => `term-${term.slug}`;

/** The address of a term's glossary entry: `/glossary/#term-execution-rate`, `/en/glossary/#…`. */
export const termHref = (term: Pick<Term, 'slug'>, locale: Locale, base?: string) =>
  localePath(locale, `/glossary/#${termAnchor(term)}`, base);

/**
 * The terms from their data file and data/derived: a term the report defines takes the report's definition and
 * lines (a report without that glossary entry drops the term); a report-usage line counts only where the report
 * still prints the text there. @throws on a duplicate slug or a term without definition or source
 */
export function buildTerms(
  entries: readonly TermEntry[],
  glossary: readonly { term_zh: string; definition_zh: string; source_lines: readonly number[]; number: number }[],
  reportLines: readonly { n: number; text: string }[],
  english: (zh: string) => string | null,
): Term[] {
  const out: Term[] = [];
  for (const e of entries) {
    const slug = termSlug(e.en);
    if (out.some((t) => t.slug === slug)) throw new Error(`glossary terms: slug ${slug} twice`);
    const patterns = { zh: e.match.zh, en: e.match.en };
    if (e.report !== undefined) {
      const row = glossary.find((g) => g.term_zh === e.report);
      if (!row) continue;
      out.push({
        slug,
        zh: e.zh,
        en: e.en,
        patterns,
        definition: { zh: row.definition_zh, en: english(row.definition_zh) ?? row.definition_zh },
        source: { kind: 'report', lines: row.source_lines, number: row.number },
      });
      continue;
    }
    if (!e.definition || !e.source) throw new Error(`glossary term ${e.zh}: a definition and its source are needed`);
    const usage = e.usage;
    const usageLines =
      usage && reportLines.find((l) => l.n === usage.line)?.text.includes(usage.text) ? [usage.line] : [];
    out.push({
      slug,
      zh: e.zh,
      en: e.en,
      patterns,
      definition: e.definition,
      source: { kind: 'named', name: e.source, usageLines },
    });
  }
  return out;
}

let built: readonly Term[] | undefined;
/** Every term, in the glossary's order (built once). */
export function glossaryTerms(): readonly Term[] {
  built ??= buildTerms(termsFile.terms as TermEntry[], data.glossary, data.reportLines, (zh) =>
    translation('glossary', zh),
  );
  return built;
}

/**
 * The first sentence of a term's definition, for the popover and the accessible description.
 * @example shortDefinition(term, 'zh') // '预算中实际花出去的比例。'
 */
export function shortDefinition(term: Pick<Term, 'definition'>, locale: Locale): string {
  const text = term.definition[locale].trim();
  const first = locale === 'zh' ? /^.*?。/su.exec(text) : /^.*?[.!?](?=\s+[A-Z“(]|$)/su.exec(text);
  return first ? first[0] : text;
}

interface MarkOptions {
  /** turns plain text into HTML [escapeHtml]; in English zh-marks' zhHtml, which marks Chinese */
  escape?: (text: string) => string;
  /** the site's base path [import.meta.env.BASE_URL] */
  base?: string;
  /** [glossaryTerms()] */
  terms?: readonly Term[];
}

/** The mark of a term's use: the link to its entry and the popover that describes it (see the module's comment). */
export function termMarkHtml(
  term: Term,
  locale: Locale,
  shownHtml: string,
  { escape = escapeHtml, base }: MarkOptions = {},
) {
  const tip = `term-tip-${term.slug}`;
  const name = locale === 'zh' ? term.zh : term.en;
  const separator = locale === 'zh' ? '：' : ': ';
  return (
    `<a class="term" href="${escapeHtml(termHref(term, locale, base))}" aria-describedby="${tip}">${shownHtml}</a>` +
    `<span class="term-tip" id="${tip}" aria-hidden="true">${escape(`${name}${separator}${shortDefinition(term, locale)}`)}</span>`
  );
}

const matchers = new WeakMap<readonly Term[], Record<Locale, { re: RegExp; byForm: Map<string, Term> }>>();
/** One regular expression per locale over every term's forms, longest first; English at word boundaries, any case. */
function matcher(terms: readonly Term[], locale: Locale) {
  let m = matchers.get(terms);
  if (!m) {
    const make = (l: Locale) => {
      const byForm = new Map<string, Term>();
      for (const t of terms) for (const p of t.patterns[l]) byForm.set(l === 'en' ? p.toLowerCase() : p, t);
      const forms = [...byForm.keys()].sort((a, b) => b.length - a.length);
      const alternatives = forms.map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
      const re =
        l === 'en'
          ? new RegExp(`(?<![\\p{L}\\p{N}-])(?:${alternatives})(?![\\p{L}\\p{N}])`, 'giu')
          : new RegExp(`(?:${alternatives})`, 'gu');
      return { re: forms.length ? re : /(?!)/gu, byForm };
    };
    m = { zh: make('zh'), en: make('en') };
    matchers.set(terms, m);
  }
  return m[locale];
}

const OPEN = '<!--term ';
/**
 * `text` (plain text of a sentence) as HTML, every use of a term a candidate mark for keepFirstUses:
 * `<!--term slug-->mark<!--|-->plain<!--/term-->`. Only for running text: not headings, links, chart SVGs, table
 * cells with numbers, nor the report's own text.
 * @example termCandidates('执行率为100%', 'zh') // '<!--term execution-rate--><a class="term" …>执行率</a>…<!--|-->执行率<!--/term-->为100%'
 */
export function termCandidates(text: string, locale: Locale, options: MarkOptions = {}): string {
  const { escape = escapeHtml, terms = glossaryTerms() } = options;
  const { re, byForm } = matcher(terms, locale);
  let out = '';
  let last = 0;
  for (const m of text.matchAll(re)) {
    const term = byForm.get(locale === 'en' ? m[0].toLowerCase() : m[0]);
    if (!term) continue;
    out += escape(text.slice(last, m.index));
    const shown = escape(m[0]);
    out += `${OPEN}${term.slug}-->${termMarkHtml(term, locale, shown, options)}<!--|-->${shown}<!--/term-->`;
    last = m.index + m[0].length;
  }
  return out + escape(text.slice(last));
}

/**
 * Running text as HTML for `fillHtml` and the components (Fill, EnText, a chart's subtitle): escaped, Chinese
 * marked in English (zhHtml), each use of a term a candidate mark.
 * @example fillHtml(template, parts, termText(locale))
 */
export const termText =
  (locale: Locale, base?: string) =>
  (text: string): string =>
    termCandidates(text, locale, { escape: locale === 'zh' ? escapeHtml : (piece) => zhHtml(piece, locale), base });

const CANDIDATE = /<!--term ([a-z0-9-]+)-->([\s\S]*?)<!--\|-->([\s\S]*?)<!--\/term-->/g;

/**
 * A page's HTML with the first candidate of each term (in document order) kept as its mark and the others as plain
 * text: the page's "seen" set is this call's. Candidates inside a link stay plain (a link in a link is invalid).
 */
export function keepFirstUses(html: string): string {
  const seen = new Set<string>();
  return html.replace(CANDIDATE, (_, slug: string, mark: string, plain: string, offset: number) => {
    if (seen.has(slug) || insideLink(html, offset)) return plain;
    seen.add(slug);
    return mark;
  });
}

/** Whether position `at` of `html` is inside an `<a>` element (the last `<a` before it is not closed yet). */
function insideLink(html: string, at: number): boolean {
  const open = html.lastIndexOf('<a ', at);
  return open !== -1 && html.lastIndexOf('</a>', at) < open;
}

/** `html` with every candidate mark as plain text: the text as it reads without the glossary's links. */
export const withoutTerms = (html: string) =>
  html.replace(CANDIDATE, (_, _slug: string, _mark: string, plain: string) => plain);
