/** The English-edition check (test/site/english.build.test.ts): Chinese outside `lang="zh…"` and CJK punctuation in English text. */
import { parseHTML } from 'linkedom';

/** Han ideographs (and the CJK compatibility block). */
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+/g;
/** Full-width and CJK punctuation that has no place in English text. */
const CJK_PUNCT = /[\u3000-\u3003\u3008-\u3011\u3014-\u301f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]/g;
const ATTRS = ['alt', 'title', 'aria-label', 'placeholder', 'aria-description'];

/** The language an element's text is in: its nearest `lang` (or `xml:lang`). */
export function langOf(el: Element | null): string {
  for (let e = el; e; e = e.parentElement) {
    const lang = e.getAttribute('lang') ?? e.getAttribute('xml:lang');
    if (lang !== null) return lang.toLowerCase();
  }
  return '';
}
export const isZh = (lang: string) => lang === 'zh' || lang.startsWith('zh-');

export interface Problem {
  kind: 'chinese-unmarked' | 'cjk-punctuation';
  where: string;
  text: string;
}

/** Every run of Chinese outside a `lang="zh…"` element and every CJK punctuation mark in English text. */
export function englishProblems(html: string): Problem[] {
  const { document } = parseHTML(html);
  const out: Problem[] = [];
  const describe = (el: Element | null) =>
    el
      ? `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.getAttribute('class') ? `.${el.getAttribute('class')!.split(/\s+/)[0]}` : ''}`
      : '(document)';
  const check = (text: string, el: Element | null, where: string) => {
    if (isZh(langOf(el))) return;
    for (const m of text.match(HAN) ?? []) out.push({ kind: 'chinese-unmarked', where, text: m });
    const punct = text.match(CJK_PUNCT);
    if (punct) out.push({ kind: 'cjk-punctuation', where, text: text.trim().slice(0, 80) });
  };
  const walker = document.createTreeWalker(document.documentElement, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || ['SCRIPT', 'STYLE', 'TEMPLATE'].includes(parent.tagName.toUpperCase())) continue;
    // the JSON-LD and other data islands are not text a reader meets
    if (parent.closest('script, style, template, noscript[data-ignore]')) continue;
    // A textarea holds no markup, so a Chinese text in it cannot be marked: there (the share panel's citation),
    // Chinese is accepted inside ASCII square brackets only, after its English ("2019 final accounts […]
    // [北京市…决算]"). Anywhere else, and outside the brackets, it is a problem as before.
    const text = node.textContent ?? '';
    check(
      parent.tagName.toUpperCase() === 'TEXTAREA' ? text.replace(/\[[^[\]]*\]/g, '[…]') : text,
      parent,
      describe(parent),
    );
  }
  for (const el of document.querySelectorAll(ATTRS.map((a) => `[${a}]`).join(','))) {
    for (const a of ATTRS) {
      const v = el.getAttribute(a);
      if (v) check(v, el, `${describe(el)}[${a}]`);
    }
  }
  return out;
}
