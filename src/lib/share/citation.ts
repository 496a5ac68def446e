/**
 * The citation of a chart: the bureau's report as published (its title as printed, no URL of this site), then
 * this site's chart as a dataset that quotes it, with the lines of the site's transcription its figures come from,
 * the chart's URL and the date it was consulted — GB/T 7714 in Chinese, a plain style in English. The page is
 * built without a date (two builds must be identical), so the citation is a template with `{url}` and `{date}`,
 * which src/client/chart-share.ts fills (with fillCitation and citationDate from ./cite-fill.ts) with the
 * reader's URL and today's date, and with `{at:/path}` for each other page of the site it names, which the script
 * makes absolute from the reader's URL (the build, from SITE_URL when it knows it).
 */
import { disputePath, type Disputed } from '../../charts/disputed';
import { t, type Locale } from '../i18n';
import { shareWords } from '../words/share';

/** Text of the report or a title, without the placeholders fillCitation fills: `{url}` → `(url)`. */
const plain = (text: string) => text.replace(/\{(url|date|at:[^{}]*)\}/g, '($1)');

/**
 * The citation with `{url}` and `{date}` left to fill in; when a figure the chart shows is disputed by the audit
 * (`disputed`, src/charts/disputed.ts), a note after it names each finding with its place on /audit/
 * (`{at:/audit/#finding-…}`, also filled in).
 * @param chart the chart's title (the dataset's title)
 * @throws if there are no lines
 * @example citationTemplate('zh', [49, 52], '科学技术支出占…')
 *   // '北京市丰台区科学技术和信息化局. 北京市丰台区科学技术和信息化局2019年度部门决算[R]. 北京: 北京市丰台区科学技术和信息化局, 2020. 转引自: 丰台区科信局2019年决算. 科学技术支出占…[DS/OL]. 第49、52行（本站转录本）[{date}]. {url}.'
 * @example citationTemplate('en', [49], 'Science and technology…')
 *   // '… 2020. 2019 final accounts … [北京市丰台区科学技术和信息化局2019年度部门决算]. Beijing: …. Quoted in …, “Science and technology…” (dataset), line 49 of this site’s transcription. {url} (accessed {date}).'
 */
export function citationTemplate(
  locale: Locale,
  lines: readonly number[],
  chart: string,
  disputed: readonly Disputed[] = [],
): string {
  if (lines.length === 0) throw new Error('citationTemplate: no source lines');
  const w = (key: Parameters<typeof shareWords>[1]) => shareWords(locale, key);
  const open = locale === 'zh' ? '（' : ' (';
  const close = locale === 'zh' ? '）' : ')';
  const separator = locale === 'zh' ? '；' : '; ';
  const note = disputed.length
    ? shareWords(locale, 'cite.disputed', {
        list: disputed
          .map((d) => `${plain(d.text)}${open}{at:${disputePath(d.anchor, locale)}}${close}`)
          .join(separator),
      })
    : '';
  return `${shareWords(locale, 'cite.template', {
    author: w('cite.author'),
    title: w('cite.title'),
    place: w('cite.place'),
    year: w('cite.year'),
    site: t(locale, 'site.title'),
    // English sets the title in double quotes: a quotation inside it takes single ones
    chart: locale === 'en' ? plain(chart).replace(/“([^“”]*)”/g, '‘$1’') : plain(chart),
    where: citationLines(locale, lines),
    url: '{url}',
    date: '{date}',
  })}${note}`;
}

/**
 * The lines of this site's transcription: `第49、52行（本站转录本）`, `lines 49 and 52 of this site’s transcription`
 * (English ends its list with “and”).
 */
export function citationLines(locale: Locale, lines: readonly number[]): string {
  if (lines.length === 1) return shareWords(locale, 'cite.line', { n: lines[0]! });
  const separator = shareWords(locale, 'cite.lineSeparator');
  const list =
    locale === 'en' ? `${lines.slice(0, -1).join(separator)} and ${lines[lines.length - 1]}` : lines.join(separator);
  return shareWords(locale, 'cite.lines', { list });
}
