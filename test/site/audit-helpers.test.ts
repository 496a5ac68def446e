/**
 * The audit page's helpers (grouping, value formatting) and its words: every rule that ran has a name and a
 * description in both languages.
 */
import { describe, expect, test } from 'vitest';
import zh from '../../src/i18n/pages/audit.zh.json';
import checks from '../../data/derived/checks.json';
import findings from '../../data/derived/findings.json';
import { groupChecksByRule, groupFindings, SEVERITIES } from '../../src/lib/audit-groups';
import { formatFindingValue } from '../../src/lib/audit-value';
import type { CheckRecord, Finding } from '../../contract/files';

const finding = (id: string, severity: Finding['severity']): Finding => ({
  id,
  anchor: `finding-${id.replace(/[^A-Za-z0-9-]+/g, '-')}`,
  rule: id.split('/')[0]!,
  severity,
  claim: '',
  printed: null,
  recomputed: null,
  unit: null,
  source_lines: [1],
  quote: '',
  message_zh: '',
  message_en: '',
  figures: [],
  inputs: [],
  wrong_base: null,
});
const check = (id: string, status: CheckRecord['status']): CheckRecord => ({
  id,
  rule: id.split('/')[0]!,
  status,
  source_lines: [1],
  figures: [],
  inputs: [],
  description_zh: '',
  description_en: '',
});

describe('groupFindings', () => {
  test('groups by severity, most serious first, keeping the order within a group and leaving out empty groups', () => {
    const list = [
      finding('a/1', 'low'),
      finding('b/1', 'high'),
      finding('c/1', 'could-not-check'),
      finding('d/1', 'high'),
    ];
    expect(groupFindings(list).map((g) => [g.severity, g.findings.map((f) => f.id)])).toEqual([
      ['high', ['b/1', 'd/1']],
      ['low', ['a/1']],
      ['could-not-check', ['c/1']],
    ]);
  });

  test('rejects an unknown severity', () => {
    expect(() => groupFindings([finding('a/1', 'urgent' as Finding['severity'])])).toThrow(
      'finding a/1: invalid severity urgent',
    );
  });

  test('the audit’s findings come already sorted, so grouping keeps their order', () => {
    const list = findings.findings as Finding[];
    expect(groupFindings(list).flatMap((g) => g.findings)).toEqual(list);
    expect(SEVERITIES).toEqual(['high', 'medium', 'low', 'could-not-check']);
  });
});

describe('groupChecksByRule', () => {
  test('keeps the passed checks, rules in order of first appearance', () => {
    const list = [
      check('x/1', 'passed'),
      check('y/1', 'failed'),
      check('y/2', 'passed'),
      check('x/2', 'passed'),
      check('z/1', 'could-not-check'),
    ];
    expect(groupChecksByRule(list).map((g) => [g.rule, g.checks.map((c) => c.id)])).toEqual([
      ['x', ['x/1', 'x/2']],
      ['y', ['y/2']],
    ]);
  });

  test('on the audit: as many passed checks as findings.json counts', () => {
    const passed = groupChecksByRule(checks as CheckRecord[]).flatMap((g) => g.checks);
    expect(passed).toHaveLength(findings.checks_passed);
  });
});

describe('formatFindingValue', () => {
  test('numbers as the report writes them: own decimals, no separators, a true minus; text as is; null as a dash', () => {
    expect(formatFindingValue(687.92)).toBe('687.92');
    expect(formatFindingValue(-54)).toBe('−54');
    expect(formatFindingValue(0.6)).toBe('0.6');
    expect(formatFindingValue(4816.45)).toBe('4816.45');
    expect(formatFindingValue(2020)).toBe('2020');
    expect(formatFindingValue(1e-7)).toBe('0.0000001');
    expect(formatFindingValue('社会保障和就业')).toBe('社会保障和就业');
    expect(formatFindingValue(null)).toBe('—');
    expect(() => formatFindingValue(Number.NaN)).toThrow('formatFindingValue: invalid number NaN');
  });

  test('with the unit of the figure the finding names, as its message gives it', () => {
    expect(formatFindingValue(687.92, '万元', 'zh')).toBe('687.92 万元');
    expect(formatFindingValue(687.92, '万元', 'en')).toBe('CNY 6.8792 million');
    expect(formatFindingValue(-16.5, '万元', 'en')).toBe('CNY \u22120.165 million');
    expect(formatFindingValue(123456.7, '万元', 'en')).toBe('CNY 1,234.567 million');
    expect(formatFindingValue(-37.5, '%', 'en')).toBe('\u221237.5%');
    expect(formatFindingValue(19.5, 'points', 'zh')).toBe('19.5 分');
    expect(formatFindingValue(1, 'points', 'en')).toBe('1 pt');
    expect(formatFindingValue(2020, null, 'en')).toBe('2020');
    expect(formatFindingValue('社会保障和就业', '万元', 'en')).toBe('社会保障和就业');
  });

  test('numbers keep their own decimals, never an exponent', () => {
    expect([687.92, 100, -46.42, 0.6, 1e-7, 1.5e-7, 2e21].map((v) => formatFindingValue(v))).toEqual([
      '687.92',
      '100',
      '\u221246.42',
      '0.6',
      '0.0000001',
      '0.00000015',
      '2000000000000000000000',
    ]);
  });
});

describe('audit words', () => {
  // (that audit.zh.json and audit.en.json have the same keys and placeholders is test/site/words-parity.test.ts)
  test('every rule the audit ran has a name and a description in both languages', () => {
    const rules = [...new Set((checks as CheckRecord[]).map((c) => c.rule))];
    const words: Record<string, string> = zh;
    const missing = rules.flatMap((r) => [`rule.${r}`, `about.${r}`]).filter((key) => !(key in words));
    expect(missing, 'rule words missing from src/i18n/pages/audit.*.json').toEqual([]);
  });
});
