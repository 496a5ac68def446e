/**
 * What /projects/ says about the self-evaluation tables, computed once for the page text and its charts: the
 * tables' facts (src/lib/project-facts.ts), their names, the totals, the shortfalls and the lowest
 * execution rate, and the lede.
 */
import { template, words } from '../words/projects';
import { projectFacts, projectName, type ProjectFacts } from '../project-facts';
import { formatRate } from '../format';
import { data } from '../data';
import { figureHtml } from '../figure';
import { escapeHtml, fillHtml } from '../html';
import { termText } from '../terms';
import type { Locale } from '../i18n';
import type { Finding } from '../../../contract/files';
import type { ProjectsTotalRow } from '../../../contract/tables';

let every: ProjectFacts[] | null = null;

/** The facts about every table of the report, in report order (computed once per build). */
export function allProjectFacts(): ProjectFacts[] {
  every ??= projectFacts(data.projects, data.indicators, data.findings.findings);
  return every;
}

/** The table's project name in `locale` (`untitled` for the table that lost its header). */
export function nameOf(f: ProjectFacts, locale: Locale): string {
  return projectName(f.project, locale, words(locale, 'untitled'));
}

/** slug → name in `locale`, for finding messages that name projects by slug. */
export function projectNames(facts: readonly ProjectFacts[], locale: Locale): Map<string, string> {
  return new Map(facts.map((f) => [f.project.slug, nameOf(f, locale)]));
}

/** The table prints an execution rate and the audit found it differs from the recomputed one. */
export function printedDiffers(f: ProjectFacts): boolean {
  return f.rateFindings.length > 0 && f.ratePrinted !== null;
}

const severityOrder = ['high', 'medium', 'low', 'could-not-check'];

/** `findings` most severe first (a copy; findings of the same severity keep their order). */
export function bySeverity(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => severityOrder.indexOf(a.severity) - severityOrder.indexOf(b.severity));
}

export interface ProjectsPageFacts {
  facts: ProjectFacts[];
  /**
   * the tables' budgets, spending and money left unspent added up, in 万元, the shortfalls and the top shortfalls
   * counted (the pipeline's projects-total row)
   */
  total: ProjectsTotalRow;
  /** the tables that spent less than budgeted, most money left unspent first */
  shortfalls: ProjectFacts[];
  /** the tables with a rate, lowest rate first */
  byRate: ProjectFacts[];
  /** the table with the lowest rate, if any has a rate */
  lowest: ProjectFacts | undefined;
  /** the tables whose printed rate the audit questions */
  mismatched: ProjectFacts[];
  /** every table, largest budget first */
  byBudget: ProjectFacts[];
}

/** The page's facts about `facts` (every table, in report order). */
export function projectsPageFacts(facts: ProjectFacts[], total: ProjectsTotalRow): ProjectsPageFacts {
  // in the pipeline's order (projects.shortfall_rank: most money unspent first, ties in report order)
  const shortfalls = facts
    .filter((f) => f.project.shortfall_rank !== null)
    .sort((a, b) => a.project.shortfall_rank! - b.project.shortfall_rank!);
  const byRate = [...facts].filter((f) => f.rate !== null).sort((a, b) => a.rate! - b.rate! || a.number - b.number);
  return {
    facts,
    total,
    shortfalls,
    byRate,
    lowest: byRate[0],
    mismatched: facts.filter((f) => f.rateFindings.length > 0),
    byBudget: [...facts].sort(
      (a, b) => (b.project.budget_wan ?? 0) - (a.project.budget_wan ?? 0) || a.number - b.number,
    ),
  };
}

let page: ProjectsPageFacts | null = null;

/** The page's facts about every table of the report (computed once per build). */
export function projectsPage(): ProjectsPageFacts {
  page ??= projectsPageFacts(allProjectFacts(), data.projectsTotal[0]!);
  return page;
}

/** The lede as HTML (its amounts are marked up for the unit switch). */
export function projectsLede(page: ProjectsPageFacts, locale: Locale): string {
  const { facts, lowest } = page;
  return fillHtml(
    template(locale, page.total.shortfalls && lowest ? 'lede' : 'ledeNoShort'),
    {
      n: String(facts.length),
      budget: figureHtml({ locale, wan: page.total.budget_wan }),
      executed: figureHtml({ locale, wan: page.total.executed_wan }),
      short: String(page.total.shortfalls),
      unspent: figureHtml({ locale, wan: page.total.unspent_wan }),
      lowest: escapeHtml(lowest ? nameOf(lowest, locale) : ''),
      lowestRate: escapeHtml(formatRate(lowest?.rate, locale)),
    },
    termText(locale),
  );
}
