/**
 * /scores/: the facts its text and its charts share — the scored tables and the externally evaluated incubation
 * fund, the range of the totals, the band counts three ways (the report's summary, the printed totals, the
 * recomputed totals) and the projects a recomputed total moves to another band.
 */
import { template, words, type WordKey } from '../words/scores';
import { formatScore, printedScore } from '../format';
import { projectFacts, projectName, tableStarts, type ProjectFacts } from '../project-facts';
import { data, linesOf, scoreBandRows } from '../data';
import { escapeHtml, fillHtml, linkHtml } from '../html';
import { termText } from '../terms';
import { localePath, t, type Locale } from '../i18n';
import { BANDS, type ScoreBand } from '../../../contract/bands';
import type { ScoreBandRow } from '../../../contract/tables';

/** The line that prints a scored table's total score, as the parser read it. */
export function totalLine(f: ProjectFacts): number {
  if (f.project.total_score_line === null) throw new Error(`totalLine: ${f.project.slug} prints no total score`);
  return f.project.total_score_line;
}

const sortedUnique = (lines: readonly number[]) => [...new Set(lines)].sort((a, b) => a - b);

/** One value of each band's row, by band. */
const byBand = (rows: Record<ScoreBand, ScoreBandRow>, pick: (r: ScoreBandRow) => number) =>
  Object.fromEntries(BANDS.map((b) => [b, pick(rows[b])])) as Record<ScoreBand, number>;

function computeScoresFacts() {
  const facts = projectFacts(data.projects, data.indicators, data.findings.findings);
  const scored = facts.filter((f) => f.project.total_score !== null);
  // the externally evaluated fund; its section of the report is optional
  const incubation = data.incubationScores.find((s) => s.dimension === 'total');
  const summary = data.evaluationSummary;
  // the evaluation as a whole, as the pipeline counted it (data/derived/scores-summary.json): the projects
  // evaluated, the printed totals' range and most frequent value
  const whole = data.scoresSummary[0];
  if (!whole) throw new Error('scores-summary.json: no row');
  // the projects per band, as the pipeline counted them (data/derived/score-bands.json)
  const bands = scoreBandRows();
  const hasScores = whole.scores > 0;
  const topCount = bands['90+'].printed_count;
  const midCount = bands['75-90'].printed_count;
  const midFacts = scored.filter((f) => f.project.score_band === '75-90');
  const incubationMid = incubation?.score_band === '75-90';
  const totalLines = sortedUnique([...scored.map(totalLine), ...(incubation?.source_lines ?? [])]);

  // band counts: the report's summary against the tables (a summary that states none shows none)
  const procedures = summary.filter((s) => s.procedure !== 'all');
  const reportCounts = byBand(bands, (r) => r.report_count ?? 0);
  const printedCounts = byBand(bands, (r) => r.printed_count);
  const recomputedCounts = byBand(bands, (r) => r.recomputed_count);
  const below75 = bands['60-75'].printed_count_at_or_below;
  const moved = scored.filter((f) => f.project.score_band !== f.project.score_band_recomputed);
  const summaryLines = linesOf(summary);

  return {
    /** every self-evaluation table, in report order */
    facts,
    /** the tables that print a total score */
    scored,
    /** the incubation fund's total, when the report has its section */
    incubation,
    summary,
    /** projects evaluated, as the report's summary states (else the self-evaluated and the externally evaluated) */
    evaluated: whole.evaluated,
    /** projects that evaluated themselves (the simplified procedure) */
    selfEvaluated: whole.self_evaluated,
    /** projects evaluated by a third party (the standard procedure) */
    externalCount: whole.external,
    hasScores,
    /** the lowest and highest printed totals (0 where none is printed), with their printed text */
    minScore: whole.min_score ?? 0,
    minScorePrinted: whole.min_score_printed,
    maxScore: whole.max_score ?? 0,
    maxScorePrinted: whole.max_score_printed,
    /** totals of 90 or more */
    topCount,
    /** the most frequent total as printed, and how many share it */
    modeScorePrinted: whole.mode_score_printed,
    modeCount: whole.mode_count,
    /** totals from 75 to below 90 */
    midCount,
    /** the self-evaluations in the 75–90 band, and whether the fund is */
    midFacts,
    incubationMid,
    /** the lines that print the totals */
    totalLines,
    /** the report's summary by procedure ("all" left out); without it the band counts have nothing to match */
    procedures,
    hasSummary: procedures.length > 0,
    reportCounts,
    printedCounts,
    /** printed totals below 75 (the 60–75 and below-60 bands) */
    below75,
    recomputedCounts,
    /** the self-evaluations whose recomputed total falls in another band than the printed one */
    moved,
    summaryLines,
    /** the summary's lines and the totals' lines */
    bandsLines: sortedUnique([...summaryLines, ...totalLines]),
    /** the summary's counts are the printed totals' */
    bandsMatch: BANDS.every((b) => bands[b].report_matches_printed === true),
    /** the self-evaluations with an execution rate */
    withRate: scored.filter((f) => f.rate !== null),
    /** the first line of every table */
    starts: tableStarts(facts),
  };
}

