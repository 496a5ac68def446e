import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { ChecksFile, FindingsFile } from '../../../contract/files.ts';
import { TABLES, TABLE_NAMES } from '../../../contract/tables.ts';
import { checkColumns, ContractError, parseFile, parseRows, rowProblems } from '../../../contract/validate.ts';
import { data } from '../../../src/lib/data.ts';

const derived = (name: string) => JSON.parse(readFileSync(`data/derived/${name}`, 'utf8')) as unknown;
const spending = () => structuredClone(derived('spending.json')) as Record<string, unknown>[];
const FILE = 'data/derived/spending.json';

describe('the contract', () => {
  test('every committed table and file matches its schema (the site parses them the same way when it loads)', () => {
    for (const name of TABLE_NAMES) expect(rowProblems(name, TABLES[name].schema, derived(`${name}.json`))).toEqual([]);
    expect(() => parseFile('findings.json', FindingsFile, derived('findings.json'))).not.toThrow();
    expect(() => parseFile('checks.json', ChecksFile, derived('checks.json'))).not.toThrow();
    expect(data.spending.length).toBeGreaterThan(0);
  });

  test('a broken row fails with the file, row, column, what was expected and what was found', () => {
    const rows = spending();
    rows[2]!.final_wan = '55O4';
    expect(() => parseRows(FILE, TABLES.spending.schema, rows)).toThrow(ContractError);
    expect(() => parseRows(FILE, TABLES.spending.schema, rows)).toThrow(
      'data/derived/spending.json: row 3, column final_wan: expected a number, found "55O4"',
    );
  });

  test('nulls, codes, missing and extra columns are named precisely', () => {
    const rows = spending();
    rows[0]!.final_wan = null;
    rows[1]!.level = 'class';
    delete rows[3]!.slug;
    rows[4]!.extra = 1;
    rows[5]!.budget_line = 'x';
    expect(rowProblems(FILE, TABLES.spending.schema, rows)).toEqual([
      `${FILE}: row 1, column final_wan: expected a number, found null`,
      `${FILE}: row 2, column level: expected one of "category", "subcategory", found "class"`,
      `${FILE}: row 4, column slug: expected a string, found nothing`,
      `${FILE}: row 5: unexpected column extra`,
      `${FILE}: row 6, column budget_line: expected a number or null, found "x"`,
    ]);
    expect(rowProblems(FILE, TABLES.spending.schema, {})).toEqual([`${FILE}: expected an array of rows, found object`]);
  });

  test('a table’s columns must be the contract’s, in its order', () => {
    const columns = Object.keys(TABLES.staff.schema.shape);
    expect(() => checkColumns('staff.json', TABLES.staff.schema, columns)).not.toThrow();
    expect(() => checkColumns('staff.json', TABLES.staff.schema, columns.slice(1))).toThrow(
      'staff.json: missing column establishment_zh',
    );
    expect(() => checkColumns('staff.json', TABLES.staff.schema, [...columns, 'x'])).toThrow(
      'staff.json: unexpected column x',
    );
    expect(() =>
      checkColumns('staff.json', TABLES.staff.schema, [columns[1]!, columns[0]!, ...columns.slice(2)]),
    ).toThrow('staff.json: column 1 is establishment_en, the contract puts establishment_zh there');
  });

  test('a broken file names the path inside it', () => {
    const findings = structuredClone(derived('findings.json')) as { findings: { severity: string }[] };
    findings.findings[1]!.severity = 'grave';
    expect(() => parseFile('data/derived/findings.json', FindingsFile, findings)).toThrow(
      'data/derived/findings.json: at findings.1.severity: expected one of "high", "medium", "low", "could-not-check", found "grave"',
    );
  });
});
