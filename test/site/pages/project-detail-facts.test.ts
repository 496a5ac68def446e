/** What /projects/<slug>/ says about one table (src/lib/pages/project-detail-facts.ts), on the real derived data. */
import { describe, expect, test } from 'vitest';
import { factsOf, projectDetailFacts } from '../../../src/lib/pages/project-detail-facts';
import { allProjectFacts } from '../../../src/lib/pages/projects-facts';

describe('projectDetailFacts', () => {
  test('a table with a funds row: its figures each cite the line that prints them', () => {
    const d = projectDetailFacts('rising-s-t-stars-programme', 'en');
    expect(d.facts).toBe(factsOf('rising-s-t-stars-programme'));
    expect(d.all).toBe(allProjectFacts());
    expect([d.p.slug, d.indicators.length, d.name]).toEqual([
      'rising-s-t-stars-programme',
      5,
      'Rising S&T Stars programme',
    ]);
    expect([d.first, d.last]).toEqual([2447, 2555]);
    expect([d.budgetLines, d.executedLines, d.rateLines, d.fundsScoreLines]).toEqual([[2467], [2468], [2470], [2471]]);
    // the total cites the line that prints it (the pipeline's total_score_line), not the whole table
    expect(d.totalLines).toEqual([2555]);
    expect(d.fundsLost).toBe(0.2);
    expect([d.rateFinding?.id, d.fundsFinding?.id, d.totalFinding?.id, d.yearFinding?.id]).toEqual([
      'project-exec-rate/rising-s-t-stars-programme',
      'project-funds-score/rising-s-t-stars-programme',
      undefined,
      undefined,
    ]);
    expect(d.printedDiffers).toBe(true);
    expect([d.band, d.diff]).toEqual(['90 and above', 0]);
    expect([d.prev?.number, d.next]).toEqual([12, undefined]);
    expect(d.findingsSorted.map((f) => f.id)).toEqual([
      'project-exec-rate/rising-s-t-stars-programme',
      'project-funds-score/rising-s-t-stars-programme',
    ]);
    expect(d.names.get('untitled-table-9')).toBe('Untitled table (header missing in the report)');
  });

  test('the untitled table: no funds row, its findings most severe first, its neighbours', () => {
    const d = projectDetailFacts('untitled-table-9', 'zh');
    expect(d.name).toBe('名称缺失的自评表');
    expect([d.first, d.last]).toEqual([1994, 2037]);
    expect([d.budgetLines, d.executedLines, d.rateLines, d.fundsScoreLines, d.totalLines]).toEqual([
      // A and B come from the cost indicator: its target and actual cells, on the lines that print 200
      [2007],
      [2008],
      [2037],
      [2037],
      [2037],
    ]);
    expect(d.fundsLost).toBeNull(); // the pipeline's null (projects.funds_points_lost)
    expect(d.printedDiffers).toBe(false);
    expect(d.totalFinding?.id).toBe('project-total-score/untitled-table-9');
    expect([d.band, d.diff]).toEqual(['75–90分', 22]);
    expect([d.prev?.number, d.next?.number]).toEqual([8, 10]);
    expect(d.findingsSorted.map((f) => [f.id, f.severity])).toEqual([
      ['table-complete/untitled-table-9', 'medium'],
      ['project-total-score/untitled-table-9', 'could-not-check'],
      ['project-weights/untitled-table-9', 'could-not-check'],
    ]);
  });

  test('every table has its facts; an unknown slug is an error that names it', () => {
    for (const f of allProjectFacts()) expect(projectDetailFacts(f.project.slug, 'zh').facts.number).toBe(f.number);
    expect(() => projectDetailFacts('nope', 'en')).toThrow('ProjectDetail: no project nope');
  });
});
