/**
 * A build from tables holding report texts our English tables lack stops before it touches its output: one line per
 * missing text (its kind, the text, the file to add it to), every one of them and not only the first, no stack
 * trace, exit code 1, the last build left as it was (astro.config.mjs runs src/lib/translation-check.ts's
 * translationProblems() after the contract check).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { buildEnv, root } from '../browser/helpers';

const OUT = join(root, '.out/missing-translation');

test('two report texts without our English stop the build, each named with its file, no stack trace, the output untouched', () => {
  rmSync(OUT, { recursive: true, force: true });
  cpSync(join(root, 'data/derived'), join(OUT, 'derived'), { recursive: true });
  const edit = <T>(file: string, change: (value: T) => void) => {
    const path = join(OUT, 'derived', file);
    const value = JSON.parse(readFileSync(path, 'utf8')) as T;
    change(value);
    writeFileSync(path, JSON.stringify(value));
  };
  // a project's goal (read by its page) and a finding's claim (read by the audit page), in words we never translated
  edit<{ goal_zh: string | null }[]>('projects.json', (projects) => {
    projects[2]!.goal_zh = '报告里没有的目标：一段新写的话';
  });
  edit<{ findings: { claim: string }[] }>('findings.json', (file) => {
    file.findings[0]!.claim = '报告里没有的核对';
  });
  mkdirSync(join(OUT, 'site'), { recursive: true });
  writeFileSync(join(OUT, 'site/index.html'), 'the last build');

  // no build lock: like the contract check, this one stops the build while Astro loads its config, before it
  // writes .astro/ or the output (test/site/bad-derived.build.test.ts)
  const env = buildEnv({ DERIVED_DIR: '.out/missing-translation/derived' });
  delete env.TRANSLATIONS;
  const run = spawnSync('npx', ['astro', 'build', '--outDir', '.out/missing-translation/site'], {
    cwd: root,
    env,
    encoding: 'utf8',
  });
  const output = run.stdout + run.stderr;
  expect(run.status, output).toBe(1);
  expect(output.match(/no English for the /g), output).toHaveLength(2);
  expect(output).toContain(
    'no English for the goal "报告里没有的目标：一段新写的话": add it to src/i18n/pages/projects.goals.en.json',
  );
  expect(output).toContain(
    'no English for the claim "报告里没有的核对": add it to src/i18n/pages/audit.claims.en.json',
  );
  expect(output).toContain(
    'The build stopped before writing to .out/missing-translation/site/, which is as it was; 2 report texts have no English of ours',
  );
  expect(output).not.toMatch(/Stack trace|^\s+at /m);
  expect(readFileSync(join(OUT, 'site/index.html'), 'utf8')).toBe('the last build');
}, 60_000);
