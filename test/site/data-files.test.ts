/**
 * The download helpers behind /data/, and the data page's words: every column of every table in the manifest
 * has a meaning in both languages.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import zh from '../../src/i18n/pages/data.zh.json';
import lines from '../../data/derived/report-lines.json';
import manifest from '../../data/derived/manifest.json';
import { derivedDir } from '../../src/lib/data';
import { contentType, derivedFiles, formatBytes, readDerivedFile, reportText, sha256 } from '../../src/lib/data-files';

const root = join(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'derived-'));
writeFileSync(join(dir, 'b.csv'), '\uFEFFa,b\n1,2\n');
writeFileSync(join(dir, 'a.json'), '[]');
writeFileSync(join(dir, 'notes.md'), '#');
mkdirSync(join(dir, 'sub.json'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('derivedFiles and readDerivedFile', () => {
  test('list the CSV and JSON files with their sizes, sorted, and nothing else', () => {
    expect(derivedFiles(dir)).toEqual([
      { name: 'a.json', bytes: 2 },
      { name: 'b.csv', bytes: 11 },
    ]);
  });

  test('read the exact bytes, BOM included', () => {
    expect([...readDerivedFile('b.csv', dir).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  test('refuse anything that is not one of the files', () => {
    expect(() => readDerivedFile('../data-files.test.ts', dir)).toThrow(
      `readDerivedFile: ../data-files.test.ts is not a file of ${dir}`,
    );
    expect(() => readDerivedFile('notes.md', dir)).toThrow('is not a file of');
    const empty = mkdtempSync(join(tmpdir(), 'empty-'));
    expect(() => derivedFiles(empty)).toThrow(`derivedFiles: no CSV or JSON file in ${empty}`);
    rmSync(empty, { recursive: true });
  });

  test('by default read data/derived of the project, or DERIVED_DIR when it is set', () => {
    const saved = process.env.DERIVED_DIR;
    try {
      delete process.env.DERIVED_DIR;
      expect(derivedDir()).toBe(join(root, 'data/derived'));
      process.env.DERIVED_DIR = 'test/fixtures/derived';
      expect(derivedDir()).toBe(join(root, 'test/fixtures/derived'));
    } finally {
      if (saved === undefined) delete process.env.DERIVED_DIR;
      else process.env.DERIVED_DIR = saved;
    }
    const names = derivedFiles().map((f) => f.name);
    for (const table of manifest.tables)
      expect(names).toEqual(expect.arrayContaining([table.files.csv, table.files.json]));
    expect(names).toEqual(expect.arrayContaining(['manifest.json', ...Object.keys(manifest.other_files)]));
  });
});

describe('contentType', () => {
  test('names the type and charset of each download', () => {
    expect(contentType('spending.csv')).toBe('text/csv; charset=utf-8');
    expect(contentType('findings.json')).toBe('application/json; charset=utf-8');
    expect(contentType('fengtai-sti-2019.txt')).toBe('text/plain; charset=utf-8');
    expect(() => contentType('x.exe')).toThrow('contentType: no download type for x.exe');
  });
});

describe('reportText', () => {
  test('is the published file byte for byte (the test may read data/raw; the site never does)', () => {
    const text = reportText(lines, manifest.source);
    const raw = readFileSync(join(root, 'data/raw', manifest.source.file));
    expect(text).not.toBeNull();
    expect(Buffer.from(text!).equals(raw)).toBe(true);
    expect(sha256(text!)).toBe(manifest.source.sha256);
  });

  test('is null when the lines do not give back the recorded file', () => {
    expect(reportText([...lines.slice(0, -1), { n: 2556, text: '' }], manifest.source)).toBeNull();
    expect(reportText(lines, { sha256: sha256('something else') })).toBeNull();
  });
});

describe('formatBytes', () => {
  test('B below 1 KB, then KB and MB with one decimal', () => {
    expect(formatBytes(103, 'en')).toBe('103 B');
    expect(formatBytes(9344, 'en')).toBe('9.1 KB');
    expect(formatBytes(1024, 'zh')).toBe('1.0 KB');
    expect(formatBytes(3 * 1024 * 1024, 'en')).toBe('3.0 MB');
    expect(() => formatBytes(-1, 'en')).toThrow('formatBytes: invalid size -1');
  });
});

describe('data words', () => {
  // (that data.zh.json and data.en.json have the same keys and placeholders is test/site/words-parity.test.ts)
  test('every table, column, type and unit of the manifest has words', () => {
    const words: Record<string, string> = zh;
    const missing: string[] = [];
    for (const table of manifest.tables) {
      if (!(`table.${table.name}.title` in words)) missing.push(`table.${table.name}.title`);
      if (!(`table.${table.name}.about` in words)) missing.push(`table.${table.name}.about`);
      for (const column of table.columns) {
        if (!(`col.${table.name}.${column.name}` in words) && !(`col.${column.name}` in words))
          missing.push(`col.${table.name}.${column.name}`);
        for (const type of column.type.split('|')) if (!(`type.${type}` in words)) missing.push(`type.${type}`);
        if (column.unit !== null && !(`unit.${column.unit}` in words)) missing.push(`unit.${column.unit}`);
      }
    }
    for (const file of [...Object.keys(manifest.other_files), 'manifest.json'])
      if (!(`file.${file}` in words)) missing.push(`file.${file}`);
    expect([...new Set(missing)], 'words missing from src/i18n/pages/data.*.json').toEqual([]);
  });
});
