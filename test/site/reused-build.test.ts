/** reusedBuild() (test/browser/helpers.ts): a variant build is made once for the sources and its recipe, then reused. */
import { mkdirSync, mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { reusedBuild, root } from '../browser/helpers';

mkdirSync(join(root, '.out'), { recursive: true });
const dir = mkdtempSync(join(root, '.out', 'reused-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('makes the build once for one recipe and the same sources; again for another recipe or an edited source', () => {
  let made = 0;
  const make = () => {
    made += 1;
    writeFileSync(join(dir, 'index.html'), String(made));
  };
  expect(reusedBuild(dir, 'recipe a', make)).toBe(dir);
  reusedBuild(dir, 'recipe a', make);
  expect(made, 'the same recipe and sources').toBe(1);
  reusedBuild(dir, 'recipe b', make);
  expect(made, 'another recipe').toBe(2);
  const source = join(root, 'astro.config.mjs');
  const { atime, mtime } = statSync(source);
  utimesSync(source, atime, new Date(mtime.getTime() + 60_000));
  try {
    reusedBuild(dir, 'recipe b', make);
    expect(made, 'a source edited').toBe(3);
  } finally {
    utimesSync(source, atime, mtime);
  }
});
