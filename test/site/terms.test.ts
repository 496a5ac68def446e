/**
 * The glossary terms and their marking (src/lib/terms.ts): the terms from their data file and the report's own
 * glossary, candidates in running text (both languages, escaped), the first use per page kept in document order.
 */
import { describe, expect, test } from 'vitest';
import termsFile from '../../src/i18n/glossary/terms.json';
import glossaryRows from '../../data/derived/glossary.json';
import reportLines from '../../data/derived/report-lines.json';
import {
  buildTerms,
  glossaryTerms,
  keepFirstUses,
  shortDefinition,
  termAnchor,
  termCandidates,
  termSlug,
  termText,
  type Term,
} from '../../src/lib/terms';
import { zhHtml } from '../../src/lib/zh-marks';

const term = (over: Partial<Term> & Pick<Term, 'slug' | 'zh' | 'en'>): Term => ({
  patterns: { zh: [over.zh], en: [over.en] },
  definition: { zh: `${over.zh}的定义。第二句。`, en: `The ${over.en}. A second sentence.` },
  source: { kind: 'named', name: { zh: '《某法》', en: 'Some Law' }, usageLines: [] },
  ...over,
});
const rate = term({
  slug: 'execution-rate',
  zh: '执行率',
  en: 'execution rate',
  patterns: { zh: ['执行率'], en: ['execution rates', 'execution rate'] },
});
const budget = term({ slug: 'initial-budget', zh: '年初预算', en: 'initial budget' });
const kind = term({ slug: 'category', zh: '类', en: 'category', patterns: { zh: ['“类”'], en: ['categories (类)'] } });
const terms = [rate, budget, kind];
const page = (...texts: string[]) => keepFirstUses(texts.map((t) => `<p>${t}</p>`).join(''));
const marks = (html: string) =>
  [...html.matchAll(/<a class="term" href="([^"]+)"[^>]*>(.*?)<\/a>/g)].map((m) => [m[1], m[2]]);

