import { describe, expect, test } from 'vitest';
import { scoreBand } from '../../../scripts/audit/rules/evaluation-rules.ts';
import { buildTables } from '../../../scripts/build-tables.ts';
import { Glossary } from '../../../scripts/lib/glossary.ts';
import { loadReport } from '../../../scripts/lib/load-report.ts';
import { uniqueSlugs } from '../../../scripts/lib/slug.ts';
import { parseReport } from '../../../scripts/parse-report.ts';
import { GLOSSARY_PATH, REPORT_PATH } from '../helpers.ts';

const report = loadReport(REPORT_PATH);

describe('slugs', () => {
  test('uniqueSlugs: a name seen before in the same table gets -1, -2 (a row printed twice keeps a page of its own)', () => {
    const slugs = uniqueSlugs();
    expect(['Education', 'S&T administration', 'Education', 'Education'].map(slugs)).toEqual([
      'education',
      's-and-t-administration',
      'education-1',
      'education-2',
    ]);
    expect(uniqueSlugs()('Education')).toBe('education');
  });

  test('uniqueSlugs({ ampersand, max }): the projects read & as a gap and keep at most 48 characters of whole words', () => {
    const slugs = uniqueSlugs({ ampersand: ' ', max: 48 });
    expect(slugs('Support for major S&T projects')).toBe('support-for-major-s-t-projects');
    expect(slugs('Government cloud: hosted racks for the “Sharp Eyes” video project')).toBe(
      'government-cloud-hosted-racks-for-the-sharp-eyes',
    );
    expect(slugs('Big-data aggregation platform, phase 2')).toBe('big-data-aggregation-platform-phase-2');
    expect(slugs('A – B')).toBe('a-b');
    expect(slugs('x'.repeat(60))).toBe('x'.repeat(48));
    expect(slugs('Support for major S&T projects')).toBe('support-for-major-s-t-projects-1');
  });

  test('every project keeps the slug its URL has always had', () => {
    const g = Glossary.load(GLOSSARY_PATH);
    expect(parseReport(report, g).projects.map((p) => p.slug)).toEqual([
      'fengtai-unified-government-cloud-data-centre',
      'science-popularisation-activities',
      'big-data-for-fine-grained-urban-management',
      'support-for-major-s-t-projects',
      'level-3-cybersecurity-protection-build-out',
      '800-mhz-wireless-government-network-operations',
      'e-government-extranet-leased-lines',
      'lianxintong-care-service-for-elderly-people',
      'untitled-table-9',
      'big-data-aggregation-platform-phase-2',
      'e-government-extranet-line-maintenance',
      'government-cloud-hosted-racks-for-the-sharp-eyes',
      'rising-s-t-stars-programme',
    ]);
  });

  test('the spending categories keep the slugs their URLs have always had', () => {
    const g = Glossary.load(GLOSSARY_PATH);
    const rows = buildTables(parseReport(report, g), g).spending!.objects() as { level: string; slug: string }[];
    expect(rows.filter((r) => r.level === 'category').map((r) => r.slug)).toEqual([
      'general-public-services',
      'education',
      'science-and-technology',
      'social-security-and-employment',
      'agriculture-forestry-and-water',
      'resource-exploration-information-and-industry',
      'housing-security',
      'work-safety-supervision',
    ]);
    expect(rows.find((r) => r.slug === 's-and-t-administration')?.level).toBe('subcategory');
  });

  test('a category with no English name is numbered; a sub-category keeps its Chinese name', () => {
    const full = Glossary.load(GLOSSARY_PATH);
    const terms = Object.fromEntries(
      Object.entries(full.terms).filter(([zh]) => !['教育支出', '应用研究'].includes(zh)),
    );
    const g = new Glossary(terms);
    const rows = buildTables(parseReport(report, g), g).spending!.objects() as {
      level: string;
      name_zh: string;
      slug: string;
    }[];
    expect(rows.find((r) => r.name_zh === '教育支出')?.slug).toBe('category-2');
    expect(rows.find((r) => r.name_zh === '应用研究')?.slug).toBe('应用研究');
  });
});

describe('scoreBand (the one place bands are assigned)', () => {
  test.each([
    [100, '90+'],
    [90, '90+'],
    [89.99, '75-90'],
    [75, '75-90'],
    [74.9, '60-75'],
    [60, '60-75'],
    [59.9, '<60'],
    [0, '<60'],
  ] as const)('%s is in band %s (lower bounds included)', (score, band) => {
    expect(scoreBand(score)).toBe(band);
  });

  test('refuses a score that is not a number', () => {
    expect(() => scoreBand(Number.NaN)).toThrow('scoreBand: invalid score NaN');
  });
});
