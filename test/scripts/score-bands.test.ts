import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { BANDS } from '../../contract/bands.ts';
import { OTHER_FACTS, otherReportText } from '../other-site.ts';
import { pipelineFiles, REPORT_PATH } from './helpers.ts';

/**
 * data/derived/score-bands: the projects per band, counted once by the pipeline three ways (the summary, the
 * printed totals, the recomputed totals), as /, /scores/ and the briefing show them.
 */
const raw = readFileSync(REPORT_PATH, 'utf8');

function pipeline(text: string) {
  const files = pipelineFiles(text);
  const json = (name: string) => JSON.parse(files.get(name)!) as Record<string, unknown>[];
  /** a table's rows as arrays of the named columns */
  const rows = (table: string, ...columns: string[]) => json(`${table}.json`).map((r) => columns.map((c) => r[c]));
  return { files, json, rows };
}
const COUNTS = [
  'band',
  'report_count',
  'printed_count',
  'printed_count_at_or_below',
  'recomputed_count',
  'report_matches_printed',
];
const counts = (text: string) => pipeline(text).rows('score-bands', ...COUNTS);

describe('score-bands', () => {
  const report = pipeline(raw);

  test('this report: the summary (line 128) and the printed totals agree; recomputed, table 9 drops to 60–75', () => {
    expect(report.rows('score-bands', ...COUNTS)).toEqual([
      ['90+', 9, 9, 14, 9, true],
      ['75-90', 5, 5, 5, 4, true],
      ['60-75', 0, 0, 0, 1, true],
      ['<60', 0, 0, 0, 0, true],
    ]);
  });

  test('the lines: the printed totals of each band (tables’ last lines, the fund’s line 268); with the summary’s', () => {
    expect(report.rows('score-bands', 'band', 'printed_lines', 'source_lines')).toEqual([
      [
        '90+',
        [499, 708, 1149, 1542, 1722, 1989, 2308, 2442, 2555],
        [128, 499, 708, 1149, 1542, 1722, 1989, 2308, 2442, 2555],
      ],
      ['75-90', [268, 977, 1355, 2037, 2183], [128, 268, 977, 1355, 2037, 2183]],
      // the table whose recomputed total falls in 60–75 (its total on line 2037)
      ['60-75', [], [128, 2037]],
      ['<60', [], [128]],
    ]);
    expect(report.files.get('score-bands.csv')).toContain('\n60-75,0,0,,0,1,true,128;2037,');
  });

  test('one row per band of contract/bands.ts, in its order, in every report', () => {
    expect(report.rows('score-bands', 'band').flat()).toEqual(BANDS);
  });

  test('the other-report variant: a total below 75 and the summary moved with it — every count follows', () => {
    expect(counts(otherReportText(raw))).toEqual([
      ['90+', 9, 9, 14, 9, true],
      ['75-90', 4, 4, 5, 4, true],
      ['60-75', 1, 1, 1, 1, true],
      ['<60', 0, 0, 0, 0, true],
    ]);
  });

  test('a total moved below 75 and the summary left as it is: the summary and the printed totals disagree', () => {
    const { line, variant } = OTHER_FACTS.lowScore;
    const lines = raw.split('\n');
    lines[line - 1] = variant;
    expect(counts(lines.join('\n'))).toEqual([
      ['90+', 9, 9, 14, 9, true],
      ['75-90', 5, 4, 5, 4, false],
      ['60-75', 0, 1, 1, 1, false],
      ['<60', 0, 0, 0, 0, true],
    ]);
  });

  test('a report without the summary’s band counts: none from the summary, the tables’ still counted', () => {
    const text = raw.replace(/，评价得分在90分（含90分）以上的.*?评价得分在60分以下的\d+个/g, '');
    expect(text).not.toBe(raw);
    expect(counts(text)).toEqual([
      ['90+', null, 9, 14, 9, null],
      ['75-90', null, 5, 5, 4, null],
      ['60-75', null, 0, 0, 1, null],
      ['<60', null, 0, 0, 0, null],
    ]);
  });
});

describe('findings.json checks_total', () => {
  test('every check: those that ran and those that could not, as checks.json lists them', () => {
    const { json, files } = pipeline(raw);
    const f = JSON.parse(files.get('findings.json')!) as Record<string, number>;
    expect(f['checks_total']).toBe(json('checks.json').length);
    expect(f['checks_total']).toBe(f['checks_run']! + f['checks_could_not_run']!);
    expect(f['checks_total']).toBe(384);
  });
});
