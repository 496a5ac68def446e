/**
 * data/README.md's column tables, written from the contract: each table's section holds
 * `<!-- columns: name -->` … `<!-- /columns -->`, and what lies between is generated here. The README's prose
 * stays as written. `npx tsx contract/dictionary.ts` rewrites the README; a test fails when it drifts.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { columnInfo, columnType, columnValues, isOptional } from './columns.ts';
import { TABLES, type TableName } from './tables.ts';

/** The data dictionary this module keeps in step with the contract. */
export const README = fileURLToPath(new URL('../data/README.md', import.meta.url));

const MARKER = /<!-- columns: ([a-z-]+) -->\n[\s\S]*?<!-- \/columns -->/g;

/** One table's columns as a Markdown table: column, type, unit, meaning. */
export function columnTable(name: TableName): string {
  const rows = Object.entries(TABLES[name].schema.shape as Record<string, z.ZodType>).map(([column, schema]) => {
    const info = columnInfo.get(schema);
    const values = columnValues(schema);
    const codes = values ? `${values.map((v) => `\`${v}\``).join(', ')}: ` : '';
    const type = columnType(schema).replace('|null', ' or null') + (isOptional(schema) ? ' (optional column)' : '');
    return `| \`${column}\` | ${type} | ${info?.unit ?? ''} | ${codes}${info?.meaning ?? ''} |`;
  });
  return ['| column | type | unit | meaning |', '|---|---|---|---|', ...rows].join('\n');
}

/**
 * The README with every marked column table written from the contract.
 * @throws if a marker names a table the contract does not have, or a table has no marker
 */
export function renderDictionary(readme: string): string {
  const seen = new Set<string>();
  const out = readme.replace(MARKER, (_, name: string) => {
    if (!(name in TABLES)) throw new Error(`data/README.md: no table ${name} in the contract`);
    seen.add(name);
    return `<!-- columns: ${name} -->\n${columnTable(name as TableName)}\n<!-- /columns -->`;
  });
  const unlisted = Object.keys(TABLES).filter((n) => !seen.has(n));
  if (unlisted.length) throw new Error(`data/README.md: no column table for ${unlisted.join(', ')}`);
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(README, renderDictionary(readFileSync(README, 'utf8')));
}
