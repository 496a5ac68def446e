/**
 * The /scores/ charts of the registry (src/charts/scores-*.ts), built in both locales on the real derived data:
 * ids, route, titles, sources, table columns and rows, audit notes, the scatter's key.
 */
import { describe, expect, test } from 'vitest';
import type { ChartSpec } from '../../../src/charts/chart-spec';
import { chart, chartsOn } from '../../../src/charts/registry';
import { bandCountRows, bandSeries, scoresBandCountsCharts } from '../../../src/charts/scores-band-counts';
import { scoreDots, scoresDistributionCharts } from '../../../src/charts/scores-distribution';
import {
  incubationDimensions,
  scoresIncubationDimensionsCharts,
} from '../../../src/charts/scores-incubation-dimensions';
import { kindLosses, kindName, scoresPointsLostByKindCharts } from '../../../src/charts/scores-points-lost-by-kind';
import { scatterExtremes, scatterPoints, scoresVsExecutionCharts } from '../../../src/charts/scores-vs-execution';
import type { Locale } from '../../../src/lib/i18n';
import { column as col, expectSpec, expectSvgs, testSpecs, testWords } from './chart-spec-helpers';
import scoresWords from './scores-words.json';

const totalLines = [268, 499, 708, 977, 1149, 1355, 1542, 1722, 1989, 2037, 2183, 2308, 2442, 2555];
const starts = [305, 504, 714, 982, 1154, 1360, 1547, 1727, 1994, 2043, 2187, 2312, 2447];
const totalFinding = 'finding-project-total-score-support-for-major-s-t-projects';

/** What every chart spec must have, whatever the chart. */
function expectWellFormed(spec: ChartSpec, id: string, locale: Locale) {
  expectSpec(spec, { id, locale, route: '/scores/' });
  expectSvgs(spec);
  expect(spec.svg, 'wide').toMatch(/^<svg aria-label="[^"]+" role="img" viewBox="0 0 640 /);
  expect(spec.svgNarrow, 'narrow, with the same label').toMatch(
    /^<svg aria-label="[^"]+" role="img" viewBox="0 0 276 /,
  );
  expect(/aria-label="([^"]+)"/.exec(spec.svgNarrow!)?.[1]).toBe(/aria-label="([^"]+)"/.exec(spec.svg)?.[1]);
  expect(spec.unitSubtitle, 'scores are points: no unit switch').toBeUndefined();
}

test('the registry lists the five charts of /scores/ in page order, each only where its data exists', () => {
  expect(chartsOn('/scores/').map((d) => d.id)).toEqual([
    'scores-distribution',
    'scores-band-counts',
    'scores-vs-execution',
    'scores-points-lost-by-kind',
    'scores-incubation-dimensions',
  ]);
  for (const list of [
    scoresDistributionCharts(),
    scoresBandCountsCharts(),
    scoresVsExecutionCharts(),
    scoresPointsLostByKindCharts(),
    scoresIncubationDimensionsCharts(),
  ])
    expect(list).toHaveLength(1);
});

