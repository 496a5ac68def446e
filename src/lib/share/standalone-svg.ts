/**
 * A chart's SVG from a built page as a file that stands alone: the SVG namespace, the light theme's colours
 * written into the attributes that referred to CSS variables (every SVG viewer, not only browsers, can draw it),
 * a <style> with the rules the site's CSS gives charts (src/styles/chart.css, `.plot`), a white background, the
 * chart's title and description, and none of the page's scripting hooks (data-*, aria-describedby).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { escapeHtml } from '../html';

const SVG_NS = 'http://www.w3.org/2000/svg';
// from the project root: Astro bundles this module into a chunk elsewhere
const TOKENS = resolve(process.cwd(), 'src/styles/tokens.css');

/** The light theme's custom properties (the first `:root { … }` of src/styles/tokens.css), without `--`. */
export function lightTokens(css: string = readFileSync(TOKENS, 'utf8')): Map<string, string> {
  const block = /:root\s*\{([^}]*)\}/.exec(css.replace(/\/\*[\s\S]*?\*\//g, ''))?.[1];
  if (!block) throw new Error('lightTokens: no :root block in tokens.css');
  const tokens = new Map<string, string>();
  for (const [, name, value] of block.matchAll(/--([\w-]+)\s*:\s*([^;]+);/g))
    tokens.set(name!, value!.replace(/\s+/g, ' ').trim());
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
}

/**
 * @param svg a chart's `<svg …>…</svg>` as the page has it (renderPlot's output)
 * @throws if the markup has no <svg> root or refers to a CSS variable the theme does not define
 */
export function standaloneSvg(
  svg: string,
  { title, description, tokens = lightTokens(), fontFamily, declaration = true }: StandaloneOptions,
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
  const attributes = [...root.attributes].map((a) => ` ${a.name}="${escapeHtml(a.value)}"`).join('');
  const style = `.plot{color:${fg};font-family:${font}}.plot text,.plot tspan{white-space:pre}`;
  return [
    declaration ? '<?xml version="1.0" encoding="UTF-8"?>\n' : '',
    `<svg xmlns="${SVG_NS}"${attributes}>\n`,
    `<title>${escapeHtml(title)}</title>\n`,
    `<desc>${escapeHtml(description)}</desc>\n`,
    `<style>${escapeHtml(style)}</style>\n`,
    `<rect width="100%" height="100%" fill="${escapeHtml(bg)}"/>\n`,
    root.innerHTML,
    '\n</svg>\n',
  ].join('');
}
