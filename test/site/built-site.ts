/**
 * What the built-site checks share: the routes of the site's sections (each in both languages) and a reader of
 * the pages and files of a built site. Used by test/site/build-output.build.test.ts (dist/) and
 * test/site/partial-report.build.test.ts (the site built from a partial report), and a list of a build's files.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';

/** The sections' routes and the glossary's (linked from every footer), below the locale's prefix ('' or 'en/'). */
export const SECTION_ROUTES = [
  '',
  'spending/',
  'projects/',
  'procurement/',
  'scores/',
  'audit/',
  'data/',
  'report/',
  'glossary/',
];

/** Every file under `dir` (a build), as paths relative to it, sorted. */
export const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((path) => statSync(join(dir, path)).isFile())
    .sort();

/** Reads the built site in `dir`: a file's text, a file parsed as HTML, or a route's index.html parsed. */
export function builtSite(dir: string) {
  const read = (file: string) => readFileSync(join(dir, file), 'utf8');
  const doc = (file: string) => parseHTML(read(file)).document;
  const page = (route: string) => doc(join(route, 'index.html'));
  return { read, doc, page };
}
