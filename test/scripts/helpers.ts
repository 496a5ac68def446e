import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Glossary } from '../../scripts/lib/glossary.ts';
import { sha256, toLines, type ReportLine } from '../../scripts/lib/load-report.ts';
import type { ParsedReport } from '../../scripts/lib/model.ts';
import type { Fig } from '../../scripts/lib/read-figures.ts';
import { Problems } from '../../scripts/lib/report-error.ts';
import { runPipelineOn } from '../../scripts/run-pipeline.ts';

const dir = fileURLToPath(new URL('./fixtures/', import.meta.url));
const index = JSON.parse(readFileSync(`${dir}index.json`, 'utf8')) as Record<string, number>;

export const FILE = 'fengtai-sti-2019.txt';
export const REPORT_PATH = fileURLToPath(new URL('../../data/raw/fengtai-sti-2019.txt', import.meta.url));
export const GLOSSARY_PATH = fileURLToPath(new URL('../../data/glossary.json', import.meta.url));

/** Numbers lines from `first`, as they are numbered in the report. */
export function numbered(text: string, first: number): ReportLine[] {
  return toLines(text).map((l) => ({ n: l.n + first - 1, text: l.text }));
}

/** A fixture's text, optionally changed in memory by [from, to] replacements (each must apply). */
export function fixtureText(name: string, ...edits: [string, string][]): string {
  let text = readFileSync(`${dir}${name}.txt`, 'utf8');
  for (const [from, to] of edits) {
    if (!text.includes(from)) throw new Error(`fixture ${name} has no "${from}" to change`);
    text = text.replace(from, to);
  }
  return text;
}

/** The report line a fixture starts at. */
export function fixtureFirstLine(name: string): number {
  const first = index[name];
  if (first === undefined) throw new Error(`no fixture ${name} in index.json`);
  return first;
}

/** A fixture as report lines numbered as in the report. */
export function fixture(name: string, ...edits: [string, string][]): ReportLine[] {
  const first = index[name];
  if (first === undefined) throw new Error(`no fixture ${name} in index.json`);
  return numbered(fixtureText(name, ...edits), first);
}

export const problems = () => new Problems(FILE);

/** The sections of the other-matters fixture (report lines 92–116) as the section splitter hands them to its parser. */
export function otherMattersSections(lines: ReportLine[]) {
  const at = (from: number, to: number) => lines.filter((l) => l.n >= from && l.n <= to);
  return {
    three_public: at(92, 99),
    running_costs: at(101, 103),
    procurement: at(105, 107),
    purchased_services: at(115, 116),
  };
}

/** Runs a parser with a fresh problems() list: what it returned, and the messages of the errors it reported. */
export function parsed<T>(run: (p: Problems) => T): { out: T; errors: string[] } {
  const p = problems();
  const out = run(p);
  return { out, errors: p.errors.map((e) => e.message) };
}

/** A Fig as a compact, comparable value: `1434.3@2` (value and printed decimals). */
export const fig = (f: Fig | null | undefined) => (f ? `${f.value}@${f.decimals}` : null);

/** A model with nothing in it, for running one rule on one excerpt. */
export function emptyModel(): ParsedReport {
  return {
    file: FILE,
    sha256: '',
    year: 2019,
    overview: { totals: [], breakdowns: [], staff: [], basicExpenditure: null },
    spending: {
      total: { value: 0, decimals: 0, text: '0', line: 0 },
      totalQuote: { lines: [], quote: '' },
      overview: [],
      items: [],
    },
    other: { threePublic: [], runningCosts: null, procurement: [], purchasedServices: null, terms: [] },
    evaluation: { procedures: [], incubation: null },
    projects: [],
    missing: [],
    names_en: {},
  };
}

/** The files `npm run data` writes for `text` as the report `report.txt` (in memory), by name. */
export function pipelineFiles(text: string): Map<string, string> {
  const report = { file: 'report.txt', path: 'report.txt', sha256: sha256(text), lines: toLines(text) };
  return runPipelineOn(report, Glossary.load(GLOSSARY_PATH)).files;
}