testSpecs(
  [
    {
      id: 'scores-distribution',
      title: 'a dot per total, the fund last; a table row per project and the fund',
      expected: () => ({
        sourceLines: totalLines,
        keys: ['number', 'name', 'procedure', 'total', 'recomputed', 'band'],
        columns: {
          number: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, null],
          total: [99.6, 99.6, 80.6, 94, 80.1, 99.6, 99.6, 93.4, 88, 87.9, 98.4, 98.8, 99.6, 82.64],
          recomputed: [99.6, 99.6, 80.6, 96, 80.1, 99.6, 99.6, 93.4, 66, 87.9, 98.4, 98.8, 99.6, null],
        },
        rowLines: [...totalLines.slice(1).map((n) => [n]), [268]],
        auditIds: [totalFinding],
      }),
      more: (spec, locale) => {
        expect(spec.auditNote).toBeUndefined();
        expect(spec.key).toBeUndefined();
        const dots = scoreDots(locale);
        expect(dots.map((d) => d.external)).toEqual([...Array(13).fill(false), true]);
        expect(dots.map((d) => d.score)).toEqual(col(spec, 'total'));
      },
    },
    {
      id: 'scores-band-counts',
      title: 'a row per band, counted three ways, citing the summary’s line 128',
      expected: () => ({
        sourceLines: [128, ...totalLines],
        keys: ['band', 'report', 'printed', 'recomputed'],
        columns: { report: [9, 5, 0, 0], printed: [9, 5, 0, 0], recomputed: [9, 4, 1, 0] },
        rowLines: [[128], [128], [128], [128]],
        auditIds: [totalFinding],
      }),
      more: (spec, locale) => {
        expect(bandSeries(locale).map((s) => s.key)).toEqual(['report', 'printed', 'recomputed']);
        expect(bandCountRows(locale).map((r) => [r.group, r.series, r.count])).toEqual([
          ['90+', 'report', 9],
          ['90+', 'printed', 9],
          ['90+', 'recomputed', 9],
          ['75-90', 'report', 5],
          ['75-90', 'printed', 5],
          ['75-90', 'recomputed', 4],
          ['60-75', 'report', 0],
          ['60-75', 'printed', 0],
          ['60-75', 'recomputed', 1],
          ['<60', 'report', 0],
          ['<60', 'printed', 0],
          ['<60', 'recomputed', 0],
        ]);
      },
    },
    {
      id: 'scores-vs-execution',
      title: 'a numbered point per project with a rate, a table row and a key item per project',
      expected: () => ({
        sourceLines: starts,
        keys: ['number', 'name', 'rate', 'total'],
        columns: {
          number: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13],
          rate: [100, 98.27, 72.51, 100, 100, 100, 100, 69.25, 100, 60, 94.03, 94.34, 98.58],
          total: [99.6, 99.6, 80.6, 94, 80.1, 99.6, 99.6, 93.4, 88, 87.9, 98.4, 98.8, 99.6],
        },
        auditIds: [
          totalFinding,
          'finding-project-exec-rate-big-data-aggregation-platform-phase-2',
          'finding-project-exec-rate-rising-s-t-stars-programme',
        ],
      }),
      more: (spec, locale) => {
        expect(spec.rows[0]?.source_lines).toEqual([305, 320, 338, 339, 341, 342, 499]);
        expect(spec.rows[8]?.source_lines, 'the untitled table prints only its total').toEqual([2037]);
        expect(scatterPoints(locale).map((p) => [p.key, p.x, p.y])).toEqual(
          spec.rows.map((r) => [String(r.number), r.rate, r.total]),
        );
        expect(spec.key?.items.map((i) => i.value)).toEqual(col(spec, 'number'));
        expect(spec.key?.items.map((i) => i.name)).toEqual(col(spec, 'name'));
      },
    },
    {
      id: 'scores-points-lost-by-kind',
      title: 'a row per kind of indicator, most points lost first, each citing its rows',
      expected: () => ({
        sourceLines: starts,
        keys: ['kind', 'lost', 'weight', 'rows', 'rows_lost', 'above'],
        columns: {
          lost: [23.4, 11.4, 11, 9, 8.5, 7.5, 0, 0],
          weight: [160, 120, 230, 217, 290, 130, 60, 28],
          rows: [18, 12, 12, 33, 17, 13, 6, 10],
          rows_lost: [8, 7, 9, 4, 6, 7, 0, 0],
          above: [0, 0, 0, 3, 0, 0, 0, 0],
        },
        auditIds: ['finding-indicator-score-within-weight-fengtai-unified-government-cloud-data-centre-row-2'],
      }),
      more: (spec) => {
        expect(spec.rows[1]?.source_lines).toEqual([504, 714, 1727, 2043, 2187, 2312, 2447]);
        expect(spec.rows.at(-1)?.source_lines).toEqual([]);
      },
    },
    {
      id: 'scores-incubation-dimensions',
      title: 'the fund’s three dimensions, score against maximum, all from line 268',
      expected: () => ({
        sourceLines: [268],
        keys: ['dimension', 'max', 'score', 'share'],
        columns: { max: [15, 30, 55], score: [12.98, 25.18, 44.48] },
        rowLines: [[268], [268], [268]],
      }),
      more: (spec) => {
        expect(spec.columns.at(-1)).toMatchObject({ kind: 'percent', digits: 1 });
        expect((col(spec, 'share') as number[]).map((s) => Math.round(s * 100) / 100)).toEqual([86.53, 83.93, 80.87]);
        expect(spec.auditLinks).toEqual([]);
        expect(incubationDimensions().map((d) => d.dimension)).toEqual(['decision', 'management', 'performance']);
      },
    },
  ],
  chart,
  expectWellFormed,
);

/** A chart's spec in Chinese and in English. */
const bothLocales = (id: string) => [chart(id, 'zh'), chart(id, 'en')] as const;

// the titles and subtitles, each chart in both locales
testWords(scoresWords, chart);

