/** The facts /projects/ and its charts share (src/lib/pages/projects-facts.ts), on the real derived data. */
import { describe, expect, test } from 'vitest';
import { projectFacts, type ProjectFacts } from '../../../src/lib/project-facts';
import { data } from '../../../src/lib/data';
import type { Finding } from '../../../contract/files';
import type { ProjectsTotalRow } from '../../../contract/tables';
import {
  allProjectFacts,
  bySeverity,
  nameOf,
  printedDiffers,
  projectNames,
  projectsLede,
  projectsPage,
  projectsPageFacts,
} from '../../../src/lib/pages/projects-facts';
import { from } from 'arquero';
import { projectsTotal } from '../../../scripts/build-tables.ts';
import { withoutTerms } from '../../../src/lib/terms';

const slugs = (facts: readonly ProjectFacts[]) => facts.map((f) => f.project.slug);

describe('allProjectFacts', () => {
  test('the facts of every table, in report order, computed once', () => {
    expect(allProjectFacts()).toEqual(projectFacts(data.projects, data.indicators, data.findings.findings));
    expect(allProjectFacts()).toBe(allProjectFacts());
    expect(projectsPage()).toBe(projectsPage());
  });

  test('names by locale, the untitled table named as such', () => {
    const untitled = allProjectFacts().find((f) => f.project.slug === 'untitled-table-9')!;
    expect(nameOf(untitled, 'zh')).toBe('名称缺失的自评表');
    expect(nameOf(untitled, 'en')).toBe('Untitled table (header missing in the report)');
    const names = projectNames(allProjectFacts(), 'en');
    expect(names.size).toBe(13);
    expect(names.get('rising-s-t-stars-programme')).toBe('Rising S&T Stars programme');
  });
});

/** A projects-total row for a subset of the tables, added up by the pipeline's own projectsTotal. */
const totalOf = (facts: ProjectFacts[]): ProjectsTotalRow =>
  projectsTotal(from(facts.map((f) => f.project))).objects()[0] as ProjectsTotalRow;

describe('projectsPageFacts', () => {
  const page = projectsPage();

  test('the totals, in 万元', () => {
    expect(page.total).toBe(data.projectsTotal[0]);
    expect([page.total.budget_wan, page.total.executed_wan, page.total.unspent_wan]).toEqual([
      4705.99, 4353.02, 352.97,
    ]);
    expect(page.facts).toBe(allProjectFacts());
  });

  test('shortfalls, most left unspent first', () => {
    expect(page.shortfalls.map((f) => [f.project.slug, f.project.unspent_wan])).toEqual([
      ['big-data-for-fine-grained-urban-management', 164.94],
      ['lianxintong-care-service-for-elderly-people', 87.83],
      ['big-data-aggregation-platform-phase-2', 76.72],
      ['e-government-extranet-line-maintenance', 9.5],
      ['government-cloud-hosted-racks-for-the-sharp-eyes', 6.48],
      ['science-popularisation-activities', 6.08],
      ['rising-s-t-stars-programme', 1.42],
    ]);
  });

  test('the shortfalls in the pipeline’s order (projects.shortfall_rank), not one the page works out', () => {
    // reverse the pipeline's ranks: the page lists the shortfalls reversed
    const n = page.shortfalls.length;
    const reversed = allProjectFacts().map((f) =>
      f.project.shortfall_rank === null
        ? f
        : { ...f, project: { ...f.project, shortfall_rank: n + 1 - f.project.shortfall_rank } },
    );
    expect(slugs(projectsPageFacts(reversed, page.total).shortfalls)).toEqual(slugs(page.shortfalls).reverse());
  });

  test('lowest rate first (ties in report order), the lowest, the printed rates the audit questions', () => {
    expect(page.byRate.map((f) => f.rate)).toEqual([
      60, 69.25, 72.51, 94.03, 94.34, 98.27, 98.58, 100, 100, 100, 100, 100, 100,
    ]);
    expect(page.byRate.slice(7).map((f) => f.number)).toEqual([1, 4, 5, 6, 7, 9]);
    expect(page.lowest?.project.slug).toBe('big-data-aggregation-platform-phase-2');
    expect(slugs(page.mismatched)).toEqual(['big-data-aggregation-platform-phase-2', 'rising-s-t-stars-programme']);
    expect(page.mismatched.every(printedDiffers)).toBe(true);
    expect(allProjectFacts().filter(printedDiffers)).toEqual(page.mismatched);
  });

  test('largest budget first (ties in report order)', () => {
    expect(page.byBudget.map((f) => f.number)).toEqual([1, 3, 4, 5, 6, 2, 7, 8, 9, 10, 11, 12, 13]);
  });

  test('tables without rates or shortfalls: no lowest, nothing short', () => {
    const full = allProjectFacts().filter((f) => !f.shortfall);
    const none = projectsPageFacts(
      full.map((f) => ({ ...f, rate: null })),
      totalOf(full),
    );
    expect(none.lowest).toBeUndefined();
    expect(none.byRate).toEqual([]);
    expect(none.shortfalls).toEqual([]);
    expect(projectsPageFacts([], totalOf([])).byBudget).toEqual([]);
  });
});

describe('projectsLede', () => {
  test('the lede with its amounts marked up for the unit switch and the lowest rate named', () => {
    // running text: its glossary terms are candidate marks (src/lib/terms.ts), here read as plain text
    expect(projectsLede(projectsPage(), 'zh')).toContain('<!--term execution-rate-->');
    expect(withoutTerms(projectsLede(projectsPage(), 'zh'))).toBe(
      '报告附有13张项目支出绩效自评表，年初预算合计<span class="amount" data-amount-wan="4705.99">4,705.99 万元</span>，全年执行<span class="amount" data-amount-wan="4353.02">4,353.02 万元</span>。其中7个项目没有把预算花完，合计<span class="amount" data-amount-wan="352.97">352.97 万元</span>未执行；执行率最低的是“丰台区大数据汇聚平台二期工程项目”，为60%。',
    );
    expect(withoutTerms(projectsLede(projectsPage(), 'en'))).toBe(
      'The report attaches 13 self-evaluation tables for projects with a combined initial budget of <span class="amount" data-amount-wan="4705.99">CNY 47.06 million</span>, of which <span class="amount" data-amount-wan="4353.02">CNY 43.53 million</span> was spent. 7 projects spent less than their budget, leaving <span class="amount" data-amount-wan="352.97">CNY 3.53 million</span> unspent; the lowest execution rate was that of “Big-data aggregation platform, phase 2”, at 60%.',
    );
  });

  test('without shortfalls, the lede that says every project spent its budget', () => {
    const spent = allProjectFacts().filter((f) => !f.shortfall);
    const full = projectsPageFacts(spent, totalOf(spent));
    expect(withoutTerms(projectsLede(full, 'en'))).toBe(
      'The report attaches 6 self-evaluation tables for projects with a combined initial budget of <span class="amount" data-amount-wan="2903.37">CNY 29.03 million</span>, of which <span class="amount" data-amount-wan="2903.37">CNY 29.03 million</span> was spent: every project spent its budget.',
    );
  });
});

describe('helpers', () => {
  test('bySeverity: most severe first, a copy, stable within a severity', () => {
    const f = (id: string, severity: Finding['severity']) => ({ id, severity }) as Finding;
    const findings = [f('a', 'low'), f('b', 'could-not-check'), f('c', 'high'), f('d', 'low'), f('e', 'medium')];
    expect(bySeverity(findings).map((x) => x.id)).toEqual(['c', 'e', 'a', 'd', 'b']);
    expect(findings.map((x) => x.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
});
