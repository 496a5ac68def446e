/**
 * Normalises an SVG string for snapshot tests, as Plot's own test suite does, so a diff shows what really
 * changed: numbers rounded to 3 decimals, ids renumbered in document order (references follow), attributes
 * sorted, one element per line, indented by two spaces.
 */
import { DOMParser } from 'linkedom';

const NUMBER = /-?(?:\d+\.\d+|\.\d+|\d+)(?:e[-+]?\d+)?/gi;

/**
 * Rounds every decimal number in `text` to 3 places and drops trailing zeros (`-0` becomes `0`). A number written
 * with leading zeros keeps its integer digits: in text such as `1,074.18` the part after the thousands separator
 * is `074.18`, which must stay `074.18`, not become `74.18`.
 */
export function roundNumbers(text: string): string {
  return text.replace(NUMBER, (match) => {
    if (!/[.e]/i.test(match)) return match;
    const rounded = Math.round(Number(match) * 1000) / 1000;
    const out = String(Object.is(rounded, -0) ? 0 : rounded);
    const digits = /^-?(\d*)/.exec(match)![1]!;
    if (digits.length < 2 || !digits.startsWith('0') || /e/i.test(out)) return out;
    const [, sign = '', whole = '', fraction = ''] = /^(-?)(\d+)(.*)$/.exec(out)!;
    return `${sign}${whole.padStart(digits.length, '0')}${fraction}`;
  });
}

/**
 * Normalises `svg` (markup with an `<svg>` root) for comparison.
 * @example normalizeSvg('<svg><rect x="1.23456"/></svg>') // '<svg>\n  <rect x="1.235"></rect>\n</svg>\n'
 */
export function normalizeSvg(svg: string): string {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const root = doc.documentElement as unknown as Element;
  if (!root || root.tagName.toLowerCase() !== 'svg') throw new Error('normalizeSvg: expected an <svg> root');

  const ids = new Map<string, string>();
  for (const el of [root, ...root.querySelectorAll('[id]')]) {
    const id = el.getAttribute('id');
    if (id !== null) ids.set(id, `id-${ids.size + 1}`);
  }
  const rename = (value: string) =>
    value
      .replace(/url\(#([^)]+)\)/g, (m, id: string) => (ids.has(id) ? `url(#${ids.get(id)})` : m))
      .replace(/^#(.+)$/, (m, id: string) => (ids.has(id) ? `#${ids.get(id)}` : m));

  const lines: string[] = [];
  const visit = (el: Element, depth: number): void => {
    const pad = '  '.repeat(depth);
    const attrs = [...el.attributes]
      .map((a) => [a.name, a.name === 'id' ? (ids.get(a.value) ?? a.value) : roundNumbers(rename(a.value))])
      .sort(([a], [b]) => (a! < b! ? -1 : 1))
      .map(([name, value]) => ` ${name}="${escape(value!)}"`)
      .join('');
    const tag = el.tagName;
    const children = contents(el);
    const [only] = children;
    if (only === undefined || (children.length === 1 && typeof only === 'string')) {
      lines.push(`${pad}<${tag}${attrs}>${escape(roundNumbers(only ?? ''))}</${tag}>`);
      return;
    }
    lines.push(`${pad}<${tag}${attrs}>`);
    for (const child of children) {
      if (typeof child === 'string') lines.push(`${pad}  ${escape(roundNumbers(child))}`);
      else visit(child, depth + 1);
    }
    lines.push(`${pad}</${tag}>`);
  };
  visit(root, 0);
  return `${lines.join('\n')}\n`;
}

/** Child elements and non-blank runs of text (adjacent text nodes joined, trimmed). */
function contents(el: Element): (Element | string)[] {
  const out: (Element | string)[] = [];
  let text = '';
  const flush = () => {
    if (text.trim()) out.push(text.trim());
    text = '';
  };
  for (const node of el.childNodes) {
    if (node.nodeType === 1) {
      flush();
      out.push(node as Element);
    } else if (node.nodeType === 3 || node.nodeType === 4) text += node.textContent ?? '';
  }
  flush();
  return out;
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
}
