/**
 * A finding's anchor (findings.json `anchor`): its id on the audit page and the fragment every link to it uses,
 * made once by the pipeline (scripts/audit/run-audit.ts) and read by the site (findingAnchor in src/lib/data.ts).
 */
import { describe, expect, it } from 'vitest';
import { couldNotCheck, type Rule } from '../../../scripts/audit/check.ts';
import { findingAnchor, runAudit, withAnchors } from '../../../scripts/audit/run-audit.ts';
import { Glossary } from '../../../scripts/lib/glossary.ts';
import { loadReport } from '../../../scripts/lib/load-report.ts';
import { parseReport } from '../../../scripts/parse-report.ts';
import { GLOSSARY_PATH, REPORT_PATH } from '../helpers.ts';

const report = loadReport(REPORT_PATH);
const parsed = { ...parseReport(report, Glossary.load(GLOSSARY_PATH)), text: report.lines };

describe('finding anchors', () => {
  it('are each their own: two ids that write the same anchor get -2 after the first, right after the id', () => {
    const found = withAnchors([
      { id: 'a/b-c', x: 1 },
      { id: 'a-b/c', x: 2 },
      { id: 'd/e', x: 3 },
    ]);
    expect(found).toEqual([
      { id: 'a/b-c', anchor: 'finding-a-b-c', x: 1 },
      { id: 'a-b/c', anchor: 'finding-a-b-c-2', x: 2 },
      { id: 'd/e', anchor: 'finding-d-e', x: 3 },
    ]);
    expect(Object.keys(found[0]!)).toEqual(['id', 'anchor', 'x']);
  });

  it('are finding- and the id, each run of characters outside A-Za-z0-9- written as one -', () => {
    expect(findingAnchor('totals-growth/income')).toBe('finding-totals-growth-income');
    expect(findingAnchor('subcategory-sum/f1ec4402')).toBe('finding-subcategory-sum-f1ec4402');
    expect(findingAnchor('a/b.c//D-2')).toBe('finding-a-b-c-D-2');
  });

  it('this report: every finding has its anchor, right after its id, and no two findings share one', () => {
    const { findings } = runAudit(parsed).file;
    expect(findings).toHaveLength(31);
    for (const f of findings) {
      expect(Object.keys(f).slice(0, 2)).toEqual(['id', 'anchor']);
      expect(f.anchor).toBe(`finding-${f.id.replaceAll('/', '-')}`);
    }
    expect(new Set(findings.map((f) => f.anchor)).size).toBe(findings.length);
    expect(findings.map((f) => f.anchor)).toContain('finding-incubation-employment-graduates');
  });

  it('follow the final id: the same subject stated twice gets a numbered id, and its anchor the number', () => {
    const twice: Rule = {
      id: 'made-up',
      run: () => [1, 2].map(() => couldNotCheck({ id: 'made-up' }, 'x/y', '无法核对', 'cannot be checked', [], [])),
    };
    expect(runAudit(parsed, [twice]).file.findings.map((f) => [f.id, f.anchor])).toEqual([
      ['made-up/x/y', 'finding-made-up-x-y'],
      ['made-up/x/y-2', 'finding-made-up-x-y-2'],
    ]);
  });
});
