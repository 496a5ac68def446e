/**
 * The translation check the build runs before it starts (astro.config.mjs, after contract/derived.ts's
 * derivedProblems() passes): the texts of a folder of derived tables that our English tables lack, read with
 * node:fs from the folder itself (DERIVED_DIR), since Astro's config is loaded before the `@derived` alias exists.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FindingsFile, Manifest, ReportBlock } from '../../contract/files';
import { TABLE_NAMES, type TableName } from '../../contract/tables';
import { missingTranslationMessage, missingTranslations, type TranslationSource } from './translations';

/**
 * What the declared translation texts are read from, in the derived folder `dir`: its files must match the
 * contract (derivedProblems(dir) is empty), as they are not checked again here.
 */
export function readTranslationSource(dir: string): TranslationSource {
  const read = <T>(file: string) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as T;
  const manifest = read<Manifest>('manifest.json');
  // the lines of each table /data/ lists (Dataset.astro: a table the site does not load has none)
  const tableLines = manifest.tables.map(({ name }) =>
    (TABLE_NAMES as readonly string[]).includes(name) && existsSync(join(dir, `${name}.json`))
      ? read<{ source_lines: number[] }[]>(`${name as TableName}.json`).flatMap((r) => r.source_lines)
      : [],
  );
  return {
    projects: read('projects.json'),
    indicators: read('indicators.json'),
    findings: read<FindingsFile>('findings.json').findings,
    reportBlocks: read<ReportBlock[]>('report-blocks.json'),
    glossary: read('glossary.json'),
    tableLines,
  };
}

/**
 * One line per report text in `dir` without our English: `no English for the claim "…": add it to
 * src/i18n/pages/audit.claims.en.json` (the words translation() throws with); empty when every text has one.
 */
export function translationProblems(dir: string): string[] {
  return missingTranslations(readTranslationSource(dir)).map(missingTranslationMessage);
}
