/**
 * After `astro build`: for every chart of the built site, writes its downloads next to the pages —
 * `charts/<id>.csv` (UTF-8 with a BOM), `.json` and `.svg` (standalone), under `en/` for English — from the data
 * block ChartFigure put in the page, then removes the data blocks from the pages. Pages already processed (no
 * data block left) are skipped, so running it twice changes nothing.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseHTML } from 'linkedom';
import { toCsv, toJson, type ChartData } from '../../src/components/chart/chart-data';
import { htmlPages, localePrefix, pageLocale } from './site-pages';
import { lightTokens, standaloneSvg } from './standalone-svg';

/** ChartFigure's data block: `<script type="application/json" data-chart-data="<id>">{…}</script>`. */
const DATA_BLOCK = /<script\b[^>]*\bdata-chart-data="([^"]*)"[^>]*>([\s\S]*?)<\/script>\s*/g;

export interface ChartFile {
  /** relative to dist, e.g. `en/charts/spending-by-category.csv` */
  file: string;
  content: string;
}

export interface PageResult {
  /** the page, relative to dist */
  page: string;
  /** the page without its data blocks */
  html: string;
  files: ChartFile[];
}

/**
 * The chart files of one built page and the page without its data blocks.
 * @throws if a data block is not valid JSON, names no chart of the page, or disagrees with the page's locale
 */
export function chartFilesOf(page: string, html: string, tokens = lightTokens()): PageResult {
  const blocks = [...html.matchAll(DATA_BLOCK)];
  if (blocks.length === 0) return { page, html, files: [] };
  const { document } = parseHTML(html);
  const locale = pageLocale(document);
  const files: ChartFile[] = [];
  for (const [, id, json] of blocks) {
    let data: ChartData;
    try {
      data = JSON.parse(json!) as ChartData;
    } catch (error) {
      throw new Error(`${page}: the data block of chart ${id} is not JSON: ${(error as Error).message}`, {
        cause: error,
      });
    }
    if (data.id !== id || data.locale !== locale)
      throw new Error(`${page}: data block ${id} is for ${data.id} (${data.locale}), on a ${locale} page`);
    const figure = document.querySelector(`figure[data-chart][id="${id}"]`);
    const svg = figure?.querySelector('.chart-graphic--wide svg');
    if (!figure || !svg) throw new Error(`${page}: data block ${id} has no chart figure with an SVG`);
    const source = figure.querySelector('.chart-source')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    const alt = figure.querySelector(`[id="${id}-alt"]`)?.textContent?.trim() ?? '';
    const at = `${localePrefix(locale)}charts/${id}`;
    files.push(
      { file: `${at}.csv`, content: toCsv(data) },
      { file: `${at}.json`, content: toJson(data) },
      {
        file: `${at}.svg`,
        content: standaloneSvg(svg.outerHTML, {
          title: data.title,
          description: [data.subtitle, alt, source].filter(Boolean).join('\n'),
          tokens,
        }),
      },
    );
  }
  return { page, html: html.replace(DATA_BLOCK, ''), files };
}

/**
 * Writes the chart files of every page of `dist` and removes the data blocks from the pages.
 * @throws if two pages of one language give a chart the same id
 * @returns the files written, relative to dist
 */
export function writeChartFiles(dist: string): string[] {
  const tokens = lightTokens();
  const written = new Map<string, string>();
  for (const page of htmlPages(dist)) {
    const result = chartFilesOf(page, readFileSync(join(dist, page), 'utf8'), tokens);
    if (result.files.length === 0) continue;
    for (const { file, content } of result.files) {
      if (written.has(file))
        throw new Error(`chart-files: ${file} would be written by both ${written.get(file)} and ${page}`);
      written.set(file, page);
      mkdirSync(dirname(join(dist, file)), { recursive: true });
      writeFileSync(join(dist, file), content);
    }
    writeFileSync(join(dist, page), result.html);
  }
  return [...written.keys()];
}
