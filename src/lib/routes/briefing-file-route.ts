/**
 * The offline deck, `/briefing/deck.html` and `/en/briefing/deck.html` (src/pages/…/briefing/[file].ts): built once per
 * language at build time from the parts the page uses, assembled by src/lib/briefing-file.ts.
 *
 * - The markup is BriefingDeck.astro itself, rendered to a string by Astro's container API (`standalone`): one
 *   home for the slides, so the page and the file cannot differ.
 * - The script is src/client/briefing.ts (and what it imports) bundled by esbuild, which Vite ships and Astro
 *   builds with, into one minified classic script: the built page's own chunk has a hashed name this endpoint
 *   cannot know, and a `?raw` import would give TypeScript with unresolved imports. esbuild reads the sources from
 *   `src/client/` under the working directory, which is the project's root when `astro build` runs (Astro's own
 *   default root; astro.config.mjs sets no other).
 * - The stylesheet and the first-paint script are the files themselves (`?raw`), the CSS minified by esbuild.
 */
import { resolve } from 'node:path';
import type { APIRoute } from 'astro';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { build, transform } from 'esbuild';
import BriefingDeck from '../../components/briefing/BriefingDeck.astro';
import css from '../../styles/briefing.css?raw';
import init from '../../../public/briefing-init.js?raw';
import zh from '../../i18n/pages/briefing.zh.json';
import en from '../../i18n/pages/briefing.en.json';
import { available } from '../availability';
import { BRIEFING_FILE, briefingFileHtml } from '../briefing-file';
import { pageWords, type Locale } from '../i18n';

/** the deck page's own words (its title and description, the report's subject filled in) */
const words = pageWords(zh, en);

let parts: Promise<{ script: string; css: string }> | null = null;

/** The deck script and stylesheet, compiled once per build (both languages share them). */
function compiled(): Promise<{ script: string; css: string }> {
  parts ??= (async () => {
    const script = await build({
      entryPoints: [resolve(process.cwd(), 'src/client/briefing.ts')],
      bundle: true,
      write: false,
      format: 'iife',
      platform: 'browser',
      target: 'es2022',
      minify: true,
      legalComments: 'none',
      // the file has no download link: the custom deck's download (the script's one fetch) is left out
      define: { 'import.meta.env.BRIEFING_FILE': 'true' },
    });
    const style = await transform(css, { loader: 'css', minify: true, target: 'chrome110' });
    return { script: script.outputFiles[0]!.text, css: style.code };
  })();
  return parts;
}

/** `briefing/deck.html`, for a report with the parts the deck presents (none otherwise, like the deck itself). */
export function briefingFilePaths() {
  return available('briefing') ? [{ params: { file: BRIEFING_FILE } }] : [];
}

export function briefingFileRoute(locale: Locale): APIRoute {
  return async ({ site }) => {
    const container = await AstroContainer.create();
    const deck = await container.renderToString(BriefingDeck, { props: { locale, standalone: true, site } });
    const { script, css: style } = await compiled();
    const html = briefingFileHtml({
      locale,
      title: words(locale, 'title'),
      description: words(locale, 'description'),
      deck,
      css: style,
      init,
      script,
      site,
    });
    return new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
  };
}
