/**
 * A 1200×630 preview image for social media (Open Graph, Twitter cards): title, subtitle, the chart, the source.
 * src/pages/og/[file].ts draws one per chart of the registry and one for the site. Text is set in two bundled fonts
 * and no system fonts, so the images are the same on every machine: Noto Sans from @embedpdf/fonts-latin (TTF) for
 * Latin and Noto Sans Hans from @embedpdf/fonts-sc (OTF, GB2312 coverage) for Chinese. An English card names the
 * Latin font first, so its text and punctuation (’ “ ”) are proportional and its Chinese falls back to Noto Sans
 * Hans; a Chinese card names Noto Sans Hans first, so all of it is set as before, “” full-width.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { escapeHtml } from '../html';
import type { Locale } from '../i18n';
import { CARD, CARD_REGULAR, CARD_ZH, wrapText } from '../text-measure';
import { fontCoverage, missingCharacters } from './font-coverage';
import { lightTokens, standaloneSvg } from './standalone-svg';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
// paths from the project root: Astro bundles this module into a chunk elsewhere, so import.meta.url would mislead
const require = createRequire(resolve(process.cwd(), 'package.json'));
const fontDir = (pkg: string) => join(dirname(dirname(require.resolve(pkg))), 'fonts');
/** The family names as the font files name themselves (Noto Sans Hans calls itself Noto Sans S Chinese). */
const LATIN_FONT = 'Noto Sans';
const CJK_FONT = 'Noto Sans S Chinese';
/** Regular and Bold of each font, in that order. */
const LATIN_FILES = ['NotoSans-Regular.ttf', 'NotoSans-Bold.ttf'].map((f) => join(fontDir('@embedpdf/fonts-latin'), f));
const CJK_FILES = ['NotoSansHans-Regular.otf', 'NotoSansHans-Bold.otf'].map((f) =>
  join(fontDir('@embedpdf/fonts-sc'), f),
);
/** Every font file the cards are drawn with. */
export const FONT_FILES = [...LATIN_FILES, ...CJK_FILES];

/** The card's font-family list: the Latin font first on an English card, Noto Sans Hans first on a Chinese one. */
export function cardFontFamily(locale: Locale): string {
  return locale === 'en' ? `${LATIN_FONT}, ${CJK_FONT}` : `${CJK_FONT}, ${LATIN_FONT}`;
}

/** The code points a card can draw, one set per weight (Regular, Bold): those of its Latin or its Chinese font. */
export function cardCoverage(): Set<number>[] {
  return LATIN_FILES.map((latin, i) => new Set([...fontCoverage(latin), ...fontCoverage(CJK_FILES[i]!)]));
}
const MARGIN = 64;

export interface OgCard {
  /** the card's language: it picks the fonts' order and the width table */
  locale: Locale;
  title: string;
  subtitle: string;
  /** the chart's SVG as the page has it; none for the site's card */
  chart?: string;
  /** the line at the bottom: site title and source */
  footer: string;
}

/** The card as an SVG of 1200×630: title and subtitle on top, the chart scaled into the middle, the footer. */
export function ogSvg({ locale, title, subtitle, chart, footer }: OgCard, tokens = lightTokens()): string {
  const color = (name: string) => tokens.get(name) ?? '#000';
  const font = cardFontFamily(locale);
  // titles are bold, subtitles and footers regular: Noto Sans differs between the two, Noto Sans Hans barely
  const [titleMetrics, metrics] = locale === 'en' ? [CARD, CARD_REGULAR] : [CARD_ZH, CARD_ZH];
  const width = OG_WIDTH - 2 * MARGIN;
  const titleSize = chart ? 40 : 60;
  const titleLines = wrapText(title, width, titleSize, { metrics: titleMetrics, maxLines: chart ? 2 : 3 });
  const subtitleSize = chart ? 22 : 30;
  const subtitleLines = wrapText(subtitle, width, subtitleSize, { metrics, maxLines: chart ? 1 : 3 });
  const parts: string[] = [];
  let y = MARGIN + titleSize * 0.9;
  for (const line of titleLines) {
    parts.push(
      `<text x="${MARGIN}" y="${y}" font-size="${titleSize}" font-weight="700" fill="${color('fg')}">${escapeHtml(line)}</text>`,
    );
    y += titleSize * 1.3;
  }
  y += subtitleSize * 0.2;
  for (const line of subtitleLines) {
    parts.push(
      `<text x="${MARGIN}" y="${y}" font-size="${subtitleSize}" fill="${color('muted')}">${escapeHtml(line)}</text>`,
    );
    y += subtitleSize * 1.4;
  }
  const footerY = OG_HEIGHT - 40;
  if (chart) {
    const top = y - subtitleSize + 24;
    const standalone = standaloneSvg(chart, {
      title,
      description: subtitle,
      tokens,
      fontFamily: font,
      declaration: false,
    });
    const box = `x="${MARGIN}" y="${top}" width="${width}" height="${footerY - 44 - top}" preserveAspectRatio="xMidYMid meet"`;
    parts.push(
      standalone.replace(/^<svg\b[^>]*>/, (tag) =>
        tag.replace(/ (width|height)="[^"]*"/g, '').replace(/^<svg/, `<svg ${box}`),
      ),
    );
  }
  parts.push(`<rect x="${MARGIN}" y="${footerY - 32}" width="${width}" height="1" fill="${color('rule')}"/>`);
  const [footerLine] = wrapText(footer, width, 20, { metrics, maxLines: 1 });
  parts.push(
    `<text x="${MARGIN}" y="${footerY}" font-size="20" fill="${color('muted')}">${escapeHtml(footerLine ?? '')}</text>`,
  );
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" viewBox="0 0 ${OG_WIDTH} ${OG_HEIGHT}" font-family="${font}">` +
    `<rect width="${OG_WIDTH}" height="${OG_HEIGHT}" fill="${color('bg')}"/>` +
    `<rect width="${OG_WIDTH}" height="8" fill="${color('c1')}"/>` +
    parts.join('') +
    '</svg>'
  );
}

