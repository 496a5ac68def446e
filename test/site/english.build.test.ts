/**
 * The English edition a journalist can quote: on every English page and embed (dist/en/**, built HTML read with
 * linkedom), every run of Chinese characters sits in an element marked `lang="zh"`/`lang="zh-CN"` (WCAG 3.1.2,
 * language of parts), and English text (whose nearest `lang` is `en`) has no full-width CJK punctuation
 * (，。：；（）“”、《》！？…). Text nodes are checked, and so are the attributes a reader or a screen reader meets
 * (`alt`, `title`, `aria-label`, `placeholder`, the page's `<title>`): an attribute carries no language of its own,
 * so it must be English on an English element.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { sitePages } from '../../scripts/bench';
import { dist, ensureBuilt } from '../browser/helpers';
import { englishProblems } from './english-check';

beforeAll(() => ensureBuilt(), 600_000);

const englishPages = () => sitePages(dist).filter((p) => p.startsWith('en/'));

describe('the English edition', () => {
  test('the check sees what it is for', () => {
    expect(englishProblems('<html lang="en"><body><p>科学技术</p></body></html>')).toHaveLength(1);
    expect(englishProblems('<html lang="en"><body><p lang="zh-CN">科学技术，支出</p></body></html>')).toEqual([]);
    expect(englishProblems('<html lang="en"><body><p>From: a，b</p></body></html>')[0]?.kind).toBe('cjk-punctuation');
    expect(
      englishProblems('<html lang="en"><body><p><span lang="zh">丰台</span>（Fengtai）</p></body></html>'),
    ).toEqual([{ kind: 'cjk-punctuation', where: 'p', text: '（Fengtai）' }]);
    expect(englishProblems('<html lang="en"><body><img alt="丰台"></body></html>')).toHaveLength(1);
    // a textarea (the citation) cannot mark a Chinese title: accepted in ASCII square brackets after the English only
    expect(
      englishProblems('<html lang="en"><body><textarea>Final accounts [丰台区决算]. Beijing.</textarea></body></html>'),
    ).toEqual([]);
    expect(
      englishProblems('<html lang="en"><body><textarea>丰台区决算 [Final accounts]</textarea></body></html>'),
    ).toHaveLength(1);
    expect(
      englishProblems('<html lang="en"><body><textarea>Final accounts [丰台区决算，2019]</textarea></body></html>'),
    ).toEqual([]);
    expect(
      englishProblems('<html lang="en"><body><textarea>Final accounts （丰台区决算）</textarea></body></html>'),
    ).toHaveLength(2);
    expect(englishProblems('<html lang="en"><body><p>Final accounts [丰台区决算]</p></body></html>')).toHaveLength(1);
  });

  // Chinese in English text goes through src/lib/zh-marks.ts (EnText, zhHtml), report text through
  // src/lib/translations.ts and <Translation>; the message lists every page that fails, with examples.
  test('every run of Chinese is marked lang="zh-CN" and English text has no CJK punctuation', () => {
    const pages = englishPages();
    expect(pages.length).toBeGreaterThan(40);
    const perPage: string[] = [];
    const examples = new Map<string, Set<string>>();
    for (const page of pages) {
      const problems = englishProblems(readFileSync(join(dist, page), 'utf8'));
      if (problems.length === 0) continue;
      const han = problems.filter((p) => p.kind === 'chinese-unmarked').length;
      const punct = problems.length - han;
      perPage.push(`/${page.replace(/index\.html$/, '')}: ${han} unmarked Chinese, ${punct} CJK punctuation`);
      for (const p of problems) {
        const key = `${p.kind} in ${p.where}`;
        const set = examples.get(key) ?? new Set();
        if (set.size < 3) set.add(p.text);
        examples.set(key, set);
      }
    }
    const report = [
      ...perPage,
      '',
      ...[...examples].map(([k, v]) => `${k}: ${[...v].map((s) => JSON.stringify(s)).join(', ')}`),
    ];
    expect(perPage, report.join('\n')).toEqual([]);
  });
});
