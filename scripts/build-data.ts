/**
 * npm run data [-- --input <report.txt>] [--out <dir>]
 * Parses the report into data/derived/ (tables, findings, manifest). Bad input: exit 1, one line per problem
 * (file:line: what was expected), nothing written.
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { ContractError } from '../contract/validate.ts';
import { ReportError, ReportErrors } from './lib/report-error.ts';
import { runPipeline } from './run-pipeline.ts';
import { writeDerived } from './write-derived.ts';

const started = performance.now();
let args;
try {
  args = parseArgs({
    options: {
      input: { type: 'string', default: 'data/raw/fengtai-sti-2019.txt' },
      out: { type: 'string', default: 'data/derived' },
      glossary: { type: 'string', default: 'data/glossary.json' },
    },
  }).values;
} catch (e) {
  console.error(`usage: npm run data -- [--input <report.txt>] [--out <dir>]\n${(e as Error).message}`);
  process.exit(2);
}

try {
  const { files, summary: s, warnings } = runPipeline(args.input!, args.glossary!);
  for (const w of warnings) console.error(`warning: ${w}`);
  writeDerived(args.out!, files);
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  console.log(
    `data: ${s.tables} tables, ${s.rows} rows; ${s.checks} checks (${s.passed} passed, ${s.failed} failed, ${s.couldNotRun} could not run); ${s.findings} findings → ${args.out} in ${seconds} s`,
  );
} catch (e) {
  if (e instanceof ReportErrors && e.errors.length === 1 && e.errors[0]!.line === null) {
    // a file that is not a report of the template at all: one line
    console.error(`${e.errors[0]!.message}; nothing was written to ${args.out}`);
    process.exit(1);
  }
  if (e instanceof ReportErrors) {
    for (const err of e.errors) console.error(err.message);
    console.error(`data: ${e.errors.length} problem(s) in the input; nothing was written to ${args.out}`);
    process.exit(1);
  }
  if (e instanceof ReportError) {
    console.error(`${e.message}; nothing was written to ${args.out}`);
    process.exit(1);
  }
  if (e instanceof ContractError) {
    // the pipeline built something the contract does not allow: a bug in scripts/ or in contract/, not the input
    console.error(`data: output does not match the contract: ${e.message}`);
    console.error(`data: nothing was written to ${args.out}`);
    process.exit(2);
  }
  console.error(`data: internal error (a bug, not your input): ${(e as Error).message}`);
  process.exit(2);
}
