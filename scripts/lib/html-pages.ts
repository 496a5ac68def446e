/**
 * The pages of a built site, for `npm run bench` and the built-site tests (what they measure and check, not data).
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every `index.html` under `dist`, relative to it, sorted. */
export function htmlPages(dist: string, dir = dist): string[] {
  return readdirSync(dir)
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return htmlPages(dist, path);
      return name === 'index.html' ? [relative(dist, path)] : [];
    })
    .sort();
}
