/**
 * The schemas of the other files in data/derived/: the audit (findings.json, checks.json), the manifest and the
 * report itself (report-lines.json, report-blocks.json).
 */
import { z } from 'zod';

const lines = z.array(z.number().int().positive());

/** How serious a finding is; `could-not-check` where the report lacks what a check needs. */
export const Severity = z.enum(['high', 'medium', 'low', 'could-not-check']);
export type Severity = z.infer<typeof Severity>;

/**
 * A figure of a derived table: the table, the row (its key columns' values joined by `/`, contract/tables.ts
 * `TABLE_KEYS`; empty for a one-row table) and the column. What a check names so that the verdict can travel
 * with the figure (`<column>_audit_status`, `<column>_finding_ids` in the tables).
 */
export const FigureRef = z.strictObject({ table: z.string(), row: z.string(), column: z.string() });
export type FigureRef = z.infer<typeof FigureRef>;
const figureRefs = z.array(FigureRef);

/**
 * What a printed growth rate is instead, where a wrong one can be explained: the change divided by this year's
 * figure (`change-over-current`), this year's figure divided by the base (`ratio`, a ratio printed as a growth),
 * or the right growth off by a factor of 100 (`percent-times-100`, `percent-over-100`).
 */
export const WrongBase = z.strictObject({
  kind: z.enum(['change-over-current', 'ratio', 'percent-times-100', 'percent-over-100']),
  /** that computation's value, at the printed precision */
  value: z.number(),
  /** true where it matches the printed figure only with the sign reversed */
  sign_reversed: z.boolean(),
});
export type WrongBase = z.infer<typeof WrongBase>;

/** One check that failed or could not run. */
export const Finding = z.strictObject({
  /** stable: `rule/subject` */
  id: z.string(),
  /** its id on the audit page, and the fragment links to it use: `finding-` + the id, each run of characters other than A–Z, a–z, 0–9 and `-` written `-` */
  anchor: z.string().regex(/^finding-[A-Za-z0-9-]+$/),
  rule: z.string(),
  severity: Severity,
  /** what the report claims, in words */
  claim: z.string(),
  printed: z.union([z.number(), z.string()]).nullable(),
  recomputed: z.union([z.number(), z.string()]).nullable(),
  /**
   * the unit of `printed` and `recomputed` (`万元`, `%`, `points`, `count`): the check's, else that of the column of
   * the figure it is about; null for years, names and text
   */
  unit: z.enum(['万元', '%', 'points', 'count']).nullable(),
  source_lines: lines,
  quote: z.string(),
  message_zh: z.string(),
  message_en: z.string(),
  /** the figures the check is about (the claim): each is `conflict` (or `could-not-check`) in its table */
  figures: figureRefs,
  /** the figures it recomputed the claim from (`consistent` when the check passes; a failure is the claim's) */
  inputs: figureRefs,
  /** growth checks: what the printed rate is instead, where that can be seen (null otherwise) */
  wrong_base: WrongBase.nullable(),
});
export type Finding = z.infer<typeof Finding>;

/** findings.json: counts of checks and the findings. */
export const FindingsFile = z.strictObject({
  source_file: z.string(),
  source_sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** every check: those that ran (passed or failed) and those that could not run */
  checks_total: z.number().int().nonnegative(),
  checks_run: z.number().int().nonnegative(),
  checks_passed: z.number().int().nonnegative(),
  checks_failed: z.number().int().nonnegative(),
  checks_could_not_run: z.number().int().nonnegative(),
  findings: z.array(Finding),
});
export type FindingsFile = z.infer<typeof FindingsFile>;

/** One record of checks.json: every check the audit ran, with its status and what it checks. */
export const CheckRecord = z.strictObject({
  id: z.string(),
  rule: z.string(),
  status: z.enum(['passed', 'failed', 'could-not-check']),
  source_lines: lines,
  /** what was checked, in words (the audit page lists it) */
  description_zh: z.string(),
  description_en: z.string(),
  /** as in a finding: the figures checked and those it recomputed them from */
  figures: figureRefs,
  inputs: figureRefs,
});
export type CheckRecord = z.infer<typeof CheckRecord>;

/** checks.json */
export const ChecksFile = z.array(CheckRecord);

/** manifest.json: the source file, and every table's files, row count and columns (type and unit). */
export const Manifest = z.strictObject({
  source: z.strictObject({
    file: z.string(),
    sha256: z.string(),
    recorded_sha256: z.string().nullable(),
    matches_record: z.boolean(),
    lines: z.number().int().nonnegative(),
  }),
  tables: z.array(
    z.strictObject({
      name: z.string(),
      files: z.strictObject({ csv: z.string(), json: z.string() }),
      rows: z.number().int().nonnegative(),
      columns: z.array(z.strictObject({ name: z.string(), type: z.string(), unit: z.string().nullable() })),
    }),
  ),
  other_files: z.record(z.string(), z.string()),
  missing_sections: z.array(z.string()),
  untranslated_names: z.array(z.string()),
});
export type Manifest = z.infer<typeof Manifest>;

/** One line of the report (report-lines.json): its number (1-based) and text. */
export const ReportLine = z.strictObject({ n: z.number().int().positive(), text: z.string() });

/** report-lines.json */
export const ReportLinesFile = z.array(ReportLine);

/** A table cell of report-blocks.json: its text and the lines it spans. */
export const ReportBlockCell = z.strictObject({ from: z.number().int(), to: z.number().int(), text: z.string() });
export type ReportBlockCell = z.infer<typeof ReportBlockCell>;

/** The report as headings, lines of text and tables (report-blocks.json). */
export const ReportBlock = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('heading'),
    n: z.number().int(),
    text: z.string(),
    section: z.string().nullable(),
    part: z.number().int().nullable(),
  }),
  z.strictObject({ kind: z.literal('text'), n: z.number().int(), text: z.string() }),
  z.strictObject({
    kind: z.literal('table'),
    from: z.number().int(),
    to: z.number().int(),
    rows: z.array(z.strictObject({ from: z.number().int(), to: z.number().int(), cells: z.array(ReportBlockCell) })),
  }),
]);
export type ReportBlock = z.infer<typeof ReportBlock>;

/** report-blocks.json */
export const ReportBlocksFile = z.array(ReportBlock);
