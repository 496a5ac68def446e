/**
 * What data/derived/ holds and the schema each file must match, and `derivedProblems()`, which checks a folder
 * of them. The site's build runs it before anything else (astro.config.mjs), so a folder that does not match
 * stops the build with each file's first problem, without a stack trace and before dist/ is touched; the site
 * then parses each file through the same schema as it loads it (src/lib/data.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ChecksFile, FindingsFile, Manifest, ReportBlocksFile, ReportLinesFile } from './files.ts';
import { TABLE_NAMES, TABLES } from './tables.ts';
import { fileProblems, rowProblems } from './validate.ts';

/** The files of data/derived/ that are not tables, with their schemas. */
export const DERIVED_FILES = {
  'findings.json': FindingsFile,
  'checks.json': ChecksFile,
  'manifest.json': Manifest,
  'report-lines.json': ReportLinesFile,
  'report-blocks.json': ReportBlocksFile,
} as const;

/** `file`'s JSON, or the problem that it is missing or not JSON. */
function readJson(path: string, file: string): { value: unknown } | { problem: string } {
  if (!existsSync(path)) return { problem: `${file}: missing (npm run data writes it)` };
  try {
    return { value: JSON.parse(readFileSync(path, 'utf8')) as unknown };
  } catch (error) {
    return { problem: `${file}: not JSON (${(error as Error).message})` };
  }
}

/**
 * The first problem of each file in `dir` against the contract (the tables' rows and the other files); empty when
 * they all match. Files are named relative to the working directory: `data/derived/spending.json: row 3, …`.
 */
export function derivedProblems(dir: string): string[] {
  if (!existsSync(dir)) return [`${relative(process.cwd(), dir)}/: no such folder (npm run data writes it)`];
  type Check = { name: string; problems: (file: string, value: unknown) => string[] };
  const checks: Check[] = [
    ...TABLE_NAMES.map((t) => ({
      name: `${t}.json`,
      problems: (f: string, v: unknown) => rowProblems(f, TABLES[t].schema, v),
    })),
    ...Object.entries(DERIVED_FILES).map(([name, schema]) => ({
      name,
      problems: (f: string, v: unknown) => fileProblems(f, schema, v),
    })),
  ];
  return checks.flatMap(({ name, problems }) => {
    const file = relative(process.cwd(), join(dir, name));
    const read = readJson(join(dir, name), file);
    return 'problem' in read ? [read.problem] : problems(file, read.value).slice(0, 1);
  });
}
