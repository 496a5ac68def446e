import { describe, expect, test } from 'vitest';
import projects from '../../../data/derived/projects.json';
import indicators from '../../../data/derived/indicators.json';
import type { IndicatorRow, ProjectRow } from '../../../contract/tables';
import { pointsLostByKind } from '../../../src/lib/charts/score-points-lost-by-kind';
import { horizontalBars } from '../../../src/lib/charts/horizontal-bars';
import { renderPlot } from '../../../src/lib/render-plot';
import { normalizeSvg } from '../normalize-svg';
import { indicatorRow, noVerdicts } from './chart-spec-helpers';

const P = projects as ProjectRow[];
const I = indicators as IndicatorRow[];

const project = (over: Partial<ProjectRow>): ProjectRow => ({
  ...noVerdicts('projects'),
  slug: 'p',
  name_zh: 'p',
  name_en: 'p',
  table_kind: 'full',
  table_year: 2019,
  budget_wan: 10,
  budget_line: 1,
  executed_wan: 9,
  executed_line: 1,
  exec_rate_printed: '90%',
  exec_rate_pct: 90,
  exec_rate_line: 1,
  exec_rate_pct_recomputed: 90,
  funds_weight: 10,
  funds_score: 9,
  funds_score_line: 1,
  funds_score_recomputed: 9,
  executed_from: 'funds_row',
  indicator_count: 0,
  total_score: 99,
  total_score_line: 1,
  total_score_recomputed: 99,
  score_band: '90+',
  score_band_recomputed: '90+',
  points_lost: 1,
  goal_zh: null,
  outcome_zh: null,
  source_lines: [1],
  quote: '',
  ...over,
});
const row = (over: Partial<IndicatorRow>) =>
  indicatorRow({ level2_zh: '进度指标', level2_en: 'Timeliness', source_lines: [5, 6], ...over });

describe('pointsLostByKind', () => {
  test('sums the points lost over the 13 tables by kind, the funds row on its own', () => {
    const table = pointsLostByKind(P, I).map(({ kind, lost, weight, rows, rows_lost, above_weight, incomplete }) => ({
      kind,
      lost,
      weight,
      rows,
      rows_lost,
      above_weight,
      incomplete,
    }));
    expect(table).toEqual([
      { kind: 'funds', lost: 11.4, weight: 120, rows: 12, rows_lost: 7, above_weight: 0, incomplete: 0 },
      { kind: 'quantity', lost: 9, weight: 217, rows: 33, rows_lost: 4, above_weight: 3, incomplete: 0 },
      { kind: 'quality', lost: 0, weight: 60, rows: 6, rows_lost: 0, above_weight: 0, incomplete: 0 },
      { kind: 'timeliness', lost: 23.4, weight: 160, rows: 18, rows_lost: 8, above_weight: 0, incomplete: 0 },
      { kind: 'cost', lost: 7.5, weight: 130, rows: 13, rows_lost: 7, above_weight: 0, incomplete: 0 },
      { kind: 'benefit', lost: 8.5, weight: 290, rows: 17, rows_lost: 6, above_weight: 0, incomplete: 0 },
      { kind: 'satisfaction', lost: 11, weight: 230, rows: 12, rows_lost: 9, above_weight: 0, incomplete: 0 },
      { kind: 'unclassified', lost: 0, weight: 28, rows: 10, rows_lost: 0, above_weight: 0, incomplete: 6 },
    ]);
  });

  test('counts a score above its weight apart instead of netting it, and skips rows with lost cells', () => {
    const [funds, timeliness] = pointsLostByKind(
      [project({})],
      [
        row({ row: 1, points_lost: 2, score: 8, source_lines: [7, 8] }),
        row({ row: 2, points_lost: -3, weight: 2, score: 5, source_lines: [9] }),
        row({ row: 3, points_lost: null, weight: null, score: null, complete: false, source_lines: [11] }),
      ],
    );
    expect(funds).toMatchObject({ kind: 'funds', lost: 1, weight: 10, rows: 1, rows_lost: 1, lost_lines: [1] });
    expect(timeliness).toMatchObject({
      kind: 'timeliness',
      name_zh: '进度指标',
      name_en: 'Timeliness',
      lost: 2,
      weight: 12,
      rows: 2,
      rows_lost: 1,
      above_weight: 3,
      incomplete: 1,
      lost_lines: [7, 9],
      source_lines: [7, 8, 9, 11],
    });
  });

  test('leaves out a table without a funds row and refuses a kind it does not know', () => {
    expect(pointsLostByKind([project({ funds_weight: null, funds_score: null })], []).map((k) => k.kind)).toEqual([]);
    expect(() => pointsLostByKind([], [row({ level2_zh: '公平指标', project_slug: 'q', row: 4 })])).toThrow(
      'pointsLostByKind: unknown indicator kind 公平指标 (q row 4)',
    );
  });

  test('renders as bars in its snapshot', async () => {
    const bars = pointsLostByKind(P, I)
      .sort((a, b) => b.lost - a.lost)
      .map((k) => ({
        label: k.name_zh ?? k.kind,
        value: k.lost,
        valueText: `${k.lost} 分`,
        tip: `${k.name_zh ?? k.kind}: ${k.lost}`,
      }));
    const svg = renderPlot(horizontalBars(bars, { width: 360, color: 'var(--c2)' }), {
      id: 'scores-points-lost-by-kind-360',
      ariaLabel: '各类指标失分',
    });
    await expect(normalizeSvg(svg)).toMatchFileSnapshot('../snapshots/score-points-lost-by-kind-360.svg');
  });
});
