/**
 * A chart's SVG from a built page as a file that stands alone: the SVG namespace, the light theme's colours
 * written into the attributes that referred to CSS variables (every SVG viewer, not only browsers, can draw it),
 * a <style> with the rules the site's CSS gives charts (src/styles/chart.css, `.plot`), a white background, the
 * chart's title and description, and none of the page's scripting hooks (data-*, aria-describedby). With a
 * `frame`, the file also shows, as text around the chart with a margin, its title, subtitle (which names the
 * unit), source and credit, so that the SVG (and the PNG drawn from it) can be read on its own.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { escapeHtml } from '../html';
import { wrapText } from '../text-measure';

const SVG_NS = 'http://www.w3.org/2000/svg';
// from the project root: Astro bundles this module into a chunk elsewhere
const TOKENS = resolve(process.cwd(), 'src/styles/tokens.css');

/**
 * The light theme's custom properties (the first `:root { … }` of src/styles/tokens.css), without `--`: of a
 * `light-dark(light, dark)` value, the light one.
 */
export function lightTokens(css: string = readFileSync(TOKENS, 'utf8')): Map<string, string> {
  const block = /:root\s*\{([^}]*)\}/.exec(css.replace(/\/\*[\s\S]*?\*\//g, ''))?.[1];
  if (!block) throw new Error('lightTokens: no :root block in tokens.css');
  const tokens = new Map<string, string>();
  for (const [, name, value] of block.matchAll(/--([\w-]+)\s*:\s*([^;]+);/g))
    tokens.set(
      name!,
      value!
        .replace(/\s+/g, ' ')
        .trim()
        .replace(/^light-dark\(\s*([^,]+?)\s*,[^)]*\)$/, '$1'),
    );
  return tokens;
}

export interface StandaloneOptions {
  /** the chart's title (the SVG's <title>) */
  title: string;
  /** what it shows and where the figures come from (the SVG's <desc>) */
  description: string;
  /** [lightTokens()] the colours and fonts CSS variables stand for */
  tokens?: Map<string, string>;
  /** [the site's font stack] the font family, e.g. one a renderer has loaded */
  fontFamily?: string;
  /** [true] start with an XML declaration (false to nest the SVG in another) */
  declaration?: boolean;
  /** [none] visible words around the chart: title and subtitle above it, source and credit lines below it */
  frame?: SvgFrame;
}

/** The words a standalone file shows around its chart. */
export interface SvgFrame {
  title: string;
  /** what is measured, with its unit */
  subtitle: string;
  /** lines under the chart: the source, then the credit */
  footer: readonly string[];
}

/** The frame's layout, in px (the chart's own units). */
export const FRAME = { margin: 24, title: 18, subtitle: 14, footer: 12, gap: 16 } as const;

/**
 * @param svg a chart's `<svg …>…</svg>` as the page has it (renderPlot's output)
 * @throws if the markup has no <svg> root or refers to a CSS variable the theme does not define
 */
export function standaloneSvg(
  svg: string,
  { title, description, tokens = lightTokens(), fontFamily, declaration = true, frame }: StandaloneOptions,
): string {
  const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
  const root = document.querySelector('body > svg');
  if (!root) throw new Error('standaloneSvg: expected an <svg> element');
  const resolve = (value: string) =>
    value.replace(/var\(--([\w-]+)\)/g, (_, name: string) => {
      const token = tokens.get(name);
      if (token === undefined)
        throw new Error(`standaloneSvg: the chart uses var(--${name}), which tokens.css does not define`);
      return token;
    });
  for (const el of [root, ...root.querySelectorAll('*')]) {
    for (const { name, value } of [...el.attributes]) {
      if (name.startsWith('data-') || name === 'aria-describedby' || name === 'tabindex' || name === 'xmlns')
        el.removeAttribute(name);
      else if (value.includes('var(')) el.setAttribute(name, resolve(value));
    }
  }
  const fg = tokens.get('fg') ?? '#000';
  const bg = tokens.get('bg') ?? '#fff';
  const font = fontFamily ?? tokens.get('font-sans') ?? 'sans-serif';
  root.setAttribute('color', fg);
  root.setAttribute('font-family', font);
  const attributes = (el: Element) => [...el.attributes].map((a) => ` ${a.name}="${escapeHtml(a.value)}"`).join('');
  const style = `.plot{color:${fg};font-family:${font}}.plot text,.plot tspan{white-space:pre}`;
  const head = (rootTag: string) => [
    declaration ? '<?xml version="1.0" encoding="UTF-8"?>\n' : '',
    rootTag,
    `<title>${escapeHtml(title)}</title>\n`,
    `<desc>${escapeHtml(description)}</desc>\n`,
    `<style>${escapeHtml(style)}</style>\n`,
    `<rect width="100%" height="100%" fill="${escapeHtml(bg)}"/>\n`,
  ];
  if (!frame) return [...head(`<svg xmlns="${SVG_NS}"${attributes(root)}>\n`), root.innerHTML, '\n</svg>\n'].join('');

  // the frame: title and subtitle above the chart, the footer lines below it, a margin all round
  const muted = tokens.get('muted') ?? fg;
  const { width, height } = svgSize(root);
  const { margin, gap } = FRAME;
  const parts: string[] = [];
  let y = margin; // the top of the next line
  const lines = (text: string, size: number, fill: string, weight = '') => {
    // bold Latin is wider than text-measure's table: wrap the title within a narrower width
    for (const line of wrapText(text, weight ? width * 0.85 : width, size)) {
      parts.push(
        `<text x="${margin}" y="${y + size}" font-size="${size}"${weight} fill="${escapeHtml(fill)}">${escapeHtml(line)}</text>\n`,
      );
      y += size * 1.4;
    }
  };
  lines(frame.title, FRAME.title, fg, ' font-weight="700"');
  lines(frame.subtitle, FRAME.subtitle, muted);
  y += gap;
  for (const [name, value] of Object.entries({ x: margin, y, width, height })) root.setAttribute(name, String(value));
  parts.push(`<svg${attributes(root)}>\n${root.innerHTML}\n</svg>\n`);
  y += height + gap;
  for (const line of frame.footer) lines(line, FRAME.footer, muted);
  const outerWidth = width + 2 * margin;
  const outerHeight = Math.ceil(y + margin);
  const lang = root.getAttribute('lang');
  const rootTag =
    `<svg xmlns="${SVG_NS}" width="${outerWidth}" height="${outerHeight}" viewBox="0 0 ${outerWidth} ${outerHeight}"` +
    ` role="img"${lang ? ` lang="${escapeHtml(lang)}"` : ''} color="${escapeHtml(fg)}" font-family="${escapeHtml(font)}">\n`;
  return [...head(rootTag), ...parts, '</svg>\n'].join('');
}

/** The chart's size in px: its width and height attributes, or its viewBox. */
function svgSize(root: Element): { width: number; height: number } {
  const box = (root.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
  const width = Number(root.getAttribute('width') ?? box[2]);
  const height = Number(root.getAttribute('height') ?? box[3]);
  if (!(width > 0 && height > 0)) throw new Error('standaloneSvg: the chart has no width and height');
  return { width, height };
}
