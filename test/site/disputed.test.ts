/**
 * Which of a chart's shown figures the audit disputes (src/charts/disputed.ts), and what every output of the
 * chart makes of it: the "≠" marks in its SVGs, the caption of its standalone file, its citation. The disputed
 * cells are found here from findings.json (a printed figure a failed check names), not from the tables' verdicts.
 */
import { describe, expect, test } from 'vitest';
import findingsFile from '../../data/derived/findings.json';
import type { FigureRef } from '../../contract/files';
import type { ChartSpec } from '../../src/charts/chart-spec';
import { disputeCaption, disputedOf } from '../../src/charts/disputed';
import { chart, chartDefinitions } from '../../src/charts/registry';
import { citationTemplate } from '../../src/lib/share/citation';
import { chartFrame } from '../../src/lib/share/chart-files';

const failed = findingsFile.findings.filter((f) => f.severity !== 'could-not-check');
const same = (a: FigureRef, b: FigureRef) => a.table === b.table && a.row === b.row && a.column === b.column;
const all = chartDefinitions().flatMap((d) => (['zh', 'en'] as const).map((locale) => chart(d.id, locale)));

/** The findings a chart's shown printed figures are named by, each with the rows showing them. */
function expected(spec: ChartSpec): { finding: string; rows: number[] }[] {
  const found = new Map<string, number[]>();
  spec.rows.forEach((row, i) => {
    for (const c of spec.columns.slice(1)) {
      const ref = row.figures?.[c.key];
      if (!ref || row.recomputedColumns?.includes(c.key) || row[c.key] === null || row[c.key] === undefined) continue;
      for (const f of failed.filter((x) => x.figures.some((g) => same(g, ref)))) {
        const rows = found.get(f.id) ?? [];
        if (!rows.includes(i)) rows.push(i);
        found.set(f.id, rows);
      }
    }
  });
  return [...found].map(([finding, rows]) => ({ finding, rows: rows.sort((a, b) => a - b) }));
}

const sorted = <T extends { finding: string }>(list: readonly T[]) =>
  [...list].sort((a, b) => a.finding.localeCompare(b.finding));
const disputed = all.filter((c) => expected(c).length > 0);
const marks = (svg: string) => [...svg.replace(/<title>[\s\S]*?<\/title>/g, '').matchAll(/≠/g)].length;

describe('a chart’s disputed figures', () => {
  test('the registry lists, for every chart, the findings its shown printed figures are named by', () => {
    for (const spec of all)
      expect(
        sorted(spec.disputed!.map((d) => ({ finding: d.finding, rows: [...d.rows].sort((a, b) => a - b) }))),
        `${spec.id} (${spec.locale})`,
      ).toEqual(sorted(expected(spec)));
    // the report's disputed figures the charts show: the budget of 科学技术支出, a growth rate, printed execution
    // rates and scores
    expect(new Set(disputed.map((c) => c.id))).toEqual(
      new Set([
        'spending-budget-vs-final',
        'spending-sub-science-and-technology',
        'projects-execution',
        'project-fengtai-unified-government-cloud-data-centre-points-lost',
        'project-800-mhz-wireless-government-network-operations-points-lost',
        'project-rising-s-t-stars-programme-points-lost',
        'scores-distribution',
        'scores-vs-execution',
      ]),
    );
  });

  test('a recomputed value or a column the table does not show is not disputed', () => {
    const overview = chart('overview-execution', 'zh');
    // its bars show the recomputed rate of the project whose printed rate is disputed
    expect(overview.rows.some((r) => r.recomputedColumns?.includes('rate'))).toBe(true);
    expect(overview.disputed).toEqual([]);
    const spec = chart('spending-budget-vs-final', 'zh');
    expect(disputedOf(spec.rows, [], 'zh')).toEqual([]);
  });

  test.each(all.map((c) => [`${c.id} (${c.locale})`, c] as const))(
    '%s: its SVGs mark each disputed row with "≠", and only those',
    (_, spec) => {
      const rows = new Set(expected(spec).flatMap((d) => d.rows)).size;
      expect(marks(spec.svg), 'wide').toBe(rows);
      if (spec.svgNarrow) expect(marks(spec.svgNarrow), 'narrow').toBe(rows);
    },
  );

  test('the annotation says where to look, in the chart’s language', () => {
    expect(chart('spending-budget-vs-final', 'zh').svg).toContain('≠ 见核算');
    expect(chart('projects-execution', 'en').svgNarrow).toContain('≠ see check');
    expect(chart('scores-vs-execution', 'en').svg).toMatch(/>\s*[^<]*\d+≠/);
  });

  test('the text alternative of a page’s chart names each disputed finding (ChartFigure adds it)', () => {
    for (const spec of disputed) expect(spec.disputed!.every((d) => d.text.length > 3)).toBe(true);
    expect(chart('spending-sub-science-and-technology', 'zh').disputed![0]!.text).toBe('“应用研究”比年初预算的增长率');
    expect(chart('spending-sub-science-and-technology', 'en').disputed![0]!.text).toBe(
      '“Applied research”: growth against the initial budget',
    );
    // English texts quote no Chinese: a citation, a file's caption and a textarea cannot mark it as Chinese
    for (const spec of disputed.filter((c) => c.locale === 'en'))
      for (const d of spec.disputed!) expect(d.text, d.finding).not.toMatch(/\p{Script=Han}/u);
    expect(chart('project-800-mhz-wireless-government-network-operations-points-lost', 'en').disputed![0]!.text).toBe(
      '“800 MHz wireless government network operations”, indicator 10: the actual meets the target, yet it scored 19.6 of 20; the table gives no reason for the points lost',
    );
  });
});

describe('what leaves the site with a disputed chart', () => {
  test('the standalone file’s caption names each finding and its place on /audit/; none without', () => {
    for (const spec of all) {
      const caption = disputeCaption(spec.disputed!, spec.locale);
      const footer = chartFrame(spec).footer;
      if (!spec.disputed!.length) {
        expect(caption).toBeNull();
        expect(
          footer.some((l) => l.includes('≠')),
          spec.id,
        ).toBe(false);
        continue;
      }
      expect(footer[0], spec.id).toBe(caption);
      for (const d of spec.disputed!) {
        expect(caption).toContain(d.text);
        expect(caption).toContain(`${spec.locale === 'en' ? '/en' : ''}/audit/#${d.anchor}`);
      }
    }
  });

  test('the citation says a figure is disputed by the check, with each finding’s link', () => {
    const spec = chart('projects-execution', 'en');
    const cite = citationTemplate('en', spec.sourceLines, spec.title, spec.disputed);
    expect(cite).toContain('the site’s arithmetic check disputes a figure in this chart');
    for (const d of spec.disputed!) expect(cite).toContain(`({at:/en/audit/#${d.anchor}})`);
    const zh = chart('projects-execution', 'zh');
    expect(citationTemplate('zh', zh.sourceLines, zh.title, zh.disputed)).toMatch(
      /注：图中有数字经本站核算与报告其他数字对不上，见：.+（\{at:\/audit\/#finding-project-exec-rate-/,
    );
    expect(citationTemplate('zh', zh.sourceLines, zh.title)).not.toContain('核算');
  });
});
