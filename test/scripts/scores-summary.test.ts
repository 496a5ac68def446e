import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { pipelineFiles, REPORT_PATH } from './helpers.ts';

/**
 * data/derived/scores-summary: the evaluation as a whole, counted once by the pipeline (scoresSummary in
 * scripts/build-tables.ts) — the projects evaluated, the printed totals' range and most frequent value with their
 * printed text, the points lost added up over the kinds — as /scores/ and its charts show it.
 */
const raw = readFileSync(REPORT_PATH, 'utf8');

function pipeline(text: string) {
  const files = pipelineFiles(text);
  const json = (name: string) => JSON.parse(files.get(`${name}.json`)!) as Record<string, unknown>[];
  return { summary: json('scores-summary')[0]!, json };
}
/** The report with line `n` (1-based) replaced by `text`. */
const withLine = (n: number, text: string) => {
  const lines = raw.split('\n');
  lines[n - 1] = text;
  return lines.join('\n');
};

describe('scores-summary', () => {
  const report = pipeline(raw);

  test('this report: 14 projects evaluated as the summary (line 128) states, 13 by themselves, 1 by a third party', () => {
    expect(report.summary).toMatchObject({
      evaluated: 14,
      evaluated_from: 'summary',
      self_evaluated: 13,
      self_evaluated_from: 'summary',
      external: 1,
      external_from: 'summary',
    });
    expect(report.summary.source_lines as number[]).toContain(128);
  });

  test('the printed totals: 14 (13 tables and the fund), 80.1 to 99.6, five tied at 99.6', () => {
    expect(report.summary).toMatchObject({
      scores: 14,
      min_score: 80.1,
      min_score_printed: '80.1',
      max_score: 99.6,
      max_score_printed: '99.6',
      mode_score: 99.6,
      mode_score_printed: '99.6',
      mode_count: 5,
    });
    // the lines of the totals: each table's last line, the fund's sentence
    expect(report.summary.source_lines).toEqual([
      128, 268, 499, 708, 977, 1149, 1355, 1542, 1722, 1989, 2037, 2183, 2308, 2442, 2555,
    ]);
  });

  test('the points lost, above the weight, and the rows above it or incomplete: the kinds’ sums added up', () => {
    const kinds = report.json('points-lost-by-kind');
    const sum = (c: string) => Math.round(kinds.reduce((s, k) => s + (k[c] as number), 0) * 100) / 100;
    expect(report.summary).toMatchObject({ points_lost: 70.8, points_above: 3, rows_above: 1, rows_incomplete: 6 });
    expect([sum('lost'), sum('above_weight'), sum('rows_above'), sum('incomplete')]).toEqual([70.8, 3, 1, 6]);
  });

  test('the lowest total printed with a trailing zero keeps it; the value is the number', () => {
    const { summary } = pipeline(withLine(1355, '\t80.10'));
    expect([summary.min_score, summary.min_score_printed]).toEqual([80.1, '80.10']);
  });

  test('between totals as frequent, the most frequent is the first printed', () => {
    // the totals' lines, table by table: 99.6 on tables 1, 2, 6, 7 and 13; 88 on table 9 (`总分:88分`, line 2037)
    const at = { 1: 499, 3: 977, 4: 1149, 5: 1355, 8: 1989 } as const;
    const totals = (changes: [number, string, string][]) => {
      const lines = raw.split('\n');
      for (const [n, from, to] of changes) lines[n - 1] = lines[n - 1]!.replace(from, to);
      return pipeline(lines.join('\n')).summary;
    };
    // tables 3, 4, 5 and 8 print 88 too: five 88s and five 99.6s, table 1's 99.6 printed first
    const a = totals([
      [at[3], '80.6', '88'],
      [at[4], '94', '88'],
      [at[5], '80.1', '88'],
      [at[8], '93.4', '88'],
    ]);
    expect([a.mode_score, a.mode_score_printed, a.mode_count]).toEqual([99.6, '99.6', 5]);
    // tables 1, 3, 4 and 5 print 88, table 8 99.6: five of each again, and now table 1's 88 is first
    const b = totals([
      [at[1], '99.6', '88'],
      [at[3], '80.6', '88'],
      [at[4], '94', '88'],
      [at[5], '80.1', '88'],
      [at[8], '93.4', '99.6'],
    ]);
    expect([b.mode_score, b.mode_score_printed, b.mode_count]).toEqual([88, '88', 5]);
  });

  test('a report whose summary states no counts: counted from the tables and the fund', () => {
    const { summary } = pipeline(withLine(128, '2020年，丰台区科信局对2019年度部门项目支出实施了绩效评价。'));
    expect(summary).toMatchObject({
      evaluated: 14,
      evaluated_from: 'tables',
      self_evaluated: 13,
      self_evaluated_from: 'tables',
      external: 1,
      external_from: 'tables',
    });
  });
});
