/**
 * The site's only door to the data: the tables in data/derived/ (written by `npm run data`), typed with
 * src/lib/schema.ts. Pages never read data/raw and never re-parse report text. The folder can be another one
 * (a test builds the site from a doctored copy of the report): set DERIVED_DIR; astro.config.mjs points the
 * `@derived` alias there, and derivedDir() gives the same folder to code that reads files with node:fs.
 */
import { resolve } from 'node:path';
import type {
  BreakdownRow,
  CheckRecord,
  EvaluationSummaryRow,
  Finding,
  FindingsFile,
  IncubationEmploymentRow,
  IncubationFundRow,
  IncubationScoreRow,
  IndicatorRow,
  ProcurementRow,
  ProjectRow,
  PurchasedServicesRow,
  RunningCostsRow,
  SpendingRow,
  StaffRow,
  ThreePublicRow,
  TotalRow,
} from './schema';
import overviewTotals from '@derived/overview-totals.json';
import overviewBreakdown from '@derived/overview-breakdown.json';
import staff from '@derived/staff.json';
import spending from '@derived/spending.json';
import spendingTotal from '@derived/spending-total.json';
import threePublic from '@derived/three-public.json';
import runningCosts from '@derived/running-costs.json';
import procurement from '@derived/procurement.json';
import purchasedServices from '@derived/purchased-services.json';
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

/**
 * The folder the site's tables come from: DERIVED_DIR (relative to the project root) or data/derived/.
 * Astro builds from the project root, so process.cwd() is that root.
 * @example readFileSync(join(derivedDir(), 'spending.csv'))
 */
export function derivedDir(): string {
  return resolve(process.cwd(), process.env.DERIVED_DIR ?? 'data/derived');
}

export interface ReportBlockCell {
  from: number;
  to: number;
  text: string;
}
export type ReportBlock =
  | { kind: 'heading'; n: number; text: string; section: string | null; part: number | null }
  | { kind: 'text'; n: number; text: string }
  | { kind: 'table'; from: number; to: number; rows: { from: number; to: number; cells: ReportBlockCell[] }[] };

export interface Manifest {
  source: { file: string; sha256: string; recorded_sha256: string | null; matches_record: boolean; lines: number };
  tables: {
    name: string;
    files: { csv: string; json: string };
    rows: number;
    columns: { name: string; type: string; unit: string | null }[];
  }[];
  other_files: Record<string, string>;
  missing_sections: string[];
  untranslated_names: string[];
}

export const data = {
  overviewTotals: overviewTotals as TotalRow[],
  overviewBreakdown: overviewBreakdown as BreakdownRow[],
  staff: staff as StaffRow[],
  spending: spending as SpendingRow[],
  spendingTotal: spendingTotal as {
    name_zh: string;
    name_en: string | null;
    amount_wan: number;
    source_lines: number[];
    quote: string;
  }[],
  threePublic: threePublic as ThreePublicRow[],
  runningCosts: runningCosts as RunningCostsRow[],
  procurement: procurement as ProcurementRow[],
  purchasedServices: purchasedServices as PurchasedServicesRow[],
  evaluationSummary: evaluationSummary as EvaluationSummaryRow[],
  incubationFunds: incubationFunds as IncubationFundRow[],
  incubationScores: incubationScores as IncubationScoreRow[],
  incubationEmployment: incubationEmployment as IncubationEmploymentRow[],
  projects: projects as ProjectRow[],
  indicators: indicators as IndicatorRow[],
  findings: findings as FindingsFile,
  checks: checks as CheckRecord[],
  manifest: manifest as Manifest,
  reportLines: reportLines as { n: number; text: string }[],
  reportBlocks: reportBlocks as ReportBlock[],
};

/** The audit findings about any of `lines` (to attach a note to a chart that draws on them). */
export function findingsAbout(lines: readonly number[], options: { includeCouldNotCheck?: boolean } = {}): Finding[] {
  const set = new Set(lines);
  return data.findings.findings.filter(
    (f) => (options.includeCouldNotCheck || f.severity !== 'could-not-check') && f.source_lines.some((n) => set.has(n)),
  );
}

/** An anchor id for a finding on the audit page (finding ids contain `/`). */
export function findingAnchor(id: string): string {
  return `finding-${id.replace(/[^A-Za-z0-9-]+/g, '-')}`;
}

/** Every report line a set of rows draws on, sorted and without repeats. */
export function linesOf(rows: readonly { source_lines: readonly number[] }[]): number[] {
  return [...new Set(rows.flatMap((r) => r.source_lines))].sort((a, b) => a - b);
}