describe('scores-distribution', () => {
  test('titles, bands and tooltips in the reader’s language', () => {
    const [zh, en] = bothLocales('scores-distribution');
    expect(col(en, 'procedure').at(-1)).toBe('External (standard procedure)');
    expect(col(zh, 'band')).toEqual([
      '90分及以上',
      '90分及以上',
      '75–90分',
      '90分及以上',
      '75–90分',
      '90分及以上',
      '90分及以上',
      '90分及以上',
      '75–90分',
      '75–90分',
      '90分及以上',
      '90分及以上',
      '90分及以上',
      '75–90分',
    ]);
    expect(en.alt).toContain('9 scored 90 or more, 5 of them tied at 99.6 pts; 5 scored 75–90:');
    expect(en.auditLinks?.[0]?.text).toBe(
      '“Support for major S&T projects”: total score. The report prints 94; recomputed from its other figures, it is 96',
    );
    expect(scoreDots('en').at(-1)?.tip).toBe('the Fengtai science and technology incubation fund: 82.64 pts (75–90)');
  });
});

describe('scores-band-counts', () => {
  test('one project moves band; its table lost its funds row, which the audit note says', () => {
    const [zh, en] = bothLocales('scores-band-counts');
    expect(col(en, 'band')).toEqual(['90 and above', '75–90', '60–75', 'below 60']);
    expect(zh.alt).toContain('换档的是名称缺失的自评表（88 分 → 66 分）。');
    expect(en.auditNote).toBe(
      'The untitled table lost its funds row, so its recomputed total only adds up the indicator rows that survive.',
    );
    expect(zh.auditNote).toBe('“名称缺失的自评表”缺了资金执行行，它的重算总分只加总了现存的指标行。');
  });
});

describe('scores-vs-execution', () => {
  test('the key links each project’s page in the reader’s locale; the lowest score spent its whole budget', () => {
    const [zh, en] = bothLocales('scores-vs-execution');
    expect(zh.key?.heading).toBe('序号对照');
    expect(zh.key?.items[0]).toEqual({
      value: 1,
      name: '丰台区统一政务云数据中心项目',
      href: '/projects/fengtai-unified-government-cloud-data-centre/',
      figures: '100%，99.6 分',
    });
    expect(en.key?.heading).toBe('Project numbers');
    expect(en.key?.items[9]).toEqual({
      value: 10,
      name: 'Big-data aggregation platform, phase 2',
      href: '/en/projects/big-data-aggregation-platform-phase-2/',
      figures: '60%, 87.9 pts',
    });
    expect(en.alt).toContain('The 6 projects that spent their whole budget scored from 80.1 pts to 99.6 pts.');
    const { lowScore, lowRate, fullSpent } = scatterExtremes();
    expect([lowScore?.number, lowRate?.number, fullSpent.length]).toEqual([5, 10, 6]);
    expect(en.auditLinks?.[1]?.text, 'the English findings name projects, not slugs').toBe(
      '“Big-data aggregation platform, phase 2”: execution rate. The report prints 0.60%; recomputed from its other figures, it is 60%',
    );
  });
});

describe('scores-points-lost-by-kind', () => {
  test('the worst kind in the title; the row above its weight and the lost cells in the audit note', () => {
    const [zh, en] = bothLocales('scores-points-lost-by-kind');
    expect(col(en, 'kind')).toEqual([
      'Timeliness',
      'Budget execution (funds row)',
      'Beneficiary satisfaction',
      'Quantity',
      'Benefits',
      'Cost',
      'Quality',
      'Kind not printed',
    ]);
    expect(col(zh, 'kind')[1]).toBe('资金执行率（资金行）');
    expect(en.auditNote).toBe(
      '1 row scored above its weight (3 pts); that is not a gain, so it is not netted against the points lost. 6 rows cannot be computed because the tables lost their cells.',
    );
    expect(zh.auditNote).toBe('得分超过分值的1行（合计3 分）不算作“得分”，未从失分中扣除；6行因表格残缺无法计算。');
    const losses = kindLosses();
    expect([losses.totalLost, losses.hasKinds, losses.aboveRows, losses.abovePoints, losses.incompleteRows]).toEqual([
      70.8,
      true,
      1,
      3,
      6,
    ]);
    expect(losses.kinds.map((k) => kindName(k, 'en'))).toEqual(col(en, 'kind'));
  });
});

describe('scores-incubation-dimensions', () => {
  test('the lowest share of the maximum named in the title; the overall score in the subtitle', () => {
    const [zh, en] = bothLocales('scores-incubation-dimensions');
    expect(col(en, 'dimension')).toEqual(['Decision-making', 'Management', 'Performance']);
    expect(col(zh, 'dimension')).toEqual(['项目决策', '项目管理', '项目绩效']);
    expect(en.alt).toBe(
      'Bar chart of the incubation fund’s scores by dimension. Decision-making 12.98 pts / 15 pts, Management 25.18 pts / 30 pts, Performance 44.48 pts / 55 pts. Overall score 82.64 pts.',
    );
  });
});
