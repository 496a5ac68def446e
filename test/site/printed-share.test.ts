/** printedShare (src/lib/data.ts): the one rule for which share a page shows, used by /, /spending/ and /procurement/. */
import { describe, expect, test } from 'vitest';
import { printedShare } from '../../src/lib/data';

describe('printedShare', () => {
  test('a share as printed, else as recomputed', () => {
    expect(printedShare({ share_pct: 75.77, share_pct_recomputed: 75.771 })).toBe(75.77);
    expect(printedShare({ share_pct: null, share_pct_recomputed: 75.771 })).toBe(75.771);
  });
});
