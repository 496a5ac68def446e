import { describe, expect, test } from 'vitest';
import projects from '../../data/derived/projects.json';
import indicators from '../../data/derived/indicators.json';
import findings from '../../data/derived/findings.json';
import type { Finding, FindingsFile } from '../../contract/files';
import type { IndicatorRow, ProjectRow } from '../../contract/tables';
import { findingLinkText, projectFacts, projectName, reasonsOf, tableStarts } from '../../src/lib/project-facts';
import { indicatorRow } from './charts/chart-spec-helpers';

const P = projects as ProjectRow[];
const I = indicators as IndicatorRow[];
const F = (findings as FindingsFile).findings;
const facts = projectFacts(P, I, F);
const bySlug = (slug: string) => facts.find((f) => f.project.slug === slug)!;

const row = indicatorRow;

describe('projectFacts on the derived tables', () => {
  test('numbers the tables in report order and keeps each table’s rows', () => {
    expect(facts.map((f) => f.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect(
      facts.map((f) => f.indicators.length),
      'rows per table',
    ).toEqual(P.map((p) => p.indicator_count));
  });

  test('finds the shortfalls and the money left unspent', () => {
    const short = facts.filter((f) => f.shortfall).map((f) => [f.project.slug, f.rate, f.project.unspent_wan]);
    expect(short).toEqual([
      ['science-popularisation-activities', 98.27, 6.08],
      ['big-data-for-fine-grained-urban-management', 72.51, 164.94],
      ['lianxintong-care-service-for-elderly-people', 69.25, 87.83],
      ['big-data-aggregation-platform-phase-2', 60, 76.72],
      ['e-government-extranet-line-maintenance', 94.03, 9.5],
      ['government-cloud-hosted-racks-for-the-sharp-eyes', 94.34, 6.48],
      ['rising-s-t-stars-programme', 98.58, 1.42],
    ]);
    expect(bySlug('untitled-table-9').rate, 'the fragment’s rate comes from its cost indicator').toBe(100);
    expect(bySlug('untitled-table-9').ratePrinted).toBeNull();
  });

  test('attaches the audit findings of each table by its lines', () => {
    expect(
      bySlug('big-data-aggregation-platform-phase-2').rateFindings.map((f) => [f.id, f.printed, f.recomputed]),
    ).toEqual([['project-exec-rate/big-data-aggregation-platform-phase-2', 0.6, 60]]);
    expect(bySlug('support-for-major-s-t-projects').totalFindings.map((f) => f.id)).toEqual([
      'project-total-score/support-for-major-s-t-projects',
    ]);
    expect(facts.filter((f) => f.totalDiffers).map((f) => f.project.slug)).toEqual([
      'support-for-major-s-t-projects',
      'untitled-table-9',
    ]);
    expect(
      bySlug('fengtai-unified-government-cloud-data-centre')
        .findings.map((f) => f.rule)
        .sort(),
    ).toEqual(['indicator-score-within-weight', 'project-weights', 'table-complete']);
    for (const f of facts) {
      for (const finding of f.findings) {
        expect(
          finding.source_lines.some((n) => f.lines.includes(n)),
          `${finding.id} on ${f.project.slug}`,
        ).toBe(true);
      }
    }
  });

  test('gives each shortfall the reasons its table prints, cost indicator first, repeats merged', () => {
    expect(bySlug('lianxintong-care-service-for-elderly-people').reasons).toEqual([
      {
        text: '受机构改革因素影响，项目服务需求无牵头单位，无法正常开展购买服务的招标工作。',
        rows: [14],
        source_lines: [1938, 1939, 1943],
        row_lines: [1938],
        cost: true,
      },
    ]);
    expect(
      bySlug('big-data-for-fine-grained-urban-management').reasons.map((r) => [r.rows, r.row_lines, r.cost]),
    ).toEqual([
      [[1], [802], false],
      [[11, 12], [906, 917], false],
      [[14, 15], [944, 956], false],
    ]);
    expect(bySlug('science-popularisation-activities').reasons).toEqual([]);
  });

  test('refuses indicator rows of a project it does not know', () => {
    expect(() => projectFacts(P, [row({ project_slug: 'nope', row: 3 })], F)).toThrow(
      'projectFacts: indicator row 3 names unknown project nope',
    );
  });
});

describe('reasonsOf', () => {
  test('puts the cost indicator’s reason first and skips blank reasons', () => {
    const rows = [
      row({ row: 1, reason_zh: '项目进行中', source_lines: [10, 11] }),
      row({ row: 2, reason_zh: '  ' }),
      row({ row: 3, level2_zh: '成本指标', reason_zh: '当年支付50%', source_lines: [30] }),
      row({ row: 4, reason_zh: '项目进行中', source_lines: [40] }),
    ];
    expect(reasonsOf(rows)).toEqual([
      { text: '当年支付50%', rows: [3], source_lines: [30], row_lines: [30], cost: true },
      { text: '项目进行中', rows: [1, 4], source_lines: [10, 11, 40], row_lines: [10, 40], cost: false },
    ]);
  });
});

describe('projectName', () => {
  test('uses the locale’s name, the Chinese one where English is missing, and the fallback for the fragment', () => {
    expect(projectName({ name_zh: '科普活动', name_en: 'Science popularisation activities' }, 'en', 'Untitled')).toBe(
      'Science popularisation activities',
    );
    expect(projectName({ name_zh: '科普活动', name_en: null }, 'en', 'Untitled')).toBe('科普活动');
    expect(projectName({ name_zh: null, name_en: null }, 'zh', '名称缺失的自评表')).toBe('名称缺失的自评表');
  });
});

describe('citations', () => {
  test('tableStarts lists the first line of each table', () => {
    expect(tableStarts(facts)).toEqual([305, 504, 714, 982, 1154, 1360, 1547, 1727, 1994, 2043, 2187, 2312, 2447]);
  });

  test('findingLinkText drops the closing full stop', () => {
    const finding = {
      message_zh: '总分：报告为94，重算为96。',
      message_en: 'total: printed 94; recomputed 96.',
    } as Finding;
    expect(findingLinkText(finding, 'zh')).toBe('总分：报告为94，重算为96');
    expect(findingLinkText(finding, 'en')).toBe('total: printed 94; recomputed 96');
  });
});

describe('findingMessage', () => {
  test('names projects instead of slugs in English, longest slug first', () => {
    const finding = {
      message_zh: '“科技新星计划”预算执行率：报告为98%。',
      message_en: 'rising-s-t-stars-programme: execution rate: the report prints 98%.',
    } as Finding;
    const names = new Map([
      ['rising-s-t-stars-programme', 'Rising S&T Stars programme'],
      ['rising-s-t', 'wrong'],
    ]);
    expect(findingLinkText(finding, 'en', names)).toBe(
      '“Rising S&T Stars programme”: execution rate: the report prints 98%',
    );
    expect(findingLinkText(finding, 'zh', names)).toBe('“科技新星计划”预算执行率：报告为98%');
  });
});

test('findingMessage does not quote a name that starts with a quotation mark', () => {
  const finding = { message_zh: '', message_en: 'The table for lianxintong is labelled “(2020)”.' } as Finding;
  expect(findingLinkText(finding, 'en', new Map([['lianxintong', '“Lianxintong” care service']]))).toBe(
    'The table for “Lianxintong” care service is labelled “(2020)”',
  );
});

describe('the pipeline’s shortfalls and differences', () => {
  const rows = P;
  test('a shortfall is a table the pipeline ranks (projects.shortfall_rank), whatever its rate', () => {
    const doctored = rows.map((p, i) => ({ ...p, shortfall_rank: i === 0 ? 1 : null }));
    const f = projectFacts(doctored, I, []);
    expect(f.filter((x) => x.shortfall).map((x) => x.number)).toEqual([1]);
  });

  test('a printed total differs where the pipeline’s total_score_diff is above 0', () => {
    const doctored = rows.map((p, i) => ({ ...p, total_score_diff: i === 0 ? 0.01 : i === 1 ? null : 0 }));
    const f = projectFacts(doctored, I, []);
    expect(f.filter((x) => x.totalDiffers).map((x) => x.number)).toEqual([1]);
  });
});
