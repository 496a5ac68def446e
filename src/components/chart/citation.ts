/**
 * The citation of a chart: the report, the lines its figures come from, the chart's URL and the date it was
 * consulted — GB/T 7714 in Chinese, a plain style in English. The page is built without a date (two builds must
 * be identical), so the citation is a template with `{url}` and `{date}`, which src/client/chart-share.ts fills
 * (with fillCitation and citationDate from ./cite-fill.ts) with the reader's URL and today's date.
 */
import type { Locale } from '../../lib/i18n';
import { shareWords } from './share-words';

/**
 * The citation with `{url}` and `{date}` left to fill in.
 * @throws if there are no lines
 * @example citationTemplate('zh', [49, 52])
 *   // '北京市丰台区科学技术和信息化局. 2019年度部门决算说明[R/OL]. 北京: 北京市丰台区科学技术和信息化局, 2020: 第49、52行[{date}]. {url}.'
 * @example citationTemplate('en', [49]) // '… 2020. 2019 final-accounts report (2019年度部门决算说明), line 49. {url} (accessed {date}).'
 */
export function citationTemplate(locale: Locale, lines: readonly number[]): string {
  if (lines.length === 0) throw new Error('citationTemplate: no source lines');
  const w = (key: Parameters<typeof shareWords>[1]) => shareWords(locale, key);
  return shareWords(locale, 'cite.template', {
    author: w('cite.author'),
    title: w('cite.title'),
    place: w('cite.place'),
    year: w('cite.year'),
    where:
      lines.length === 1
        ? shareWords(locale, 'cite.line', { n: lines[0]! })
        : shareWords(locale, 'cite.lines', { list: lines.join(w('cite.lineSeparator')) }),
    url: '{url}',
    date: '{date}',
  });
}
