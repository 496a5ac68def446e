/**
 * findingAnchor (src/lib/data.ts) reads each finding's anchor from findings.json, where the pipeline made it
 * (test/scripts/audit/finding-anchor.test.ts); the site slugs no id itself.
 */
import { describe, expect, test } from 'vitest';
import { data, findingAnchor } from '../../src/lib/data';

describe('findingAnchor', () => {
  const { findings } = data.findings;

  test('is the anchor findings.json gives each finding, the same as the one the site used to make', () => {
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) {
      expect(findingAnchor(f.id)).toBe(f.anchor);
      // the site's rule before the pipeline made the anchors: the built pages keep every id and link
      expect(f.anchor).toBe(`finding-${f.id.replace(/[^A-Za-z0-9-]+/g, '-')}`);
    }
  });

  test('refuses an id findings.json does not have, instead of making an anchor for it', () => {
    expect(() => findingAnchor('no-such-rule/x')).toThrow('findings.json: no finding no-such-rule/x');
  });
});
