/**
 * A site built from another report (issue 12): a CONSTRUCTED VARIANT of this report, not a real one. The test
 * rewrites this report's text (data/raw/fengtai-sti-2019.txt) into a report of another department and year —
 * 北京市丰台区科学技术和信息化局 (科信局) becomes 北京市朝阳区科技创新服务局 (科创局), every other 丰台 becomes 朝阳,
 * the years 2018–2020 move on by two (a 2021 report compared with 2020), and the two largest spending categories
 * swap names (so 资源勘探信息等支出 is the largest); and some facts the pages tell change (`OTHER_FACTS`): §一 no
 * longer says the department was formed (its formation sentence becomes `<name>（以下简称…）是区政府工作部门`), one
 * project's printed total falls below 75 (80.1 → 70.1, the summary's bands moved with it), and the summary counts
 * two projects evaluated under the standard procedure (one of them the incubation fund) and twelve self-evaluated,
 * the second-largest category's reason is another, and the incubation evaluation's job-growth rates are the ones
 * its figures give
 * — runs it through `npm run data` into .out/other/derived/ and
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

/** The facts the variant changes, in this report's text: [as printed, as the variant prints it]. */
export const OTHER_FACTS = {
  /** §一 says what the department is, not how it was formed */
  formation: [
    '将原区科委的职责与原区经信委的信息化职责整合，成立北京市丰台区科学技术和信息化局（以下简称科信局），作为区政府工作部门',
    '北京市丰台区科学技术和信息化局（以下简称科信局）是区政府工作部门',
  ],
  /** a project's total score (line 1355, the cybersecurity project's table) below 75 */
  lowScore: { line: 1355, printed: '\t80.1', variant: '\t70.1', score: 70.1 },
  /** the summary: two projects by the standard procedure, twelve self-evaluated; one of those 75–90 now 60–75 */
  summary: [
    ['普通程序评价项目1个', '普通程序评价项目2个'],
    ['简易程序评价项目13个', '简易程序评价项目12个'],
    [
      '的9个、评价得分在75-90分（含75分）的4个、评价得分在60-75分（含60分）的0个',
      '的9个、评价得分在75-90分（含75分）的3个、评价得分在60-75分（含60分）的1个',
    ],
  ],
  /** the second-largest category's reason (its budget stays none): another than this report's */
  secondReason: ['主要原因：年中追加预算，支付企业兑现奖励金', '主要原因：年中追加预算，用于区级重点项目'],
  /** the job-growth rates the incubation evaluation prints: the ones its figures give (−3.61%, −46.42%) */
  jobGrowth: ['增长率分别是-96%和-54%', '增长率分别是-3.61%和-46.42%'],
} as const;

/** This report's text rewritten into the variant (pure: the test can show what it changed). */
export function otherReportText(raw: string): string {
  const swap = (text: string, a: string, b: string) =>
    text
      .split(a)
      .map((part) => part.replaceAll(b, a))
      .join(b);
  const once = (text: string, [from, to]: readonly [string, string]) => {
    if (text.split(from).length !== 2) throw new Error(`the variant expects “${from}” once in the report`);
    return text.replace(from, to);
  };
  const lines = raw.split('\n');
  const { line, printed, variant } = OTHER_FACTS.lowScore;
  if (lines[line - 1] !== printed) throw new Error(`the variant expects line ${line} to print ${printed}`);
  lines[line - 1] = variant;
  const facts = [OTHER_FACTS.formation, ...OTHER_FACTS.summary, OTHER_FACTS.secondReason, OTHER_FACTS.jobGrowth].reduce(
    once,
    lines.join('\n'),
  );
  return swap(facts, '科学技术支出', '资源勘探信息等支出')
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
