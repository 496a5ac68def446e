/**
 * The site's only door to the data: the tables in data/derived/ (written by `npm run data`), each parsed through
 * its schema in contract/ when the site loads it, so a file that does not match fails the build with the file,
 * row, column and what was expected. Pages never read data/raw; the figures' own lines, bands and slugs come
 * from the tables. The folder can be another one (a test builds the site from a doctored copy of the report):
 * set DERIVED_DIR; astro.config.mjs points the `@derived` alias there, and derivedDir() gives the same folder to
 * code that reads files with node:fs.
 */
import { resolve } from 'node:path';
import type { z } from 'zod';
import { DERIVED_FILES } from '../../contract/derived';
import type { FigureRef, Finding } from '../../contract/files';
import { auditColumnNames, type AuditStatus } from '../../contract/columns';
import { BANDS, type ScoreBand } from '../../contract/bands';
import { FIGURES, TABLES, TABLE_KEYS, type ScoreBandRow, type TableName } from '../../contract/tables';
import { parseFile, parseRows } from '../../contract/validate';
import overviewTotals from '@derived/overview-totals.json';
import overviewBreakdown from '@derived/overview-breakdown.json';
import staff from '@derived/staff.json';
import spending from '@derived/spending.json';
import spendingTotal from '@derived/spending-total.json';
import threePublic from '@derived/three-public.json';
import runningCosts from '@derived/running-costs.json';
import procurement from '@derived/procurement.json';
import purchasedServices from '@derived/purchased-services.json';
import glossary from '@derived/glossary.json';
import evaluationSummary from '@derived/evaluation-summary.json';
import incubationFunds from '@derived/incubation-funds.json';
import incubationScores from '@derived/incubation-scores.json';
import incubationEmployment from '@derived/incubation-employment.json';
import projects from '@derived/projects.json';
import indicators from '@derived/indicators.json';
import findings from '@derived/findings.json';
import checks from '@derived/checks.json';
import manifest from '@derived/manifest.json';
import reportLines from '@derived/report-lines.json';
import reportBlocks from '@derived/report-blocks.json';
import projectsTotal from '@derived/projects-total.json';
import scoreBands from '@derived/score-bands.json';
import pointsLostByKind from '@derived/points-lost-by-kind.json';
import scoresSummary from '@derived/scores-summary.json';
import subject from '@derived/subject.json';

/**
 * The folder the site's tables come from: DERIVED_DIR (relative to the project root) or data/derived/.
 * Astro builds from the project root, so process.cwd() is that root.
 * @example readFileSync(join(derivedDir(), 'spending.csv'))
 */
export function derivedDir(): string {
  return resolve(process.cwd(), process.env.DERIVED_DIR ?? 'data/derived');
}

export type { Manifest, ReportBlock, ReportBlockCell } from '../../contract/files';

const table = <N extends keyof typeof TABLES>(name: N, rows: unknown) =>
  parseRows(`data/derived/${name}.json`, TABLES[name].schema as (typeof TABLES)[N]['schema'], rows);
const file = <N extends keyof typeof DERIVED_FILES>(name: N, value: unknown) =>
  parseFile(`data/derived/${name}`, DERIVED_FILES[name], value) as z.infer<(typeof DERIVED_FILES)[N]>;

export const data = {
  overviewTotals: table('overview-totals', overviewTotals),
  overviewBreakdown: table('overview-breakdown', overviewBreakdown),
  staff: table('staff', staff),
  spending: table('spending', spending),
  spendingTotal: table('spending-total', spendingTotal),
  threePublic: table('three-public', threePublic),
  runningCosts: table('running-costs', runningCosts),
  procurement: table('procurement', procurement),
  purchasedServices: table('purchased-services', purchasedServices),
  glossary: table('glossary', glossary),
  evaluationSummary: table('evaluation-summary', evaluationSummary),
  incubationFunds: table('incubation-funds', incubationFunds),
  incubationScores: table('incubation-scores', incubationScores),
  incubationEmployment: table('incubation-employment', incubationEmployment),
  projects: table('projects', projects),
  indicators: table('indicators', indicators),
  /** the tables' budgets, spending and money unspent added up, and the top shortfalls: one row */
  projectsTotal: table('projects-total', projectsTotal),
  /** projects per score band (contract/bands.ts order), counted three ways by the pipeline */
  scoreBands: table('score-bands', scoreBands),
  /** points lost by kind of indicator (contract/indicator-kinds.ts order), summed by the pipeline */
  pointsLostByKind: table('points-lost-by-kind', pointsLostByKind),
  /** the evaluation as a whole (projects evaluated, the printed totals' range, the points lost added up): one row */
  scoresSummary: table('scores-summary', scoresSummary),
  /** the report's subject: one row (the department, its short name, the year, the place) */
  subject: table('subject', subject),
  findings: file('findings.json', findings),
  checks: file('checks.json', checks),
  manifest: file('manifest.json', manifest),
  reportLines: file('report-lines.json', reportLines),
  reportBlocks: file('report-blocks.json', reportBlocks),
};

