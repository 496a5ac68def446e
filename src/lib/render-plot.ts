/**
 * Renders an Observable Plot chart to an SVG string at build time, without a browser. The string is ready to
 * inline in a page with a strict Content-Security-Policy and to pass axe: no inline <style>, no aria-label on
 * groups, a labelled role="img" root, ids unique per chart and stable between builds.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { escapeHtml } from './html';
import { NARROW_WIDTH } from './charts/narrow';

export interface RenderOptions {
  /** the chart's id (ChartFigure's `id`); prefixes the SVG's own ids so several charts share a page */
  id: string;
  /** a short text alternative for the svg; the figure carries the longer one and the data table */
  ariaLabel: string;
}

/** Plot options that would make Plot return a <figure>; ChartFigure renders these in HTML instead. */
const FIGURE_OPTIONS = ['title', 'subtitle', 'caption'] as const;
const LEGEND_SCALES = ['color', 'opacity', 'symbol', 'r'] as const;

function assertRenderable(options: Plot.PlotOptions): void {
  for (const name of FIGURE_OPTIONS) {
    if (options[name] != null) throw new Error(`renderPlot: set the ${name} in ChartFigure, not in Plot`);
  }
  for (const name of LEGEND_SCALES) {
    const scale = options[name] as { legend?: unknown } | undefined;
    if (scale?.legend) throw new Error(`renderPlot: ${name}.legend renders HTML; write the legend in the page`);
  }
  for (const mark of flatMarks(options.marks)) {
    if (mark instanceof Plot.Tip || (mark as { tip?: unknown }).tip) {
      throw new Error(`renderPlot: ${mark.constructor.name} has a tip, which needs a browser; use the title channel`);
    }
  }
}

function flatMarks(marks: Plot.PlotOptions['marks']): Plot.Mark[] {
  const out: Plot.Mark[] = [];
  const visit = (m: unknown): void => {
    if (Array.isArray(m)) m.forEach(visit);
    else if (m instanceof Plot.Mark) out.push(m);
  };
  visit(marks);
  return out;
}

/**
 * Renders `options` to an `<svg>` string: role="img" with `ariaLabel`, every mark and axis aria-hidden, Plot's
 * inline style removed (its rules live in src/styles/chart.css), ids renumbered as `<id>-<kind>-<n>`, and each
 * mark with a `<title>` (from Plot's `title` channel) also carrying the text in `data-tip` for the client tooltips.
 * @throws if the options set a title, subtitle, caption, legend or tip, which Plot can only render in a browser
 *   or as HTML
 * @example renderPlot({ marks: [Plot.barX(rows, { x: 'final_wan', y: 'name_zh', title: 'name_zh' })] },
 *   { id: 'spending-by-category', ariaLabel: 'Bar chart of spending by category' })
 */
export function renderPlot(options: Plot.PlotOptions, { id, ariaLabel }: RenderOptions): string {
  if (!/^[A-Za-z][\w-]*$/.test(id)) throw new Error(`renderPlot: invalid id ${JSON.stringify(id)}`);
  if (!ariaLabel.trim()) throw new Error(`renderPlot: chart ${id} needs an ariaLabel`);
  assertRenderable(options);
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const root = Plot.plot({ ...options, className: 'plot', document: document as unknown as Document });
  if (root.tagName.toLowerCase() !== 'svg') throw new Error(`renderPlot: Plot returned <${root.tagName}> for ${id}`);
  const svg = root as unknown as SVGSVGElement;

  for (const style of [...svg.querySelectorAll('style')]) style.remove();
  for (const el of svg.querySelectorAll('[aria-label], [aria-description], [aria-hidden]')) {
    el.removeAttribute('aria-label');
    el.removeAttribute('aria-description');
    el.removeAttribute('aria-hidden');
  }
  for (const child of svg.children) {
    if (child.tagName.toLowerCase() !== 'title') child.setAttribute('aria-hidden', 'true');
  }
  for (const title of svg.querySelectorAll('title')) {
    const text = title.textContent?.trim();
    if (text) title.parentElement?.setAttribute('data-tip', text);
  }
  renumberIds(svg, id);

  svg.setAttribute('class', 'plot'); // src/styles/chart.css styles `.plot`
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', ariaLabel);
  svg.removeAttribute('font-family');
  return svg.outerHTML;
}

/** Renames every id in document order to `<prefix>-<kind>-<n>` (kind from Plot's `plot-clip-7`) and updates references. */
function renumberIds(svg: Element, prefix: string): void {
  const renamed = new Map<string, string>();
  const counts = new Map<string, number>();
  for (const el of svg.querySelectorAll('[id]')) {
    const old = el.getAttribute('id') ?? '';
    const kind = /^plot-([a-z]+)-\d+$/.exec(old)?.[1] ?? 'id';
    const n = (counts.get(kind) ?? 0) + 1;
    counts.set(kind, n);
    renamed.set(old, `${prefix}-${kind}-${n}`);
    el.setAttribute('id', `${prefix}-${kind}-${n}`);
  }
  if (renamed.size === 0) return;
  const reference = /url\(#([^)]+)\)|^#(.+)$/g;
  for (const el of [svg, ...svg.querySelectorAll('*')]) {
    for (const attr of [...el.attributes]) {
      const value = attr.value.replace(reference, (match, inUrl?: string, inHref?: string) => {
        const target = renamed.get(inUrl ?? inHref ?? '');
        if (!target) return match;
        return inUrl ? `url(#${target})` : `#${target}`;
      });
      if (value !== attr.value) el.setAttribute(attr.name, value);
    }
  }
}

/**
 * Adds attributes to the root `<svg …>` of a string from renderPlot (values are escaped).
 * @example withSvgAttributes(svg, { 'aria-describedby': 'chart-1-alt' })
 */
export function withSvgAttributes(svg: string, attributes: Record<string, string>): string {
  if (!svg.startsWith('<svg')) throw new Error('withSvgAttributes: expected a string starting with <svg');
  const added = Object.entries(attributes)
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join('');
  return `<svg${added}${svg.slice(4)}`;
}

/**
 * A chart's two renderings (ChartSpec's `svg` and `svgNarrow`): `plot(width)` at its default width (`undefined`) and
 * at NARROW_WIDTH for phones and embeds, the narrow one's ids prefixed `<id>-narrow`.
 */
export function renderWideAndNarrow(
  plot: (width: number | undefined) => Plot.PlotOptions,
  { id, ...options }: RenderOptions,
): { svg: string; svgNarrow: string } {
  return {
    svg: renderPlot(plot(undefined), { id, ...options }),
    svgNarrow: renderPlot(plot(NARROW_WIDTH), { id: `${id}-narrow`, ...options }),
  };
}
