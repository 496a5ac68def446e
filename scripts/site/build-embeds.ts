/**
 * After `astro build`: writes an embed page for every chart of the built site, `embed/<chart-id>/` and
 * `en/embed/<chart-id>/`: the chart exactly as its page renders it (SVG, title, subtitle, source, data table,
 * downloads), a source credit and a link back to the full view, no site navigation, social tags with the chart's
 * preview image, and a script that tells a parent page its height.
 *
 * Run as a command it is the whole post-build: first the chart downloads (chart-files.ts), then the social
 * preview images (og-images.ts), then the embed pages. Usage: tsx scripts/site/build-embeds.ts [distDir=dist]
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import zh from '../../src/i18n/zh.json' with { type: 'json' };
import en from '../../src/i18n/en.json' with { type: 'json' };
import embedZh from '../../src/i18n/pages/embed.zh.json' with { type: 'json' };
import embedEn from '../../src/i18n/pages/embed.en.json' with { type: 'json' };
import { writeChartFiles } from './chart-files';
import { embedSocialTags, writeOgImages } from './og-images';
import { basePath, htmlPages, NOT_CHART_PAGES, pageLocale, siteUrl } from './site-pages';

const WORDS = { zh: { ...zh, ...embedZh }, en: { ...en, ...embedEn } };

export interface EmbedPage {
  id: string;
  locale: 'zh' | 'en';
  /** the page the chart is on, relative to dist (`spending/index.html`) */
  from: string;
  file: string;
  html: string;
}

/** `<chart title> · <site title>`, or as much of it as fits the 70 characters a page title should not pass. */
export function pageTitle(title: string, site: string, max = 70): string {
  const full = `${title} · ${site}`;
  if ([...full].length <= max) return full;
  const chars = [...title];
  return chars.length <= max
    ? title
    : `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}

const escape = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The embed pages for every chart in `dist`; throws if two pages give a chart the same id. */
export function embedPages(dist: string): EmbedPage[] {
  const out: EmbedPage[] = [];
  const seen = new Map<string, string>();
  for (const from of htmlPages(dist).filter((p) => !NOT_CHART_PAGES.test(p))) {
    const { document } = parseHTML(readFileSync(join(dist, from), 'utf8'));
    const locale = pageLocale(document);
    const w = WORDS[locale];
    const base = basePath(document);
    const pageUrl =
      document.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
      `${base}${from.replace(/index\.html$/, '')}`;
    for (const figure of document.querySelectorAll('figure[data-chart]')) {
      const id = figure.id;
      const key = `${locale}:${id}`;
      if (seen.has(key)) throw new Error(`build-embeds: chart id ${id} is on both ${seen.get(key)} and ${from}`);
      seen.set(key, from);
      // the share control gives the page's permalink and citation: the full view has it, the embed links there
      for (const share of figure.querySelectorAll('[data-chart-share]')) share.remove();
      for (const a of figure.querySelectorAll('a[href]:not([download])')) {
        a.setAttribute('target', '_blank');
        a.setAttribute('rel', 'noopener');
      }
      // the unit switch (src/client/unit-switch.ts) rewrites the subtitle from the template on the figure's wrapper
      const unitSubtitle = figure.closest('[data-unit-subtitle]')?.getAttribute('data-unit-subtitle');
      const title = figure.querySelector('.chart-title')?.textContent?.trim() ?? id;
      const alt = figure.querySelector(`#${id}-alt`)?.textContent?.trim() ?? title;
      const styles = [...document.querySelectorAll('link[rel="stylesheet"]')].map((l) => l.outerHTML).join('\n    ');
      const scripts = [...document.querySelectorAll('script[type="module"][src]')]
        .map((s) => s.outerHTML)
        .join('\n    ');
      const full = `${pageUrl}#${id}`;
      const prefix = locale === 'en' ? 'en/' : '';
      const html = `<!DOCTYPE html>
<html lang="${locale === 'zh' ? 'zh-CN' : 'en'}" class="embed">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>${pageTitle(title, w['site.title']).replace(/&/g, '&amp;').replace(/</g, '&lt;')}</title>
    <meta name="description" content="${escape(alt)}">
    <link rel="canonical" href="${escape(siteUrl(document, `${prefix}embed/${id}/`))}">
    <link rel="alternate" hreflang="zh-CN" href="${escape(siteUrl(document, `embed/${id}/`))}">
    <link rel="alternate" hreflang="en" href="${escape(siteUrl(document, `en/embed/${id}/`))}">
    <meta name="color-scheme" content="light dark">
    <meta property="og:title" content="${escape(title)}">
    <meta property="og:description" content="${escape(alt)}">
    ${embedSocialTags(document, id, title, alt)}
    <link rel="icon" href="${base}favicon.svg" type="image/svg+xml">
    <script src="${base}theme-init.js"></script>
    ${styles}
    ${scripts}
    <script src="${base}embed-child.js" defer></script>
  </head>
  <body>
    <main id="main" class="embed-main" data-embed="${escape(id)}">
      ${unitSubtitle == null ? figure.outerHTML : `<div data-unit-subtitle="${escape(unitSubtitle)}">${figure.outerHTML}</div>`}
      <p class="embed-credit">${escape(w['embed.credit'])} <a href="${escape(full)}" target="_blank" rel="noopener">${escape(w['embed.fullView'])}</a></p>
    </main>
  </body>
</html>
`;
      out.push({ id, locale, from, file: `${prefix}embed/${id}/index.html`, html });
    }
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = process.argv[2] ?? 'dist';
  const files = writeChartFiles(dist);
  console.log(
    `chart files: ${files.length} files (CSV, JSON, SVG) → ${join(dist, 'charts')}, ${join(dist, 'en/charts')}`,
  );
  const images = writeOgImages(dist);
  console.log(`social images: ${images.length} PNG cards → ${join(dist, 'og')}, ${join(dist, 'en/og')}`);
  const written = embedPages(dist);
  for (const p of written) {
    mkdirSync(join(dist, p.file, '..'), { recursive: true });
    writeFileSync(join(dist, p.file), p.html);
  }
  console.log(
    `embeds: ${written.length} embed pages (${new Set(written.map((p) => p.id)).size} charts × locales) → ${dist}`,
  );
}
