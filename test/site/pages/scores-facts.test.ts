/**
 * The facts /scores/ states and its charts share, on the real derived data: 13 self-evaluations and the
 * externally evaluated incubation fund, their band counts three ways, and the one project a recomputed total
 * moves to another band.
 */
import { describe, expect, test } from 'vitest';
import {
  bandLabel,
  scoresFacts,
  scoresHeadline,
  scoresLedeHtml,
  scoresList,
  scoresProjectName,
  scoresProjectNames,
  scoresToProjectsHtml,
  totalLine,
} from '../../../src/lib/pages/scores-facts';
import { withoutTerms } from '../../../src/lib/terms';
import { data } from '../../../src/lib/data';

describe('scoresFacts', () => {
  const f = scoresFacts();

  test('the scored tables in report order and the fund; the summary counts 14 projects, 13 self-evaluated', () => {
    expect(f.facts).toHaveLength(13);
    expect(f.scored.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect(f.incubation).toMatchObject({ dimension: 'total', score: 82.64, source_lines: [268] });
    expect([f.evaluated, f.selfEvaluated]).toEqual([14, 13]);
    expect(f.hasScores).toBe(true);
    expect(scoresFacts(), 'computed once').toBe(f);
  });

  test('the totals: 80.1 to 99.6, nine of 90 or more, five tied at 99.6, five from 75 to 90 (the fund among them)', () => {
    // the range and the most frequent total as the pipeline counted them (scores-summary.json), with their printed text
    expect([f.minScore, f.maxScore, f.topCount]).toEqual([80.1, 99.6, 9]);
    expect([f.minScorePrinted, f.maxScorePrinted]).toEqual(['80.1', '99.6']);
    expect([f.modeScorePrinted, f.modeCount, f.midCount]).toEqual(['99.6', 5, 5]);
    expect([f.evaluated, f.externalCount]).toEqual([data.scoresSummary[0]!.evaluated, data.scoresSummary[0]!.external]);
    expect(f.midFacts.map((m) => m.number)).toEqual([3, 5, 9, 10]);
    expect(f.incubationMid).toBe(true);
  });

  test('each table cites the line the parser read its total from; the totals with the fund’s line, sorted', () => {
    expect(f.scored.map(totalLine)).toEqual([
      499, 708, 977, 1149, 1355, 1542, 1722, 1989, 2037, 2183, 2308, 2442, 2555,
    ]);
    expect(f.totalLines).toEqual([268, 499, 708, 977, 1149, 1355, 1542, 1722, 1989, 2037, 2183, 2308, 2442, 2555]);
    expect(f.starts).toEqual([305, 504, 714, 982, 1154, 1360, 1547, 1727, 1994, 2043, 2187, 2312, 2447]);
  });

  test('a table that prints no total has no total line (rather than its last line)', () => {
    const [first] = f.scored;
    expect(() => totalLine({ ...first!, project: { ...first!.project, total_score_line: null } })).toThrow(
      /prints no total score/,
    );
  });

  test('band counts: the summary (line 128) matches the printed totals; recomputed, table 9 drops to 60–75', () => {
    expect(f.procedures).toHaveLength(2);
    expect(f.hasSummary).toBe(true);
    expect(f.reportCounts).toEqual({ '90+': 9, '75-90': 5, '60-75': 0, '<60': 0 });
    expect(f.printedCounts).toEqual({ '90+': 9, '75-90': 5, '60-75': 0, '<60': 0 });
    expect(f.recomputedCounts).toEqual({ '90+': 9, '75-90': 4, '60-75': 1, '<60': 0 });
    expect(f.bandsMatch).toBe(true);
    expect(f.moved.map((m) => [m.number, m.project.total_score, m.project.total_score_recomputed])).toEqual([
      [9, 88, 66],
    ]);
    expect(f.summaryLines).toEqual([128]);
    expect(f.bandsLines).toEqual([128, ...f.totalLines]);
  });

  test('every scored table has an execution rate', () => {
    expect(f.withRate.map((w) => w.number)).toEqual(f.scored.map((s) => s.number));
  });
});

describe('the page’s words', () => {
  test('headline and lede in both locales, the fund named and its score escaped into the HTML', () => {
    expect(scoresHeadline('en')).toBe('14 projects evaluated, 9 scored 90 or more');
    // running text: its glossary terms are candidate marks (src/lib/terms.ts), here read as plain text
    expect(scoresLedeHtml('zh')).toContain('<!--term performance-self-evaluation-->');
    expect(withoutTerms(scoresLedeHtml('en'))).toBe(
      'In 2020 the bureau evaluated 14 of its 2019 projects: 13 evaluated themselves under the simplified procedure, and one — the Fengtai science and technology incubation fund — was evaluated by an outside evaluator under the standard procedure and scored 82.64 pts. Every score is above 80 pts; no project fell in the 60–75 or below-60 bands.',
    );
    expect(scoresHeadline('zh')).toBe('14个评价项目，9个得分在90分以上');
    expect(withoutTerms(scoresLedeHtml('zh'))).toBe(
      '2020年，科信局对2019年度的14个项目开展了绩效评价：13个按简易程序自评，1个——丰台区科技创新孵化专项资金——按普通程序由第三方评价，得82.64 分。全部得分都在80 分以上，没有一个项目落入60–75分或60分以下两档。',
    );
  });

  test('the closing link to /projects/ in the reader’s locale', () => {
    expect(scoresToProjectsHtml('en')).toBe(
      `Each project’s budget, spending and indicator rows: see <a href="/en/projects/">Projects</a>.`,
    );
    expect(scoresToProjectsHtml('zh')).toBe('各项目的预算、执行与每行指标，见<a href="/projects/">“项目”页</a>。');
  });

  test('names, bands and lists in the reader’s language; slugs map to names for the English findings', () => {
    const [first] = scoresFacts().scored;
    expect(scoresProjectName(first!, 'zh')).toBe('丰台区统一政务云数据中心项目');
    expect(scoresProjectName(first!, 'en')).toBe('Fengtai unified government cloud data centre');
    expect(scoresProjectNames('en').get('untitled-table-9')).toBe('Untitled table (header missing in the report)');
    expect(scoresProjectNames('zh').size).toBe(13);
    expect([bandLabel('zh', '90+'), bandLabel('en', '<60')]).toEqual(['90分及以上', 'below 60']);
    expect([scoresList('zh', ['a', 'b']), scoresList('en', ['a', 'b'])]).toEqual(['a、b', 'a, b']);
  });
});
