/**
 * src/lib/zh-marks.ts: every run of Chinese in English text is found and marked lang="zh-CN", and the English
 * dictionaries write Chinese only as a gloss or a quote: inside brackets or quotation marks, after its English.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { root } from '../browser/helpers';
import { zhHtml, zhParts } from '../../src/lib/zh-marks';
import { englishProblems } from './english-check';

describe('zhParts and zhHtml', () => {
  test('a term, a quoted pattern with its punctuation, a name with Latin letters, a full-width bracket pair', () => {
    expect(zhHtml('amounts in CNY 10,000 (万元), unformatted')).toBe(
      'amounts in CNY 10,000 (<span lang="zh-CN">万元</span>), unformatted',
    );
    expect(zhHtml('such as “X万元，比上年Y万元增加Z万元，增长G%”).')).toBe(
      'such as <span lang="zh-CN">“X万元，比上年Y万元增加Z万元，增长G%”</span>).',
    );
    expect(zhHtml('indicator “300M互联网带宽” scored 5')).toBe(
      'indicator <span lang="zh-CN">“300M互联网带宽”</span> scored 5',
    );
    expect(zhHtml('its heading gives “（2020年度）”, but')).toBe(
      'its heading gives <span lang="zh-CN">“（2020年度）”</span>, but',
    );
    expect(zhHtml('headings (第一部分…, 一、…) & <b>')).toBe(
      'headings (<span lang="zh-CN">第一部分</span>…, <span lang="zh-CN">一、</span>…) &amp; &lt;b&gt;',
    );
  });

  test('a quoted name with Chinese in it is one part, whatever else it holds', () => {
    expect(zhParts('“科普<b>"活动"&”: total score')).toEqual([
      { text: '“科普<b>"活动"&”', zh: true },
      { text: ': total score', zh: false },
    ]);
    expect(zhParts('table of “丰台区养老服务“连心通””, 2020').map((p) => p.text)).toEqual([
      'table of ',
      '“丰台区养老服务“连心通””',
      ', 2020',
    ]);
    expect(zhParts('“Outputs” (产出指标)').map((p) => p.zh)).toEqual([false, true, false]);
  });

  test('English alone is only escaped, Chinese pages are left as they are, and the parts give the text back', () => {
    expect(zhParts('Science & technology')).toEqual([{ text: 'Science & technology', zh: false }]);
    expect(zhHtml('科学技术（类）', 'zh')).toBe('科学技术（类）');
    const text = 'Category (类) and sub-category (款): “社会保障和就业” in the summary';
    expect(
      zhParts(text)
        .map((p) => p.text)
        .join(''),
    ).toBe(text);
  });

  test('what zhHtml writes passes the English check; the text unmarked does not', () => {
    const text = 'Amounts in CNY 10,000 (万元); the table is dated “（2020年度）” and names “300M互联网带宽”.';
    expect(englishProblems(`<html lang="en"><body><p>${zhHtml(text)}</p></body></html>`)).toEqual([]);
    expect(englishProblems(`<html lang="en"><body><p>${text}</p></body></html>`).length).toBeGreaterThan(2);
  });
});

/** The English dictionaries (not the translation tables keyed by Chinese), with placeholders filled. */
const dir = join(root, 'src/i18n');
const englishWords = [
  'en.json',
  ...readdirSync(join(dir, 'pages'))
    .filter((f) => f.endsWith('.en.json') && !/\.(reasons|indicators|goals|claims|sections)\.en\.json$/.test(f))
    .map((f) => `pages/${f}`),
].flatMap((file) =>
  Object.entries(JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, string>).map(([key, text]) => ({
    where: `${file} ${key}`,
    text: text.replace(/\{\w+\}/g, '2020'),
  })),
);

/** Whether `before` leaves a bracket or a quotation mark open: (…, […, “… */
function insideGloss(before: string): boolean {
  const depth = (open: string, close: string) => before.split(open).length - before.split(close).length;
  return depth('(', ')') > 0 || depth('[', ']') > 0 || depth('“', '”') > 0;
}

describe('Chinese in the English words', () => {
  test('every run of Chinese is a gloss or a quote: inside brackets or quotation marks', () => {
    expect(englishWords.length).toBeGreaterThan(500);
    const bare: string[] = [];
    for (const { where, text } of englishWords) {
      if (where === 'en.json lang.switch') continue; // the name of the other language, in that language
      let before = '';
      for (const part of zhParts(text)) {
        const glossed = insideGloss(before) || /^“.*”$/.test(part.text);
        if (part.zh && !glossed) bare.push(`${where}: ${part.text}`);
        before += part.text;
      }
    }
    expect(bare).toEqual([]);
  });

  test('the check fails on a bare Chinese word', () => {
    expect(insideGloss('amounts in ')).toBe(false);
    expect(insideGloss('amounts in CNY 10,000 (')).toBe(true);
    expect(insideGloss('(a) and ')).toBe(false);
  });

  test('no full-width punctuation outside a run of Chinese', () => {
    const punct = /[\u3000-\u3003\u3008-\u3011\u3014-\u301f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]/u;
    const found = englishWords.flatMap(({ where, text }) =>
      zhParts(text)
        .filter((p) => !p.zh && punct.test(p.text))
        .map((p) => `${where}: ${p.text}`),
    );
    expect(found).toEqual([]);
  });
});
