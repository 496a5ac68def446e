import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { runAudit } from './audit/run-audit.ts';
import { buildTables } from './build-tables.ts';
import { Glossary } from './lib/glossary.ts';
import { loadReport, type Report } from './lib/load-report.ts';
import { parseReport } from './parse-report.ts';
import { SECTION_TITLES, type SectionId } from './lib/split-sections.ts';
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

/** What a part the report lacks means for the output, in one line (one warning per part). */
export function missingPart(id: string): string {
  if (id in SECTION_TITLES)
    return `no section “${SECTION_TITLES[id as SectionId]}” (${id}): written without it, its tables are empty`;
  const figures: Record<string, string> = {
    staff: 'the staff sentence (行政编制N人，实际N人…) is not in 部门基本情况',
    procurement_figures: 'the procurement sentence (政府采购支出总额X万元…) is not in 政府采购支出情况',
    evaluation_summary_figures: 'the evaluation sentence (评价项目N个…) is not in 绩效评价工作开展情况',
    evaluation_report_figures: 'the evaluated project’s figures (预算批复资金…) are not in 项目绩效评价报告',
  };
  return `${figures[id] ?? id} (${id}): written without it, its table is empty`;
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
  warnings.push(...parsed.warnings);
  // one warning per part: a sentence whose whole section is missing is not warned about again
  const within: Record<string, string> = {
    staff: 'basic_info',
    procurement_figures: 'procurement',
    evaluation_summary_figures: 'eval_summary',
    evaluation_report_figures: 'eval_report',
  };
  for (const id of parsed.missing)
    if (!parsed.missing.includes(within[id] ?? '')) warnings.push(`${report.file}: ${missingPart(id)}`);
  const untranslated = [...glossary.untranslated].sort();
  if (untranslated.length)
    warnings.push(
      `${report.file}: ${untranslated.length} name(s) have no English in the glossary (pages show the Chinese): ${untranslated.join(', ')}`,
    );
  const files = renderDerived({
    tables,
    findings: audit.file,
    checks: audit.checks,
    report,
    recordedSha256: recorded,
    missing: parsed.missing,
    untranslated,
  });
  const f = audit.file;
  return {
    files,
    warnings,
    summary: {
      tables: Object.keys(tables).length,
      rows: Object.values(tables).reduce((s, t) => s + t.numRows(), 0),
      checks: f.checks_total,
      passed: f.checks_passed,
      failed: f.checks_failed,
      couldNotRun: f.checks_could_not_run,
      findings: f.findings.length,
    },
  };
}
