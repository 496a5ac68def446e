/**
 * The downloads at /data/<file>: every CSV and JSON file of data/derived/, byte for byte, and the report's text
 * when its rebuilt copy is byte-identical to the published file (see src/lib/data-files.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { data } from '../../lib/data';
import { contentType, derivedFiles, readDerivedFile, reportText } from '../../lib/data-files';

export const getStaticPaths = (() => {
  const files = derivedFiles().map((f) => ({ params: { file: f.name } }));
  const text = reportText(data.reportLines, data.manifest.source);
  return text ? [...files, { params: { file: data.manifest.source.file } }] : files;
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const file = params.file!;
  const bytes = file === data.manifest.source.file ? reportText(data.reportLines, data.manifest.source) : readDerivedFile(file);
  if (!bytes) throw new Error(`/data/${file}: the report text no longer matches the published file`);
  return new Response(bytes, { headers: { 'Content-Type': contentType(file) } });
};
