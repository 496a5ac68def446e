import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { KIND_ORDER } from '../../contract/indicator-kinds.ts';
import { pointsLostByKind, type FundsRow, type KindRow } from '../../scripts/lib/indicator-kinds.ts';
import { ReportErrors } from '../../scripts/lib/report-error.ts';
import { pipelineFiles, REPORT_PATH } from './helpers.ts';

/**
 * data/derived/points-lost-by-kind: the points the self-evaluated projects lost, summed by kind of indicator once
 * by the pipeline (scripts/lib/indicator-kinds.ts), as the /scores/ chart of the same name shows them.
 */
const raw = readFileSync(REPORT_PATH, 'utf8');

const pipeline = (text: string) =>
  JSON.parse(pipelineFiles(text).get('points-lost-by-kind.json')!) as Record<string, unknown>[];
const pick = (rows: Record<string, unknown>[], ...columns: string[]) =>
  rows.map((r) => Object.fromEntries(columns.map((c) => [c, r[c]])));

const project = (over: Partial<FundsRow> = {}): FundsRow => ({
  funds_weight: 10,
  funds_points_lost: 1,
  source_lines: [1],
  ...over,
});
const row = (over: Partial<KindRow>): KindRow => ({
  project_slug: 'p',
  row: 1,
  level2_zh: '进度指标',
  weight: 10,
  points_lost: 0,
  source_lines: [5, 6],
  ...over,
});

describe('points-lost-by-kind', () => {
  const table = pipeline(raw);

  test('this report: the points lost over the 13 tables by kind, the funds row on its own, in KIND_ORDER', () => {
    expect(pick(table, 'kind', 'lost', 'weight', 'rows', 'rows_lost', 'above_weight', 'incomplete')).toEqual([
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

  test('the kinds’ names as printed, their English from the glossary; none for funds and unclassified', () => {
    expect(pick(table, 'kind', 'name_zh', 'name_en', 'quote')).toEqual([
      { kind: 'funds', name_zh: null, name_en: null, quote: '' },
      { kind: 'quantity', name_zh: '数量指标', name_en: 'Quantity', quote: '数量指标' },
      { kind: 'quality', name_zh: '质量指标', name_en: 'Quality', quote: '质量指标' },
      { kind: 'timeliness', name_zh: '进度指标', name_en: 'Timeliness', quote: '进度指标' },
      { kind: 'cost', name_zh: '成本指标', name_en: 'Cost', quote: '成本指标' },
      { kind: 'benefit', name_zh: '效益指标', name_en: 'Benefits', quote: '效益指标' },
      {
        kind: 'satisfaction',
        name_zh: '服务对象满意度指标',
        name_en: 'Beneficiary satisfaction',
        quote: '服务对象满意度指标',
      },
      { kind: 'unclassified', name_zh: null, name_en: null, quote: '' },
    ]);
  });

  test('the lines: every row’s lines, and the first line of each row that lost points or scored above its weight', () => {
    const [funds, quantity] = table as { lost_lines: number[]; source_lines: number[] }[];
    // the seven tables whose funds row lost points: each its funds score's line
    expect(funds!.lost_lines).toEqual([504, 714, 1727, 2043, 2187, 2312, 2447]);
    // four rows that lost points and 2128, the row scored above its weight
    expect(quantity!.lost_lines).toEqual([401, 802, 813, 824, 2128]);
    for (const r of table as { lost_lines: number[]; source_lines: number[] }[])
      expect(r.lost_lines.every((n) => r.source_lines.includes(n))).toBe(true);
  });

  test('counts a score above its weight apart instead of netting it, and skips rows with lost cells', () => {
    const [funds, timeliness] = pointsLostByKind(
      'r.txt',
      [project()],
      [
        row({ row: 1, points_lost: 2, source_lines: [7, 8] }),
        row({ row: 2, points_lost: -3, weight: 2, source_lines: [9] }),
        row({ row: 3, points_lost: null, weight: null, source_lines: [11] }),
      ],
    );
    expect(funds).toMatchObject({ kind: 'funds', lost: 1, weight: 10, rows: 1, rows_lost: 1, lost_lines: [1] });
    expect(timeliness).toMatchObject({
      kind: 'timeliness',
      name_zh: '进度指标',
      lost: 2,
      weight: 12,
      rows: 2,
      rows_lost: 1,
      above_weight: 3,
      rows_above: 1,
      incomplete: 1,
      lost_lines: [7, 9],
      source_lines: [7, 8, 9, 11],
    });
  });

  test('this report: each kind’s share of the 70.8 points lost, to 2 decimals; the one row above its weight', () => {
    expect(pick(table, 'kind', 'share_pct', 'rows_above')).toEqual([
      { kind: 'funds', share_pct: 16.1, rows_above: 0 },
      { kind: 'quantity', share_pct: 12.71, rows_above: 1 },
      { kind: 'quality', share_pct: 0, rows_above: 0 },
      { kind: 'timeliness', share_pct: 33.05, rows_above: 0 },
      { kind: 'cost', share_pct: 10.59, rows_above: 0 },
      { kind: 'benefit', share_pct: 12.01, rows_above: 0 },
      { kind: 'satisfaction', share_pct: 15.54, rows_above: 0 },
      { kind: 'unclassified', share_pct: 0, rows_above: 0 },
    ]);
  });

  test('a row without a second-level name is unclassified; the kinds come out in KIND_ORDER', () => {
    const kinds = pointsLostByKind(
      'r.txt',
      [],
      [row({ level2_zh: '服务对象满意度指标' }), row({ level2_zh: null }), row({ level2_zh: '数量指标' })],
    ).map((k) => k.kind);
    expect(kinds).toEqual(['quantity', 'satisfaction', 'unclassified']);
    expect(kinds).toEqual(KIND_ORDER.filter((k) => kinds.includes(k)));
  });

  test('leaves out a table without a funds row, and an empty report has no rows', () => {
    expect(pointsLostByKind('r.txt', [project({ funds_weight: null, funds_points_lost: null })], [])).toEqual([]);
    expect(pointsLostByKind('r.txt', [project({ funds_points_lost: null })], [])).toEqual([]);
  });

  test('满意度指标, which the parser knows as a second-level name, is satisfaction like 服务对象满意度指标', () => {
    const [kind] = pointsLostByKind('r.txt', [], [row({ level2_zh: '满意度指标' })]);
    expect(kind?.kind).toBe('satisfaction');
  });

  test('refuses a second-level name it does not know, at the row’s line, as a report error', () => {
    const at = () => pointsLostByKind('r.txt', [], [row({ level2_zh: '公平指标', project_slug: 'q', row: 4 })]);
    expect(at).toThrow(ReportErrors);
    expect(at).toThrow(
      'r.txt:5: expected a kind of indicator (数量指标、质量指标、进度指标、成本指标、效益指标、服务对象满意度指标、满意度指标), found “公平指标” (q row 4)',
    );
  });

  test('npm run data on a report with an unknown kind fails with its line (the 质量指标 of line 637 renamed: its row, from line 640)', () => {
    const lines = raw.split('\n');
    expect(lines[636]).toBe('\t质量指标');
    lines[636] = '\t公平指标';
    expect(() => pipeline(lines.join('\n'))).toThrow(
      /^report\.txt:640: expected a kind of indicator .*found “公平指标”/,
    );
  });
});
