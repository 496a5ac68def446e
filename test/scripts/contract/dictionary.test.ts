import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { README, renderDictionary } from '../../../contract/dictionary.ts';

describe('data/README.md', () => {
  test('its column tables are the contract’s (run `npx tsx contract/dictionary.ts` and commit)', () => {
    const readme = readFileSync(README, 'utf8');
    expect(renderDictionary(readme)).toBe(readme);
  });

  test('a table without its column block, or a block for an unknown table, is an error', () => {
    const readme = readFileSync(README, 'utf8');
    expect(() => renderDictionary(readme.replace('<!-- columns: staff -->', '<!-- staff -->'))).toThrow(
      'data/README.md: no column table for staff',
    );
    expect(() => renderDictionary(readme.replace('<!-- columns: staff -->', '<!-- columns: stuff -->'))).toThrow(
      'data/README.md: no table stuff in the contract',
    );
  });
});