/** The audit findings about any of `lines` bar could-not-check ones (to attach a note to a chart that draws on them). */
export function findingsAbout(lines: readonly number[]): Finding[] {
  const set = new Set(lines);
  return data.findings.findings.filter(
    (f) => f.severity !== 'could-not-check' && f.source_lines.some((n) => set.has(n)),
  );
}

/** The pipeline's count of each score band (data/derived/score-bands.json), by band. */
export function scoreBandRows(): Record<ScoreBand, ScoreBandRow> {
  const rows = Object.fromEntries(data.scoreBands.map((r) => [r.band, r]));
  for (const b of BANDS) if (!rows[b]) throw new Error(`score-bands.json: no row for band ${b}`);
  return rows as Record<ScoreBand, ScoreBandRow>;
}

const anchors = new Map(data.findings.findings.map((f) => [f.id, f.anchor]));

/**
 * A finding's id on the audit page (its `anchor` in findings.json, made by the pipeline).
 * @throws if findings.json has no finding `id`
 */
export function findingAnchor(id: string): string {
  const anchor = anchors.get(id);
  if (anchor === undefined) throw new Error(`findings.json: no finding ${id}`);
  return anchor;
}

/** A share (of spending, of procurement) as the report prints it, or as the pipeline recomputed it where it prints none. */
export function printedShare(row: { share_pct: number | null; share_pct_recomputed: number }): number {
  return row.share_pct ?? row.share_pct_recomputed;
}

/** Every report line a set of rows draws on, sorted and without repeats. */
export function linesOf(rows: readonly { source_lines: readonly number[] }[]): number[] {
  return [...new Set(rows.flatMap((r) => r.source_lines))].sort((a, b) => a - b);
}

const tablesByName: Record<TableName, readonly Record<string, unknown>[]> = {
  'overview-totals': data.overviewTotals,
  'overview-breakdown': data.overviewBreakdown,
  staff: data.staff,
  'spending-total': data.spendingTotal,
  spending: data.spending,
  'three-public': data.threePublic,
  'running-costs': data.runningCosts,
  procurement: data.procurement,
  'purchased-services': data.purchasedServices,
  glossary: data.glossary,
  'evaluation-summary': data.evaluationSummary,
  'incubation-funds': data.incubationFunds,
  'incubation-scores': data.incubationScores,
  'incubation-employment': data.incubationEmployment,
  projects: data.projects,
  'projects-total': data.projectsTotal,
  indicators: data.indicators,
  'score-bands': data.scoreBands,
  'points-lost-by-kind': data.pointsLostByKind,
  'scores-summary': data.scoresSummary,
  subject: data.subject,
};

/** The audit's verdict on one figure of the derived tables. */
export interface FigureVerdict {
  status: AuditStatus;
  /** finding ids, space-separated; empty where none */
  finding_ids: string;
}

/**
 * The verdict the pipeline wrote beside a figure (its table's audit columns); null where the figure is not
 * printed.
 * @throws if the table has no such row or the column is not one of its figures
 */
export function figureVerdict(ref: FigureRef): FigureVerdict | null {
  const table = ref.table as TableName;
  const figures = FIGURES[table] as readonly string[] | undefined;
  if (!figures?.includes(ref.column)) throw new Error(`figureVerdict: ${ref.column} is not a figure of ${ref.table}`);
  const keys = TABLE_KEYS[table] as readonly string[];
  const row = tablesByName[table].find((r) => keys.map((k) => String(r[k])).join('/') === ref.row);
  if (!row) throw new Error(`figureVerdict: ${ref.table} has no row ${ref.row}`);
  const names = auditColumnNames(ref.column, figures);
  const status = row[names.status] as AuditStatus | null;
  return status === null ? null : { status, finding_ids: row[names.ids] as string };
}

/**
 * The verdict beside `column` of `row`, a row of `table` (found by its TABLE_KEYS), for a figure a page shows on
 * its own (a lede, a key figure): what figureHtml's `verdict` takes.
 * @example verdictOf('projects', p, 'total_score') // { status: 'conflict', finding_ids: 'project-total-score/…' }
 */
export function verdictOf(
  table: TableName,
  row: Readonly<Record<string, unknown>>,
  column: string,
): FigureVerdict | null {
  const key = (TABLE_KEYS[table] as readonly string[]).map((k) => String(row[k])).join('/');
  return figureVerdict({ table, row: key, column });
}
