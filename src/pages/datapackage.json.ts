/**
 * /datapackage.json: the pipeline's data package (data/derived/datapackage.json) at the site's root, where data
 * tools look for one, with each path pointing into /data/ where the files are served.
 */
import type { APIRoute } from 'astro';
import { readDerivedFile } from '../lib/data-files';

export const GET: APIRoute = () => {
  const descriptor = JSON.parse(new TextDecoder().decode(readDerivedFile('datapackage.json'))) as {
    sources: { path: string }[];
    resources: { path: string }[];
  };
  for (const item of [...descriptor.sources, ...descriptor.resources]) item.path = `data/${item.path}`;
  return new Response(JSON.stringify(descriptor, null, 2) + '\n', {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
