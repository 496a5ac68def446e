/**
 * The site's one way to write HTML (and SVG/XML) by hand: `escapeHtml` for text and attribute values, and
 * `fillHtml` for translated sentences whose `{name}` placeholders take HTML (linked figures, links).
 * Prefer Astro's own escaping (a value rendered with `{…}` in a template); use this module where a string of
 * markup has to be built: linked figures (figure.ts), filled sentences (src/lib/pages/), the briefing deck, the
 * embed code, chart SVGs (render-plot.ts, share/) and glossary marks (terms.ts, zh-marks.ts). It imports nothing.
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/**
 * `text` safe as HTML/XML text content and as a double-quoted attribute value (the only kind of attribute this
 * site writes; `'` is left as it is, so an embed code with an apostrophe in its title reads as it did).
 * @example escapeHtml('<a href="x">&</a>') // '&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ESCAPES[c]!);
}

/**
 * The `{name}` placeholders of a template, in order of appearance.
 * @example placeholders('{a} and {b}') // ['a', 'b']
 */
export function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
}

/**
 * Fills `{name}` placeholders of a translated template: the template is text and gets escaped, the parts are
 * HTML already (build them with escapeHtml, linkHtml or figureHtml from src/lib/figure.ts). `text` turns the
 * template's own text into HTML ([text=escapeHtml]; zhHtml of src/lib/zh-marks.ts marks Chinese in English).
 * @throws if the template names a part that is not given
 * @example fillHtml('执行率{rate}<br>', { rate: '<b>60%</b>' }) // '执行率<b>60%</b>&lt;br&gt;'
 */
export function fillHtml(
  template: string,
  parts: Readonly<Record<string, string>>,
  text: (piece: string) => string = escapeHtml,
): string {
  return template
    .split(/(\{\w+\})/)
    .map((piece) => {
      const name = /^\{(\w+)\}$/.exec(piece)?.[1];
      if (name === undefined) return text(piece);
      const part = parts[name];
      if (part === undefined) throw new Error(`fillHtml: no value for {${name}} in ${JSON.stringify(template)}`);
      return part;
    })
    .join('');
}

/**
 * A link with escaped `href` and text.
 * @example linkHtml('/en/scores/', 'Scores & more') // '<a href="/en/scores/">Scores &amp; more</a>'
 */
export function linkHtml(href: string, text: string): string {
  return `<a href="${escapeHtml(href)}">${escapeHtml(text)}</a>`;
}
