/** The audit notes a chart carries (src/charts/audit-links.ts), on the real findings about the spending lines. */
import { describe, expect, test } from 'vitest';
import { auditLinks } from '../../../src/charts/audit-links';

describe('auditLinks', () => {
  const lines = [49, 52, 58, 61, 67, 71, 75, 79, 82];

  test('by default each finding message without its closing full stop; brief is its first clause', () => {
    const full = auditLinks('en', lines);
    const brief = auditLinks('en', lines, undefined, { text: 'brief' });
    expect(full.map((l) => l.id)).toEqual(brief.map((l) => l.id));
    expect(full.map((l) => l.text.startsWith(`${brief[full.indexOf(l)]!.text}:`))).toEqual([true, true]);
    expect(full.filter((l) => /[。.]$/.test(l.text))).toEqual([]);
  });

  test('brief: the claim in Chinese, the first clause in English; max: at most that many', () => {
    expect(auditLinks('zh', lines, undefined, { text: 'brief', max: 1 })).toEqual([
      { id: 'finding-subcategory-sum-f1ec4402', text: '“科学技术支出”各款年初预算数之和' },
    ]);
    expect(auditLinks('en', lines, ['spending-stated-twice'], { text: 'brief' })).toEqual([
      { id: 'finding-spending-stated-twice-d2563f87', text: '“Social security and employment”' },
    ]);
    expect(auditLinks('en', lines, undefined, { max: 0 })).toEqual([]);
  });
});
