/**
 * The height the embed code gives its iframe (src/lib/share/embed-code.ts): what the embed page is tall
 * at the narrowest frame it is made for, 300 px, so that a page that strips /embed.js (many CMSs do) cuts
 * nothing off. Estimated at build time from the embed's text, wrapped with src/lib/text-measure.ts (whose widths
 * are on the wide side), and the narrow SVG's height, with the embed page's CSS at 300 px (src/styles/embed.css,
 * chart.css, scores.css) written down below; test/browser/embed.test.ts measures every embed in Chromium at
 * 300 px and checks that it is no taller than this. With /embed.js the iframe takes the page's own height.
 */
import { pageWords, type Locale } from '../i18n';
import { wrapText } from '../text-measure';
import zh from '../../i18n/pages/embed.zh.json';
import en from '../../i18n/pages/embed.en.json';

const embedWords = pageWords(zh, en);

/** The narrowest frame an embed is laid out for, in CSS px. */
export const EMBED_MIN_WIDTH = 300;

/** The embed page at 300 px, in CSS px (measured in Chromium; line heights the larger of zh and en). */
const PAGE = {
  padding: 12, // .embed-main, each side
  title: { size: 20, line: 27.2, after: 4 },
  subtitle: { size: 15.2, line: 25.84, after: 12 },
  key: { before: 12, after: 16, heading: { size: 15.2, line: 26 }, indent: 30.4 },
  keyName: { size: 14.4, line: 24.48 },
  keyFigures: { size: 12.24, line: 20.81, after: 4.8 },
  source: { size: 14, line: 23.8, before: 12 },
  audit: { size: 14, line: 23.8, before: 12, indent: 15 },
  data: 44, // the closed data table's summary, with its margin
  credit: { size: 13, line: 22.1, before: 12 },
  slack: 24, // px, and
  stretch: 1.03, // × the estimate: for a font wider or taller than the estimate (Chinese text wraps as estimated, but
  // its lines are 1.7 em apart and punctuation takes the estimate's room)
} as const;

export interface EmbedText {
  locale: Locale;
  title: string;
  subtitle: string;
  /** the SVG an embed shows at 300 px (the narrow one when there is one): its width and height attributes */
  svg: { width: number; height: number };
  /** the chart's key: its heading and, per item, its name and figures */
  key?: { heading: string; items: readonly { name: string; figures: string }[] };
  /** the source line as printed under the chart */
  source: string;
  /** the audit note and links, as text, if the chart has them */
  audit?: string;
}

/** Lines of `text` at `size` px within `width` px. */
const lineCount = (text: string, width: number, size: number) =>
  text.trim() ? wrapText(text, width, size, { breakWords: true }).length : 0;

/**
 * The embed's height at 300 px wide, rounded up to 10 px.
 * @example embedFallbackHeight({ locale: 'en', title: 'A', subtitle: 'B', svg: { width: 360, height: 360 }, source: 'C' })
 */
export function embedFallbackHeight(text: EmbedText): number {
  const width = EMBED_MIN_WIDTH - 2 * PAGE.padding;
  const block = (value: string, { size, line }: { size: number; line: number }, indent = 0) =>
    lineCount(value, width - indent, size) * line;
  let height = 2 * PAGE.padding;
  height += block(text.title, PAGE.title) + PAGE.title.after;
  height += block(text.subtitle, PAGE.subtitle) + PAGE.subtitle.after;
  height += (text.svg.height * width) / text.svg.width;
  if (text.key) {
    const { key } = PAGE;
    height += key.before + key.after + block(text.key.heading, key.heading);
    for (const item of text.key.items)
      height +=
        block(item.name, PAGE.keyName, key.indent) +
        block(item.figures, PAGE.keyFigures, key.indent) +
        PAGE.keyFigures.after;
  }
  height += PAGE.source.before + block(text.source, PAGE.source);
  if (text.audit) height += PAGE.audit.before + block(text.audit, PAGE.audit, PAGE.audit.indent);
  const credit = `${embedWords(text.locale, 'embed.credit')} ${embedWords(text.locale, 'embed.fullView')}`;
  height += PAGE.data + PAGE.credit.before + block(credit, PAGE.credit);
  return Math.ceil((height * PAGE.stretch + PAGE.slack) / 10) * 10;
}

/** The width and height attributes of an `<svg …>` (400 × 400 when it has none). */
export function svgSize(svg: string): { width: number; height: number } {
  const tag = /^<svg[^>]*>/.exec(svg)?.[0] ?? '';
  const attr = (name: string) => Number(new RegExp(`\\s${name}="([\\d.]+)"`).exec(tag)?.[1] ?? 400);
  return { width: attr('width'), height: attr('height') };
}
