/**
 * A build from derived files that do not match the contract stops before it touches its output: one line per
 * broken file (file, row, column, what was expected), no stack trace, exit code 1, the last build left as it was
 * (astro.config.mjs runs contract/derived.ts's derivedProblems() first).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { buildEnv, root } from '../browser/helpers';

const OUT = join(root, '.out/bad-derived');

test('a broken derived table stops the build with its file, row and column, no stack trace, the output untouched', () => {
  rmSync(OUT, { recursive: true, force: true });
  cpSync(join(root, 'data/derived'), join(OUT, 'derived'), { recursive: true });
  const projects = JSON.parse(readFileSync(join(OUT, 'derived/projects.json'), 'utf8')) as Record<string, unknown>[];
  projects[3]!.budget_wan = '12x';
  writeFileSync(join(OUT, 'derived/projects.json'), JSON.stringify(projects));
  mkdirSync(join(OUT, 'site'), { recursive: true });
  writeFileSync(join(OUT, 'site/index.html'), 'the last build');

  // no build lock: the check stops the build while Astro loads its config, before it writes .astro/ or the output,
  // so it cannot disturb another file's build (waiting for the lock cost this file up to 90 s of a worker)
  const run = spawnSync('npx', ['astro', 'build', '--outDir', '.out/bad-derived/site'], {
    cwd: root,
    env: buildEnv({ DERIVED_DIR: '.out/bad-derived/derived' }),
    encoding: 'utf8',
  });
  const output = run.stdout + run.stderr;
  expect(run.status, output).toBe(1);
  expect(output).toContain(
    '.out/bad-derived/derived/projects.json: row 4, column budget_wan: expected a number or null, found "12x"',
  );
  expect(output).toContain('The build stopped before writing to .out/bad-derived/site/, which is as it was;');
  expect(output).not.toMatch(/Stack trace|^\s+at /m);
  expect(readFileSync(join(OUT, 'site/index.html'), 'utf8')).toBe('the last build');
}, 60_000);
