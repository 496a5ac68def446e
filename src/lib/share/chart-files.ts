/**
 * The files made from a chart of the registry, beside its figure: its data as CSV and JSON, its graphic as a
 * standalone SVG, and its social card. src/pages/charts/[file].ts, src/pages/og/[file].ts (and their en/ twins)
 * serve them as build-time endpoints.
 */
import type { ChartSpec } from '../../charts/chart-spec';
import { disputeCaption } from '../../charts/disputed';
import { chartData, toCsv, toJson } from './chart-data';
import { citationLines } from './citation';
import { shareWords } from '../words/share';
import { figureVerdict } from '../data';
import { t } from '../i18n';
import { ogCardPng } from './og-card';
import { lightTokens, standaloneSvg, type SvgFrame } from './standalone-svg';

export const CHART_FILE_TYPES = ['csv', 'json', 'svg'] as const;
export type ChartFileType = (typeof CHART_FILE_TYPES)[number];

/** The chart's source line as its figure prints it: `来源：《2019年度部门决算》第 106 行`. */
export function chartSourceText(chart: ChartSpec): string {
  const { locale, sourceLines: lines } = chart;
  return lines.length === 1
    ? t(locale, 'chart.sourceLine', { n: lines[0]! })
    : t(locale, 'chart.sourceLines', { list: lines.join(t(locale, 'chart.listSeparator')) });
}

/** The data table's columns and rows, unformatted (amounts in 万元), with the chart's words. */
export function chartDataOf(chart: ChartSpec) {
  const { id, locale, title, subtitle, sourceLines } = chart;
  return chartData({ id, locale, title, subtitle, sourceLines }, chart.columns, chart.rows, figureVerdict);
}

const tokens = lightTokens();

/**
 * The words a standalone chart file shows around the chart: its title, its subtitle (which names the unit), the
 * source (the bureau's report, and the lines of this site's transcription) and the credit (the site's name) —
 * first, when a figure it shows is disputed, a line naming the finding and its URL (src/charts/disputed.ts).
 */
export function chartFrame(chart: ChartSpec): SvgFrame {
  const { locale } = chart;
  const dispute = disputeCaption(chart.disputed ?? [], locale);
  return {
    title: chart.title,
    subtitle: chart.subtitle,
    footer: [
      ...(dispute ? [dispute] : []),
      shareWords(locale, 'file.source', { where: citationLines(locale, chart.sourceLines) }),
      shareWords(locale, 'file.credit', { site: t(locale, 'site.title') }),
    ],
  };
}

/**
 * One download of the chart: `csv` (UTF-8 with a BOM), `json`, or `svg` (standalone, light theme, with its
 * title, subtitle, source and credit as text around it).
 */
export function chartFile(chart: ChartSpec, type: ChartFileType): string {
  if (type === 'csv') return toCsv(chartDataOf(chart));
  if (type === 'json') return toJson(chartDataOf(chart));
  const dispute = disputeCaption(chart.disputed ?? [], chart.locale);
  const description = [chart.subtitle, chart.alt, dispute, chartSourceText(chart)].filter(Boolean).join('\n');
  return standaloneSvg(chart.svg, { title: chart.title, description, tokens, frame: chartFrame(chart) });
}

/** The chart's 1200×630 social card. */
export function chartCard(chart: ChartSpec): Buffer {
  const prefix = chart.locale === 'en' ? 'en/' : '';
  return ogCardPng(
    `${prefix}og/${chart.id}.png`,
    {
      locale: chart.locale,
      title: chart.title,
      subtitle: chart.subtitle,
      chart: chart.svg,
      footer: `${t(chart.locale, 'site.title')} · ${chartSourceText(chart)}`,
    },
    tokens,
  );
}

/** The site's own card, for pages without a chart. */
export function siteCard(locale: 'zh' | 'en'): Buffer {
  const subtitle = `${t(locale, 'site.tagline')}${locale === 'zh' ? '。' : '. '}${t(locale, 'site.description')}`;
  return ogCardPng(
    `${locale === 'en' ? 'en/' : ''}og/site.png`,
    { locale, title: t(locale, 'site.title'), subtitle, footer: t(locale, 'footer.source') },
    tokens,
  );
}