export type ScoresFacts = ReturnType<typeof computeScoresFacts>;

let cached: ScoresFacts | null = null;

/** The facts of /scores/, computed once per build from data/derived. */
export function scoresFacts(): ScoresFacts {
  cached ??= computeScoresFacts();
  return cached;
}

/** A word of the scores page (src/i18n/pages/scores.<locale>.json). */
export const scoresWord = (locale: Locale, key: WordKey, params?: Record<string, string | number>) =>
  words(locale, key, params);

/** A table's project name in `locale` (the untitled table named as such). */
export const scoresProjectName = (f: ProjectFacts, locale: Locale) =>
  projectName(f.project, locale, words(locale, 'untitled'));

/** Project slug → name in `locale`, for the finding messages that name projects by slug. */
export function scoresProjectNames(locale: Locale): Map<string, string> {
  return new Map(scoresFacts().facts.map((f) => [f.project.slug, scoresProjectName(f, locale)]));
}

/** The name of an evaluation band (`90 and above`). */
export const bandLabel = (locale: Locale, b: ScoreBand) => words(locale, `band.${b}` as WordKey);

/** Items joined by the locale's list separator. */
export const scoresList = (locale: Locale, items: readonly string[]) => items.join(t(locale, 'chart.listSeparator'));

/** The page's headline: projects evaluated, and how many scored 90 or more. */
export function scoresHeadline(locale: Locale): string {
  const f = scoresFacts();
  return words(locale, 'h1', { n: f.evaluated, top: f.topCount });
}

/**
 * The externally evaluated project as the page names it: its name as the report prints it (the incubation-scores
 * table's fund_zh, in English fund_en from the glossary, else the Chinese).
 * @example externalName('en') // 'the Fengtai science and technology incubation fund'
 */
export function externalName(locale: Locale): string {
  const row = data.incubationScores[0];
  const fund = locale === 'en' ? (row?.fund_en ?? row?.fund_zh) : row?.fund_zh;
  if (!fund) return words(locale, 'externalUnnamed');
  // a Chinese name (no English in the glossary) takes no article
  return locale === 'en' && !row?.fund_en ? fund : words(locale, 'externalName', { fund });
}

/**
 * The sentence on the lowest scores: none below 75 (every score above the lowest, rounded down), or how many fell
 * in the 60–75 and below-60 bands (the printed totals).
 */
export function scoresFloor(locale: Locale): string {
  const { minScore, minScorePrinted, below75, printedCounts } = scoresFacts();
  return below75 === 0
    ? words(locale, 'floor.none', { min: formatScore(Math.floor(minScore), locale) })
    : words(locale, 'floor.some', {
        min: printedScore(minScorePrinted, locale),
        n60: printedCounts['60-75'],
        n0: printedCounts['<60'],
      });
}

/**
 * The page's lede, as HTML: who evaluated how many projects (the third-party count from the summary: one named, or
 * several with the fund's score), the fund's score, the lowest scores.
 */
export function scoresLedeHtml(locale: Locale): string {
  const { evaluated, selfEvaluated, incubation, externalCount } = scoresFacts();
  const key = !incubation ? 'ledeNoExternal' : externalCount === 1 ? 'lede' : 'ledeExternals';
  return fillHtml(
    template(locale, key),
    {
      n: String(evaluated),
      self: String(selfEvaluated),
      external: String(externalCount),
      externalName: escapeHtml(externalName(locale)),
      externalScore: escapeHtml(printedScore(incubation?.score_printed, locale)),
      floor: escapeHtml(scoresFloor(locale)),
    },
    termText(locale),
  );
}

/** The closing line, as HTML: a link to /projects/. */
export function scoresToProjectsHtml(locale: Locale): string {
  return fillHtml(template(locale, 'toProjects'), {
    link: linkHtml(localePath(locale, '/projects/'), words(locale, 'toProjectsLink')),
  });
}
