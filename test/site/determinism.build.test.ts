/**
 * Two clean builds of the same sources are byte-identical: the site is built twice, as `npm run build` does, into
 * .out/determinism/a/ and .out/determinism/b/ (in different time zones, so that no date leaks in), and every file
 * of one must be in the other with the same bytes. (.astro/ is shared with other builds in the project and is
 * not cleared; dist/ is not touched.) A draws every social card anew (OG_CACHE=off); B takes them from the card
 * cache that earlier builds filled (`npm test` builds dist/ first), so the renderer is compared with its own
 * earlier drawing, and the cache with the renderer.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { build, root, sourceFiles } from '../browser/helpers';
import { filesUnder as files } from './built-site';

const OUT = join(root, '.out/determinism');
const A = join(OUT, 'a');
const B = join(OUT, 'b');

/** Where two versions of a file first differ, with a little context. */
function firstDifference(a: Buffer, b: Buffer): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const around = (x: Buffer) => JSON.stringify(x.subarray(Math.max(0, i - 40), i + 40).toString('utf8'));
  return `byte ${i} (sizes ${a.length} and ${b.length}): ${around(a)} vs ${around(b)}`;
}

beforeAll(() => {
  rmSync(OUT, { recursive: true, force: true });
  const before = sourceFiles();
  build(['--outDir', A], { TZ: 'UTC', BASE_PATH: '/', OG_CACHE: 'off' });
  build(['--outDir', B], { TZ: 'Pacific/Chatham', BASE_PATH: '/' });
  const after = sourceFiles();
  const edited = [...new Set([...before.keys(), ...after.keys()])].filter((f) => before.get(f) !== after.get(f));
  if (edited.length)
    throw new Error(
      `sources changed between the two builds, so they cannot be compared; run again: ${edited.join(', ')}`,
    );
}, 1_200_000);

describe('two clean builds', () => {
  test('write the same files', () => {
    expect(files(A).length).toBeGreaterThan(100);
    expect(files(B)).toEqual(files(A));
  });

  test('with the same bytes', () => {
    const inB = new Set(files(B));
    const differ = files(A)
      .filter((f) => inB.has(f))
      .flatMap((f) => {
        const a = readFileSync(join(A, f));
        const b = readFileSync(join(B, f));
        return a.equals(b) ? [] : [`${f}: ${firstDifference(a, b)}`];
      });
    expect(differ).toEqual([]);
  });
});
