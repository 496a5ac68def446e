/**
 * data/derived/datapackage.json is a valid Frictionless Tabular Data Package (checked against the published
 * profile, test/fixtures/frictionless/) that describes the CSVs as they are: every table, its columns in order
 * with their types, and a primary key that holds.
 */
import { readFileSync } from 'node:fs';
import Ajv from 'ajv-draft-04';
import { csvParseRows } from 'd3-dsv';
import { describe, expect, test } from 'vitest';
import { dataPackage } from '../../../contract/datapackage.ts';
import { TABLE_KEYS, TABLE_NAMES } from '../../../contract/tables.ts';
import { ContractError, duplicateKey } from '../../../contract/validate.ts';

const profile = JSON.parse(readFileSync('test/fixtures/frictionless/tabular-data-package.json', 'utf8')) as object;
const validate = new Ajv({ strict: false, allErrors: true, validateFormats: false }).compile(profile);
const descriptor = JSON.parse(readFileSync('data/derived/datapackage.json', 'utf8')) as ReturnType<typeof dataPackage>;

describe('datapackage.json', () => {
  test('is valid against the published Tabular Data Package profile', () => {
    expect(validate(descriptor), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  test('the validator sees what it is for: a resource without a schema, or a field without a name, is invalid', () => {
    const broken = structuredClone(descriptor) as unknown as { resources: Record<string, unknown>[] };
    delete broken.resources[0]!.schema;
    expect(validate(broken)).toBe(false);
    const nameless = structuredClone(descriptor) as unknown as {
      resources: { schema: { fields: Record<string, unknown>[] } }[];
    };
    delete nameless.resources[1]!.schema.fields[0]!.name;
    expect(validate(nameless)).toBe(false);
  });

  test('lists every table with its CSV, whose header is the schema’s fields in order', () => {
    expect(descriptor.resources.map((r) => r.name)).toEqual(TABLE_NAMES);
    for (const r of descriptor.resources) {
      const header = csvParseRows(readFileSync(`data/derived/${r.path}`, 'utf8').replace(/^\uFEFF/, ''))[0];
      expect(header, r.name).toEqual(r.schema.fields.map((f) => f.name));
    }
  });

  test('types, units and required columns come from the contract', () => {
    const spending = descriptor.resources.find((r) => r.name === 'spending')!;
    const byName = Object.fromEntries(spending.schema.fields.map((f) => [f.name, f]));
    expect(byName.final_wan).toMatchObject({ type: 'number', unit: '万元', constraints: { required: true } });
    expect(byName.final_line).toMatchObject({ type: 'integer', unit: 'line numbers' });
    expect(byName.growth_pct).toMatchObject({ type: 'number', unit: '%', constraints: {} });
    expect(byName.level!.constraints).toEqual({ required: true, enum: ['category', 'subcategory'] });
    expect(byName.budget_stated!.type).toBe('boolean');
    expect(byName.source_lines).toMatchObject({ type: 'string', unit: 'line numbers' });
    expect(spending.schema.primaryKey).toEqual(['level', 'name_zh']);
    expect(descriptor.sources[0]!.title).toContain(
      'sha256 f5697529c4bdd6b29a3899abf355e99029a516a8397d6a0a14f8b5ddd6cc98ef',
    );
  });

  test('the site’s root copy points into /data/', () => {
    const root = dataPackage(
      { file: 'r.txt', sha256: 'x', heading: '第一部分 2019年度部门决算说明', year: 2019 },
      'data/',
    );
    expect(root.resources[0]!.path).toBe('data/overview-totals.csv');
    expect(root.sources[0]!.path).toBe('data/r.txt');
    expect(root.title).toBe('2019年度部门决算说明：数据表 / the report as tables');
    expect(validate(root)).toBe(true);
  });

  test('its title names the department the subject table names, in English where the glossary has it', () => {
    expect(descriptor.title).toBe(
      '北京市丰台区科学技术和信息化局2019年度部门决算说明：数据表 / the 2019 final accounts of the Science, Technology and Informatization Bureau of Fengtai District, Beijing as tables',
    );
    const source = { file: 'r.txt', sha256: 'x', heading: '第一部分 2021年度部门决算说明', year: 2021 };
    expect(dataPackage({ ...source, department: { zh: '北京市朝阳区示例局', en: null } }).title).toBe(
      '北京市朝阳区示例局2021年度部门决算说明：数据表 / the 2021 final accounts of 北京市朝阳区示例局 as tables',
    );
  });
});

describe('primary keys', () => {
  test('every declared key identifies each row of the committed tables', () => {
    for (const name of TABLE_NAMES) {
      const key: readonly string[] = TABLE_KEYS[name];
      const rows = JSON.parse(readFileSync(`data/derived/${name}.json`, 'utf8')) as Record<string, unknown>[];
      if (key.length) expect(duplicateKey(name, key, rows), name).toBeNull();
    }
  });

  test('a repeated key names both rows; a null key fails with the file, row and column', () => {
    const rows = [{ slug: 'a' }, { slug: 'b' }, { slug: 'a' }];
    expect(duplicateKey('projects.json', ['slug'], rows)).toEqual({ row: 2, first: 0, values: ['a'] });
    expect(() => duplicateKey('projects.json', ['slug'], [{ slug: null }])).toThrow(ContractError);
    expect(() => duplicateKey('projects.json', ['slug'], [{ slug: null }])).toThrow(
      'projects.json: row 1, column slug: the primary key cannot be null',
    );
  });
});
