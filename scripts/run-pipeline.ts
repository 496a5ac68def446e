import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { runAudit } from './audit/run-audit.ts';
import { buildTables } from './build-tables.ts';
import { Glossary } from './lib/glossary.ts';
import { loadReport, type Report } from './lib/load-report.ts';
import { parseReport } from './parse-report.ts';
import { renderDerived } from './write-derived.ts';

export interface PipelineResult {
  files: Map<string, string>;
  summary: {
    tables: number;
    rows: number;
    checks: number;
    passed: number;
    failed: number;
    couldNotRun: number;
    findings: number;
  };
  warnings: string[];
}

/** The sha256 recorded for a file in the SOURCES.md beside it, if any. */
export function recordedSha256(input: string): string | null {
  const sources = join(dirname(input), 'SOURCES.md');
  if (!existsSync(sources)) return null;
  const row = readFileSync(sources, 'utf8')
    .split('\n')
    .find((l) => l.includes(`\`${basename(input)}\``));
  return row ? (/`([0-9a-f]{64})`/.exec(row)?.[1] ?? null) : null;
}

/** Reads, parses, audits and renders one report file; throws ReportErrors for bad input. Writes nothing. */
export function runPipeline(input: string, glossaryPath: string): PipelineResult {
  return runPipelineOn(loadReport(input), Glossary.load(glossaryPath), recordedSha256(input));
}

/** The same, on a report already in memory (tests feed it damaged copies without touching the disk). */
export function runPipelineOn(report: Report, glossary: Glossary, recorded: string | null = null): PipelineResult {
  const parsed = parseReport(report, glossary);
  const audit = runAudit({ ...parsed, text: report.lines });
  const tables = buildTables(parsed, glossary, audit);
  const warnings: string[] = [];
  if (recorded && recorded !== report.sha256)
    warnings.push(
      `${report.file}: sha256 ${report.sha256} differs from the one recorded in SOURCES.md (${recorded}): this is not the report as received`,
    );
  if (parsed.missing.length)
    warnings.push(`${report.file}: optional parts not found, written without them: ${parsed.missing.join(', ')}`);
  const files = renderDerived({
    tables,
    findings: audit.file,
    checks: audit.checks,
    report,
    recordedSha256: recorded,
    missing: parsed.missing,
    untranslated: [...glossary.untranslated].sort(),
  });
  const f = audit.file;
  return {
    files,
    warnings,
    summary: {
      tables: Object.keys(tables).length,
      rows: Object.values(tables).reduce((s, t) => s + t.numRows(), 0),
      checks: f.checks_run + f.checks_could_not_run,
      passed: f.checks_passed,
      failed: f.checks_failed,
      couldNotRun: f.checks_could_not_run,
      findings: f.findings.length,
    },
  };
}
