/** Shared by the chart-spec tests: parse a rendered SVG, and read a Plot spec's marks. */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';

/** The root element of an SVG string from renderPlot. */
export function parseSvg(svg: string): Element {
  const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
  const root = document.body.firstElementChild;
  if (!root) throw new Error('parseSvg: no element');
  return root as unknown as Element;
}

/** The texts of every <text> element, in document order (tspans joined). */
export function texts(root: Element): string[] {
  return [...root.querySelectorAll('text')].map((t) => t.textContent ?? '');
}

/** The data-tip of every mark, in document order. */
export function tips(root: Element): string[] {
  return [...root.querySelectorAll('[data-tip]')].map((el) => el.getAttribute('data-tip') ?? '');
}

/** The spec's marks, flattened. */
export function marksOf(options: Plot.PlotOptions): Plot.Mark[] {
  const out: Plot.Mark[] = [];
  const visit = (m: unknown): void => {
    if (Array.isArray(m)) m.forEach(visit);
    else if (m instanceof Plot.Mark) out.push(m);
  };
  visit(options.marks);
  return out;
}
