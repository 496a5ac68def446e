/**
 * The briefing as one self-contained HTML file, for a room without a network: the deck's markup (the same
 * BriefingDeck.astro the page renders), its stylesheet, its first-paint script and its deck script, all inline.
 * Nothing in it is fetched: fonts are the system's, charts and QR codes are inline SVG, and links to the site are
 * absolute (when the build knows SITE_URL) or plain text (a root-relative link opened from file:// leads nowhere).
 * The file is assembled here; src/lib/routes/briefing-file-route.ts renders and compiles the parts at build time.
 */
import { data } from './data';
import { escapeHtml } from './html';
import { htmlLang, type Locale } from './i18n';

/** The file's place beside the deck: `/briefing/deck.html`, `/en/briefing/deck.html`. */
export const BRIEFING_FILE = 'deck.html';

/**
 * The name the file is saved as: the report's own file name (the manifest's source) and the language.
 * @example briefingFileName('en') // 'fengtai-sti-2019-briefing.en.html'
 */
export function briefingFileName(locale: Locale, { custom = false } = {}): string {
  const report = data.manifest.source.file.replace(/\.[^.]+$/, '');
  return `${report}-briefing${custom ? '-custom' : ''}.${locale}.html`;
}

/**
 * The deck's links made to work from a file: a root-relative `href` becomes absolute against `site`, or, without
 * a site, the link becomes a <span> with the same attributes and text (its figure still reads; it leads nowhere).
 * Fragment links (`#slide-3`) and absolute links stay as they are.
 */
export function standaloneLinks(html: string, site?: URL | string): string {
  return html.replace(/<a\b([^>]*)>([\s\S]*?)<\/a>/g, (link, attributes: string, text: string) => {
    const href = /\shref="([^"]*)"/.exec(attributes)?.[1];
    if (href === undefined || !href.startsWith('/')) return link;
    if (site)
      return `<a${attributes.replace(/\shref="[^"]*"/, ` href="${escapeHtml(new URL(href.replace(/&amp;/g, '&'), site).href)}"`)}>${text}</a>`;
    return `<span${attributes.replace(/\s(href|download)="[^"]*"/g, '')}>${text}</span>`;
  });
}

export interface BriefingFileParts {
  locale: Locale;
  title: string;
  description: string;
  /** the deck's markup (BriefingDeck.astro, standalone) */
  deck: string;
  /** src/styles/briefing.css */
  css: string;
  /** public/briefing-init.js: lays the deck out before the first paint */
  init: string;
  /** src/client/briefing.ts compiled to one classic script */
  script: string;
  site?: URL | string;
}

/** Inline text that would end its element early (`</script`, `</style`) makes the file invalid: refuse it. */
function inline(tag: 'script' | 'style', text: string): string {
  if (new RegExp(`</${tag}`, 'i').test(text)) throw new Error(`briefing file: the inline ${tag} contains </${tag}`);
  return `<${tag}>${text.trim()}</${tag}>`;
}

/** The whole file. */
export function briefingFileHtml(p: BriefingFileParts): string {
  return [
    '<!DOCTYPE html>',
    `<html lang="${htmlLang(p.locale)}" class="briefing">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(p.title)}</title>`,
    `<meta name="description" content="${escapeHtml(p.description.trim().replace(/\s+/g, ' '))}">`,
    inline('style', p.css),
    inline('script', p.init),
    '</head>',
    '<body>',
    standaloneLinks(p.deck, p.site),
    inline('script', p.script),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
