/**
 * After `astro build`: a 1200×630 preview image for social media (Open Graph, Twitter cards) of every chart,
 * `og/<chart-id>.png` (`en/og/…` in English), and one for the site, `og/site.png`; every page's og:image and
 * twitter:image (written by src/components/PageMeta.astro with the site's card) then point to its first chart's
 * image. Text is set in Noto Sans Hans from the npm package @embedpdf/fonts-sc (OTF, GB2312 coverage), with no
 * system fonts, so the images are the same on every machine.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import { parseHTML } from 'linkedom';
import zh from '../../src/i18n/zh.json' with { type: 'json' };
import en from '../../src/i18n/en.json' with { type: 'json' };
import { fontCoverage, missingCharacters } from './font-coverage';
import { htmlPages, localePrefix, NOT_CHART_PAGES, pageLocale, siteUrl } from './site-pages';
import { lightTokens, standaloneSvg } from './standalone-svg';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
const FONT = 'Noto Sans Hans';
const FONT_DIR = join(dirname(dirname(createRequire(import.meta.url).resolve('@embedpdf/fonts-sc'))), 'fonts');
export const FONT_FILES = ['NotoSansHans-Regular.otf', 'NotoSansHans-Bold.otf'].map((f) => join(FONT_DIR, f));
const WORDS = { zh, en };
const MARGIN = 64;

const escape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Estimated advance of one character in em: CJK and full-width forms 1, Latin letters and digits about 0.55. */
function advance(c: string): number {
  const code = c.codePointAt(0)!;
  if (code >= 0x2e80 || (code >= 0xff00 && code <= 0xffef)) return 1;
  if (c === ' ') return 0.26;
  if (/[A-Z]/.test(c)) return 0.64;
  if (/[il.,:;'!|]/.test(c)) return 0.28;
  return 0.56;
}

/**
 * `text` broken into at most `maxLines` lines no wider than `width` at `size` px (widths estimated), the last
 * one ending in `…` if the text does not fit. Latin text breaks at spaces, CJK text anywhere.
 */
export function wrapText(text: string, size: number, width: number, maxLines: number): string[] {
  const tokens = text.match(/[A-Za-z0-9'’.,:;%()\-–]+\s*|\s+|./gsu) ?? [];
  const lines: string[] = [];
  let line = '';
  let used = 0;
  const measure = (s: string) => [...s].reduce((sum, c) => sum + advance(c), 0) * size;
  for (const token of tokens) {
    const w = measure(token);
    if (used + measure(token.trimEnd()) > width && line.trim()) {
      lines.push(line.trimEnd());
      line = '';
      used = 0;
      if (token.trim() === '') continue;
    }
    line += token;
    used += w;
  }
  if (line.trim()) lines.push(line.trimEnd());
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1]!;
  while (last && measure(`${last}…`) > width) last = [...last].slice(0, -1).join('');
  kept[maxLines - 1] = `${last.trimEnd()}…`;
  return kept;
}

export interface OgCard {
  title: string;
  subtitle: string;
  /** the chart's SVG as the page has it; none for the site's card */
  chart?: string;
  /** the line at the bottom: site title and source */
  footer: string;
}

/** The card as an SVG of 1200×630: title and subtitle on top, the chart scaled into the middle, the footer. */
export function ogSvg({ title, subtitle, chart, footer }: OgCard, tokens = lightTokens()): string {
  const color = (name: string) => tokens.get(name) ?? '#000';
  const width = OG_WIDTH - 2 * MARGIN;
  const titleSize = chart ? 40 : 60;
  const titleLines = wrapText(title, titleSize, width, chart ? 2 : 3);
  const subtitleSize = chart ? 22 : 30;
  const subtitleLines = wrapText(subtitle, subtitleSize, width, chart ? 1 : 3);
  const parts: string[] = [];
  let y = MARGIN + titleSize * 0.9;
  for (const line of titleLines) {
    parts.push(
      `<text x="${MARGIN}" y="${y}" font-size="${titleSize}" font-weight="700" fill="${color('fg')}">${escape(line)}</text>`,
    );
    y += titleSize * 1.3;
  }
  y += subtitleSize * 0.2;
  for (const line of subtitleLines) {
    parts.push(
      `<text x="${MARGIN}" y="${y}" font-size="${subtitleSize}" fill="${color('muted')}">${escape(line)}</text>`,
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
      fontFamily: FONT,
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
  const [footerLine] = wrapText(footer, 20, width, 1);
  parts.push(
    `<text x="${MARGIN}" y="${footerY}" font-size="20" fill="${color('muted')}">${escape(footerLine ?? '')}</text>`,
  );
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" viewBox="0 0 ${OG_WIDTH} ${OG_HEIGHT}" font-family="${FONT}">` +
    `<rect width="${OG_WIDTH}" height="${OG_HEIGHT}" fill="${color('bg')}"/>` +
    `<rect width="${OG_WIDTH}" height="8" fill="${color('c1')}"/>` +
    parts.join('') +
    '</svg>'
  );
}

/**
 * Drawn cards are kept in node_modules/.cache/og-images/ under the hash of what determines them (the card's SVG,
 * resvg's version, the font files), so a rebuild draws only the cards that changed. OG_CACHE=off draws them all
 * (the determinism test does, to compare two real renderings).
 */
const CACHE_DIR = fileURLToPath(new URL('../../node_modules/.cache/og-images/', import.meta.url));
let renderKey: string | undefined;

function cacheFile(svg: string): string | null {
  if (process.env.OG_CACHE === 'off') return null;
  renderKey ??= createHash('sha256')
    .update(
      JSON.parse(readFileSync(createRequire(import.meta.url).resolve('@resvg/resvg-js/package.json'), 'utf8')).version,
    )
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

/** The card as a PNG, drawn by resvg with the bundled fonts only. */
export function ogPng(svg: string): Buffer {
  const resvg = new Resvg(svg, {
    font: {
      fontFiles: FONT_FILES,
      loadSystemFonts: false,
      defaultFontFamily: FONT,
      sansSerifFamily: FONT,
      serifFamily: FONT,
      monospaceFamily: FONT,
    },
    fitTo: { mode: 'original' },
  });
  return resvg.render().asPng();
}

const META = {
  image: /(<meta (?:property|name)="(?:og:image|twitter:image)" content=")[^"]*og\/site\.png(")/g,
  alt: /(<meta (?:property|name)="(?:og:image:alt|twitter:image:alt)" content=")[^"]*(")/g,
};

/** The social tags of an embed page: its chart's card. */
export function embedSocialTags(document: Document, id: string, title: string, description: string): string {
  const image = siteUrl(document, `${localePrefix(pageLocale(document))}og/${id}.png`);
  return [
    ['property', 'og:type', 'website'],
    ['property', 'og:image', image],
    ['property', 'og:image:width', String(OG_WIDTH)],
    ['property', 'og:image:height', String(OG_HEIGHT)],
    ['property', 'og:image:alt', title],
    ['name', 'twitter:card', 'summary_large_image'],
    ['name', 'twitter:title', title],
    ['name', 'twitter:description', description],
    ['name', 'twitter:image', image],
    ['name', 'twitter:image:alt', title],
  ]
    .map(([kind, key, value]) => `<meta ${kind}="${key}" content="${escape(value!)}">`)
    .join('\n    ');
}

/**
 * Writes the site's and every chart's card into `dist` and points each page's social tags to its first chart's
 * card. Run after chart-files (so the pages carry no data blocks) and before the embed pages.
 * @returns the images written, relative to dist
 */
export function writeOgImages(dist: string): string[] {
  const tokens = lightTokens();
  const written = new Set<string>();
  const coverage = FONT_FILES.map(fontCoverage);
  const write = (file: string, card: OgCard) => {
    if (written.has(file)) return;
    written.add(file);
    const text = [
      card.title,
      card.subtitle,
      card.footer,
      card.chart?.replace(/<title>[\s\S]*?<\/title>|<[^>]+>/g, ' ') ?? '',
    ].join(' ');
    const missing = new Set(coverage.flatMap((c) => missingCharacters(text, c)));
    if (missing.size)
      console.warn(`og-images: ${file}: the font has no glyph for ${[...missing].join(' ')}; they are drawn blank`);
    mkdirSync(dirname(join(dist, file)), { recursive: true });
    writeFileSync(join(dist, file), cachedOgPng(ogSvg(card, tokens)));
  };
  for (const locale of ['zh', 'en'] as const) {
    const w = WORDS[locale];
    const subtitle = `${w['site.tagline']}${locale === 'zh' ? '。' : '. '}${w['site.description']}`;
    write(`${localePrefix(locale)}og/site.png`, { title: w['site.title'], subtitle, footer: w['footer.source'] });
  }
  for (const page of htmlPages(dist).filter((p) => !/(^|\/)embed\//.test(p))) {
    const html = readFileSync(join(dist, page), 'utf8');
    const { document } = parseHTML(html);
    const locale = pageLocale(document);
    const figures = NOT_CHART_PAGES.test(page) ? [] : [...document.querySelectorAll('figure[data-chart]')];
    for (const figure of figures) {
      const chart = figure.querySelector('.chart-graphic--wide svg');
      if (!chart) throw new Error(`${page}: chart ${figure.id} has no SVG`);
      write(`${localePrefix(locale)}og/${figure.id}.png`, {
        title: figure.querySelector('.chart-title')?.textContent?.trim() ?? figure.id,
        subtitle: figure.querySelector('.chart-subtitle')?.textContent?.trim() ?? '',
        chart: chart.outerHTML,
        footer: `${WORDS[locale]['site.title']} · ${figure.querySelector('.chart-source')?.textContent?.replace(/\s+/g, ' ').trim() ?? ''}`,
      });
    }
    const first = figures[0];
    if (!first) continue; // the page keeps the site's card
    const image = siteUrl(document, `${localePrefix(locale)}og/${first.id}.png`);
    const alt = first.querySelector('.chart-title')?.textContent?.trim() ?? first.id;
    const updated = html
      .replace(META.image, (_, open: string, close: string) => `${open}${escape(image)}${close}`)
      .replace(META.alt, (_, open: string, close: string) => `${open}${escape(alt)}${close}`);
    if (updated !== html) writeFileSync(join(dist, page), updated);
  }
  return [...written];
}