/**
 * Drawn cards are kept in node_modules/.cache/og-images/ under the hash of what determines them (the card's SVG,
 * resvg's version, the font files), so a rebuild draws only the cards that changed. OG_CACHE=off draws them all
 * (one of the determinism test's two builds does, to compare a drawing with the cached one).
 */
const CACHE_DIR = resolve(process.cwd(), 'node_modules/.cache/og-images');
let renderKey: string | undefined;

function cacheFile(svg: string): string | null {
  if (process.env.OG_CACHE === 'off') return null;
  renderKey ??= createHash('sha256')
    .update(JSON.parse(readFileSync(require.resolve('@resvg/resvg-js/package.json'), 'utf8')).version)
    .update(FONT_FILES.map((f) => `${f}:${statSync(f).size}`).join('\n'))
    .digest('hex');
  return join(CACHE_DIR, `${createHash('sha256').update(renderKey).update(svg).digest('hex')}.png`);
}

/** The card as a PNG (from the cache when the same card was drawn before). */
export function cachedOgPng(svg: string): Buffer {
  const file = cacheFile(svg);
  if (file && existsSync(file)) return readFileSync(file);
  const png = ogPng(svg);
  if (file) {
    mkdirSync(CACHE_DIR, { recursive: true });
    const part = `${file}.${process.pid}.tmp`;
    writeFileSync(part, png);
    renameSync(part, file); // atomic: concurrent builds never read half a file
  }
  return png;
}

/** resvg with the card's SVG and the bundled fonts only (for the PNG, or to measure what it draws). */
export function cardRenderer(svg: string): Resvg {
  return new Resvg(svg, {
    font: {
      fontFiles: FONT_FILES,
      loadSystemFonts: false,
      // a family the SVG names that is not bundled (or none named) is drawn in Noto Sans Hans, as before
      defaultFontFamily: CJK_FONT,
      sansSerifFamily: CJK_FONT,
      serifFamily: CJK_FONT,
      monospaceFamily: CJK_FONT,
    },
    fitTo: { mode: 'original' },
  });
}

/** The card as a PNG, drawn by resvg with the bundled fonts only. */
export function ogPng(svg: string): Buffer {
  return cardRenderer(svg).render().asPng();
}

let coverage: Set<number>[] | undefined;

/**
 * The card as a PNG; warns (once per card) when its text has characters the font lacks, which are drawn blank.
 * @param name what the card is for, in the warning (`og/spending-by-category.png`)
 */
export function ogCardPng(name: string, card: OgCard, tokens = lightTokens()): Buffer {
  coverage ??= cardCoverage();
  const text = [
    card.title,
    card.subtitle,
    card.footer,
    card.chart?.replace(/<title>[\s\S]*?<\/title>|<[^>]+>/g, ' ') ?? '',
  ].join(' ');
  const missing = new Set(coverage.flatMap((c) => missingCharacters(text, c)));
  if (missing.size)
    console.warn(`og-images: ${name}: the font has no glyph for ${[...missing].join(' ')}; they are drawn blank`);
  return cachedOgPng(ogSvg(card, tokens));
}
