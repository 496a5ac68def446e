/**
 * What /projects/<slug>/ says about one self-evaluation table: its facts and name, the lines that print each of
 * its figures, the audit findings on them, its neighbours in the report.
 */
import { words } from '../words/projects';
import type { ProjectFacts } from '../project-facts';
import type { Locale } from '../i18n';
import { allProjectFacts, bySeverity, nameOf, printedDiffers, projectNames } from './projects-facts';

/** The facts of the table `slug` (throws if there is none). */
export function factsOf(slug: string): ProjectFacts {
  const facts = allProjectFacts().find((f) => f.project.slug === slug);
  if (!facts) throw new Error(`ProjectDetail: no project ${slug}`);
  return facts;
}

/** Everything the page of the table `slug` shows besides its chart, in `locale`. */
export function projectDetailFacts(slug: string, locale: Locale) {
  const all = allProjectFacts();
  const facts = factsOf(slug);
  const { project: p, indicators } = facts;
  const costRow = indicators.find((i) => i.level2_zh === '成本指标');
  const fundsLines = p.executed_from === 'cost_indicator' && costRow ? costRow.source_lines : p.source_lines;
  // each figure cites the line it is printed on (from the tables); where it is not printed, the rows it belongs to
  const own = (line: number | null, rows: readonly number[]) => (line === null ? [...rows] : [line]);
  const budgetLines = own(p.budget_line, fundsLines);
  const executedLines = own(p.executed_line, fundsLines);
  const rateLines = own(p.exec_rate_line, p.source_lines);
  const fundsScoreLines = own(p.funds_score_line, p.source_lines);
  const totalLines = own(p.total_score_line, p.source_lines);
  return {
    all,
    facts,
    p,
    indicators,
    name: nameOf(facts, locale),
    /** the table's first and last report lines */
    first: facts.lines[0]!,
    last: facts.lines[facts.lines.length - 1]!,
    yearFinding: facts.findings.find((f) => f.rule === 'table-year'),
    /** the lines that print each figure */
    budgetLines,
    executedLines,
    rateLines,
    fundsScoreLines,
    totalLines,
    /** the points the funds row lost (the pipeline's), null where the table prints no funds weight or score */
    fundsLost: p.funds_points_lost,
    rateFinding: facts.rateFindings[0],
    fundsFinding: facts.fundsFindings[0],
    totalFinding: facts.totalFindings[0],
    printedDiffers: printedDiffers(facts),
    /** the printed total's band, in words */
    band: p.score_band === null ? '—' : words(locale, `band.${p.score_band}`),
    /** the printed total against the recomputed one, in points (the pipeline's), null where no total is printed */
    diff: p.total_score_diff,
    prev: all[facts.number - 2],
    next: all[facts.number],
    findingsSorted: bySeverity(facts.findings),
    names: projectNames(all, locale),
  };
}
