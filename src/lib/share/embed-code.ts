/**
 * The HTML a publisher pastes to embed a chart: an iframe with a title (screen readers announce it) and the
 * script that sizes it (README, "Embedding a chart"). Used at build time and by src/client/chart-share.ts.
 */
import { escapeHtml } from '../html';

export interface EmbedCodeOptions {
  /** the embed page, e.g. `https://example.org/embed/spending-by-category/?unit=yuan` */
  src: string;
  /** the iframe's title: the chart's title */
  title: string;
  /** the iframe's height before /embed.js resizes it, in CSS pixels */
  height: number;
  /** /embed.js of the site */
  script: string;
}

/**
 * @example embedCode({ src: '/embed/x/', title: 'A & B', height: 640, script: '/embed.js' })
 *   // '<iframe src="/embed/x/" title="A &amp; B" width="100%" height="640" style="border:0" loading="lazy"></iframe>\n<script src="/embed.js" async></script>'
 */
export function embedCode({ src, title, height, script }: EmbedCodeOptions): string {
  if (!Number.isFinite(height) || height <= 0) throw new Error(`embedCode: invalid height ${height}`);
  return (
    `<iframe src="${escapeHtml(src)}" title="${escapeHtml(title)}" width="100%" height="${Math.round(height)}" style="border:0" loading="lazy"></iframe>\n` +
    `<script src="${escapeHtml(script)}" async></script>`
  );
}
