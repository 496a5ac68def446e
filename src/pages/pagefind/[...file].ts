/**
 * /pagefind/…: the search index and Pagefind's own search script, written at build time from the records of
 * src/lib/search-records.ts (both languages; Pagefind keeps one index per language and the search script picks
 * the page's). An endpoint like every other generated file: no post-build step, no HTML read back.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import * as pagefind from 'pagefind';
import { normalizeBase } from '../../lib/i18n';
import { searchRecords } from '../../lib/search-records';

let files: Promise<Map<string, Uint8Array>> | null = null;

/** The index's files by path (`pagefind.js`, `pagefind-entry.json`, `index/…`, `fragment/…`), built once. */
function indexFiles(): Promise<Map<string, Uint8Array>> {
  files ??= (async () => {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
    try {
      const base = normalizeBase(import.meta.env.BASE_URL);
      for (const record of [...searchRecords('zh', base), ...searchRecords('en', base)]) {
        const added = await index.addCustomRecord(record);
        if (added.errors.length) throw new Error(`pagefind: ${record.url}: ${added.errors.join('; ')}`);
      }
      const out = await index.getFiles();
      if (out.errors.length) throw new Error(`pagefind: ${out.errors.join('; ')}`);
      // Pagefind's ready-made interfaces are left out: src/client/search-results.ts draws the results
      const ui = /^pagefind-(component-ui|modular-ui|ui|highlight)\./;
      return new Map(
        out.files.map((f) => [f.path.replace(/^\/+/, ''), f.content] as const).filter(([path]) => !ui.test(path)),
      );
    } finally {
      await pagefind.close();
    }
  })();
  return files;
}

export const getStaticPaths = (async () =>
  [...(await indexFiles()).keys()].map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

const TYPES: Record<string, string> = { js: 'text/javascript', json: 'application/json', css: 'text/css' };

export const GET: APIRoute = async ({ params }) => {
  const body = (await indexFiles()).get(params.file!);
  if (!body) throw new Error(`/pagefind/${params.file}: not a file of the search index`);
  const type = TYPES[params.file!.split('.').pop()!] ?? 'application/octet-stream';
  return new Response(body as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': type } });
};
