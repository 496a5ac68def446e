/**
 * A site built from another report (issue 12): a CONSTRUCTED VARIANT of this report, not a real one. The test
 * rewrites this report's text (data/raw/fengtai-sti-2019.txt) into a report of another department and year —
 * 北京市丰台区科学技术和信息化局 (科信局) becomes 北京市朝阳区科技创新服务局 (科创局), every other 丰台 becomes 朝阳,
 * the years 2018–2020 move on by two (a 2021 report compared with 2020), and the two largest spending categories
 * swap names (so 资源勘探信息等支出 is the largest) — runs it through `npm run data` into .out/other/derived/ and
 * builds the site from there (DERIVED_DIR, TRANSLATIONS=optional: our English of this report's own words does not
 * fit the rewritten text) into .out/other/site/. Used by test/site/other-report.build.test.ts.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, buildEnv, root } from './browser/helpers';

export const OTHER = join(root, '.out/other');
export const OTHER_DERIVED = join(OTHER, 'derived');
export const OTHER_SITE = join(OTHER, 'site');

/** What the variant is called and when: what its pages must say instead of this report's names. */
export const OTHER_REPORT = {
  department: '北京市朝阳区科技创新服务局',
  short: '科创局',
  headline: '朝阳区科创局',
  place: '北京市朝阳区',
  year: 2021,
  prior: 2020,
  /** the largest spending category once the two largest swap names */
  largest: { zh: '资源勘探信息等支出', en: 'Resource exploration, information and industry' },
} as const;

/** This report's text rewritten into the variant (pure: the test can show what it changed). */
export function otherReportText(raw: string): string {
  const swap = (text: string, a: string, b: string) =>
    text
      .split(a)
      .map((part) => part.replaceAll(b, a))
      .join(b);
  return swap(raw, '科学技术支出', '资源勘探信息等支出')
    .replaceAll('北京市丰台区科学技术和信息化局', OTHER_REPORT.department)
    .replaceAll('科学技术和信息化局', '科技创新服务局')
    .replaceAll('科信局', OTHER_REPORT.short)
    .replaceAll('丰台', '朝阳')
    .replace(/(?<!\d)(2018|2019|2020)(?!\d)/g, (y) => String(Number(y) + 2));
}

/** Writes the variant, runs `npm run data` on it (its warnings returned) and builds the site from its tables. */
export function buildOtherSite(): { warnings: string } {
  rmSync(OTHER, { recursive: true, force: true });
  mkdirSync(OTHER, { recursive: true });
  const raw = readFileSync(join(root, 'data/raw/fengtai-sti-2019.txt'), 'utf8');
  writeFileSync(join(OTHER, 'report.txt'), otherReportText(raw));
  const data = spawnSync(
    'npx',
    ['tsx', 'scripts/build-data.ts', '--input', join(OTHER, 'report.txt'), '--out', OTHER_DERIVED],
    { cwd: root, env: buildEnv(), encoding: 'utf8' },
  );
  if (data.status !== 0) throw new Error(`npm run data failed on the other report: ${data.stderr}`);
  build(['--outDir', OTHER_SITE], { DERIVED_DIR: OTHER_DERIVED, TRANSLATIONS: 'optional' });
  return { warnings: data.stderr };
}