describe('the glossary terms', () => {
  test('slugs: lower-case ASCII words joined by hyphens, one per term', () => {
    expect(termSlug('“three public expenses”')).toBe('three-public-expenses');
    expect(termSlug('small and medium enterprises (SMEs)')).toBe('small-and-medium-enterprises-smes');
    expect(() => termSlug('类')).toThrow(/no letters/);
    // github-slugger's, as the tables' slugs: an apostrophe or `&` inside a word drops out instead of splitting it
    expect(termSlug('the bureau’s budget')).toBe('the-bureaus-budget');
    expect(termSlug('R&D spending')).toBe('rd-spending');
    expect(() => termSlug('final  accounts')).toThrow(/github-slugger gives "final--accounts"/);
    const slugs = glossaryTerms().map((t) => t.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(termAnchor(rate)).toBe('term-execution-rate');
  });

  test('the terms the issue names are all there, with the report’s own glossary in full', () => {
    const zh = glossaryTerms().map((t) => t.zh);
    for (const name of [
      '类',
      '款',
      '财政拨款',
      '基本支出',
      '项目支出',
      '“三公”经费',
      '机关运行经费',
      '政府采购',
      '中小企业',
      '政府购买服务',
      '执行率',
      '绩效自评',
      '评分档',
      '决算',
      '年初预算',
      '一般公共预算',
    ])
      expect(zh).toContain(name);
    for (const row of glossaryRows) {
      const t = glossaryTerms().find((g) => g.source.kind === 'report' && g.definition.zh === row.definition_zh);
      expect(t, row.term_zh).toBeDefined();
      expect(t!.source).toEqual({ kind: 'report', lines: row.source_lines, number: row.number });
      expect(t!.definition.en).not.toBe(row.definition_zh);
    }
  });

  test('a definition the report does not give is written in both languages with a named source', () => {
    for (const t of glossaryTerms().filter((g) => g.source.kind === 'named')) {
      expect(t.definition.zh, t.slug).toMatch(/\p{Script=Han}.*。$/u);
      expect(t.definition.en, t.slug).toMatch(/^[A-Z“].*\.$/);
      if (t.source.kind !== 'named') continue;
      expect(t.source.name.zh).toMatch(/《[^》]+》|报告/);
      expect(t.source.name.en).toMatch(/Ministry of Finance|Budget Law|report/);
    }
  });

  test('a report-usage line is the line that prints the usage (and is dropped where the report does not)', () => {
    for (const e of termsFile.terms) {
      if (!('usage' in e) || !e.usage) continue;
      expect(reportLines.find((l) => l.n === e.usage.line)?.text, e.zh).toContain(e.usage.text);
    }
    const entry = termsFile.terms.find((e) => e.zh === '执行率')!;
    const none = (zh: string) => zh;
    expect(buildTerms([entry], [], [{ n: 332, text: '执行率（B/A)' }], none)[0]!.source).toMatchObject({
      usageLines: [332],
    });
    expect(buildTerms([entry], [], [{ n: 332, text: '别的' }], none)[0]!.source).toMatchObject({ usageLines: [] });
    // a report without that glossary entry: the term is left out rather than shown without its definition
    const reportTerm = termsFile.terms.find((e) => e.zh === '政府采购')!;
    expect(buildTerms([reportTerm], [], [], none)).toEqual([]);
  });

  test('the short definition is the first sentence, in either language', () => {
    expect(shortDefinition(rate, 'zh')).toBe('执行率的定义。');
    expect(shortDefinition(rate, 'en')).toBe('The execution rate.');
    expect(shortDefinition({ definition: { zh: '', en: 'Groups, e.g. science and technology. More.' } }, 'en')).toBe(
      'Groups, e.g. science and technology.',
    );
  });
});

describe('marking terms (termCandidates, keepFirstUses)', () => {
  test('only the first use on a page is marked, in document order, across texts', () => {
    const html = page(
      termCandidates('执行率为60%，执行率偏低', 'zh', { terms }),
      termCandidates('全年执行率', 'zh', { terms }),
    );
    expect(marks(html)).toEqual([['/glossary/#term-execution-rate', '执行率']]);
    expect(html).toBe(
      '<p><a class="term" href="/glossary/#term-execution-rate" aria-describedby="term-tip-execution-rate">执行率</a>' +
        '<span class="term-tip" id="term-tip-execution-rate" aria-hidden="true">执行率：执行率的定义。</span>为60%，执行率偏低</p><p>全年执行率</p>',
    );
    expect(html).not.toContain('<!--');
  });

  test('each term once: two terms in one sentence are both marked', () => {
    const html = page(termCandidates('年初预算与执行率；执行率与年初预算', 'zh', { terms }));
    expect(marks(html).map((m) => m[1])).toEqual(['年初预算', '执行率']);
  });

  test('a fresh page starts with nothing seen (the seen set is one call’s)', () => {
    const text = termCandidates('执行率', 'zh', { terms });
    expect(marks(page(text))).toHaveLength(1);
    expect(marks(page(text))).toHaveLength(1);
  });

  test('not inside a link: a candidate there stays plain, and the next use outside is marked', () => {
    const html = keepFirstUses(
      `<p><a href="/x/">${termCandidates('执行率', 'zh', { terms })}</a>，${termCandidates('执行率', 'zh', { terms })}</p>`,
    );
    expect(html.startsWith('<p><a href="/x/">执行率</a>，<a class="term"')).toBe(true);
    expect(marks(html)).toHaveLength(1);
  });

  test('text without candidates (a heading, which renderers do not mark) is left as it is', () => {
    expect(keepFirstUses('<h1>执行率</h1><p>执行率</p>')).toBe('<h1>执行率</h1><p>执行率</p>');
  });

  test('English: whole words, any case, the longest form, Chinese in it marked; the link goes to /en/glossary/', () => {
    const html = page(
      termCandidates('Execution rates vary; the execution rate and the categories (类) of the initial budgets.', 'en', {
        terms,
        escape: (t) => zhHtml(t, 'en'),
      }),
    );
    expect(marks(html)).toEqual([
      ['/en/glossary/#term-execution-rate', 'Execution rates'],
      ['/en/glossary/#term-category', 'categories (<span lang="zh-CN">类</span>)'],
    ]);
    // “initial budgets” is no form of initial-budget here (its only form is “initial budget”, a whole word)
    expect(html).toContain('the initial budgets.');
    expect(html).toContain('aria-hidden="true">execution rate: The execution rate.</span>');
  });

  test('the Chinese forms match as written: 类 alone is no term, “类” is', () => {
    expect(marks(page(termCandidates('分类与类别', 'zh', { terms })))).toEqual([]);
    expect(marks(page(termCandidates('下分8个“类”', 'zh', { terms })))).toEqual([['/glossary/#term-category', '“类”']]);
  });

  test('text is escaped, around and inside the mark and in the description', () => {
    const odd = term({ slug: 'a-b', zh: 'A&B', en: 'a<b>', definition: { zh: '"x" & <y>。', en: '"x" & <y>.' } });
    const html = page(termCandidates('<script>&A&B"', 'zh', { terms: [odd] }));
    expect(html).toBe(
      '<p>&lt;script&gt;&amp;<a class="term" href="/glossary/#term-a-b" aria-describedby="term-tip-a-b">A&amp;B</a>' +
        '<span class="term-tip" id="term-tip-a-b" aria-hidden="true">A&amp;B：&quot;x&quot; &amp; &lt;y&gt;。</span>&quot;</p>',
    );
  });

  test('termText: the site’s terms, Chinese marked in English, under the base path', () => {
    const html = keepFirstUses(termText('en', '/fengtai/')('The execution rate (执行率).'));
    expect(html).toContain('href="/fengtai/en/glossary/#term-execution-rate"');
    expect(html).toContain('(<span lang="zh-CN">执行率</span>)');
  });
});
