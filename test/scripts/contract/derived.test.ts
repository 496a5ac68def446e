import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { DERIVED_FILES, derivedProblems } from '../../../contract/derived.ts';
import { TABLE_NAMES } from '../../../contract/tables.ts';

let dir: string;
let shown: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'derived-'));
  cpSync('data/derived', dir, { recursive: true });
  shown = relative(process.cwd(), dir);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const edit = (name: string, change: (value: Record<string, unknown>[] & Record<string, unknown>) => void) => {
  const value = JSON.parse(readFileSync(join(dir, name), 'utf8')) as Record<string, unknown>[] &
    Record<string, unknown>;
  change(value);
  writeFileSync(join(dir, name), JSON.stringify(value));
};

describe('derivedProblems (what the build checks before it starts)', () => {
  test('the committed folder has none, and every JSON file the pipeline writes is checked', () => {
    expect(derivedProblems('data/derived')).toEqual([]);
    const checked = [...TABLE_NAMES.map((t) => `${t}.json`), ...Object.keys(DERIVED_FILES)].sort();
    const written = readdirSync('data/derived').filter((f) => f.endsWith('.json'));
    // the data package describes the CSV files for data tools; the site reads none of it as data
    expect(written.filter((f) => !checked.includes(f))).toEqual(['datapackage.json']);
    expect(checked.filter((f) => !written.includes(f))).toEqual([]);
  });

  test("names each broken file's first problem: a row's column, a file's path, a missing file, a file that is not JSON", () => {
    edit('projects.json', (rows) => {
      rows[3]!.budget_wan = '12x';
      rows[5]!.budget_wan = 'second problem, not listed';
    });
    edit('findings.json', (file) => {
      (file.findings as Record<string, unknown>[])[0]!.severity = 'grave';
    });
    rmSync(join(dir, 'staff.json'));
    writeFileSync(join(dir, 'checks.json'), '[{"rule":');
    expect(derivedProblems(dir)).toEqual([
      `${shown}/staff.json: missing (npm run data writes it)`,
      `${shown}/projects.json: row 4, column budget_wan: expected a number or null, found "12x"`,
      `${shown}/findings.json: at findings.0.severity: expected one of "high", "medium", "low", "could-not-check", found "grave"`,
      expect.stringMatching(new RegExp(`^${shown}/checks\\.json: not JSON \\(.+\\)$`)),
    ]);
  });

  test('a folder that is not there is one problem, not one per file', () => {
    rmSync(dir, { recursive: true });
    expect(derivedProblems(dir)).toEqual([`${shown}/: no such folder (npm run data writes it)`]);
  });
});
