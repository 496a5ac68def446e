/**
 * A site built from a partial report (issue 12): the first 44 lines of this report (Part 1 §一–§三: the staff and
 * the totals), run through the pipeline into .out/partial/derived/ and built from there (DERIVED_DIR) into
 * .out/partial/site/. Shared by test/site/partial-report.build.test.ts and test/browser/partial-report.test.ts,
 * which may run side by side: whichever comes first builds it, the other waits and reuses it (reusedBuild()).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, buildEnv, reusedBuild, root } from './browser/helpers';

export const PARTIAL = join(root, '.out/partial');
export const PARTIAL_DERIVED = join(PARTIAL, 'derived');
export const PARTIAL_SITE = join(PARTIAL, 'site');
/** the report up to the end of Part 1 §三 */
export const PARTIAL_LINES = 44;

/** The pages whose part of the report the partial report lacks, with what each must name in each language. */
export const MISSING_PAGES: { route: string; zh: string[]; en: string[] }[] = [
  { route: '', zh: ['一般公共预算财政拨款支出决算情况说明', '项目支出绩效自评表'], en: ['general-budget spending'] },
  { route: 'spending/', zh: ['一般公共预算财政拨款支出决算情况说明'], en: ['general-budget spending by category'] },
  { route: 'projects/', zh: ['项目支出绩效自评表'], en: ['the project self-evaluation tables'] },
  { route: 'procurement/', zh: ['政府采购支出情况', '“三公”经费财政拨款决算情况'], en: ['government procurement'] },
  { route: 'scores/', zh: ['绩效评价工作开展情况'], en: ['the evaluation summary'] },
  { route: 'briefing/', zh: ['项目绩效评价报告'], en: ['the project evaluation report'] },
];

/** Writes the partial report, runs `npm run data` on it and builds the site from its tables. */
export function buildPartialSite(): void {
  rmSync(PARTIAL, { recursive: true, force: true });
  mkdirSync(PARTIAL, { recursive: true });
  const raw = readFileSync(join(root, 'data/raw/fengtai-sti-2019.txt'), 'utf8');
  writeFileSync(join(PARTIAL, 'report.txt'), raw.split('\n').slice(0, PARTIAL_LINES).join('\n') + '\n');
  try {
    execFileSync(
      'npx',
      ['tsx', 'scripts/build-data.ts', '--input', join(PARTIAL, 'report.txt'), '--out', PARTIAL_DERIVED],
      {
        cwd: root,
        env: buildEnv(),
        stdio: 'pipe',
      },
    );
  } catch (e) {
    throw new Error(`npm run data failed on the partial report: ${String((e as { stderr?: Buffer }).stderr)}`, {
      cause: e,
    });
  }
  build(['--outDir', PARTIAL_SITE], { DERIVED_DIR: PARTIAL_DERIVED });
}

/** The partial site, built unless the one there was built from these sources and this file. */
export function ensurePartialSite(): string {
  reusedBuild(PARTIAL, readFileSync(import.meta.filename, 'utf8'), buildPartialSite);
  return PARTIAL_SITE;
}
