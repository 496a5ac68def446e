import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toLines } from '../../scripts/lib/load-report.ts';
import { ReportError } from '../../scripts/lib/report-error.ts';
import { splitSections } from '../../scripts/lib/split-sections.ts';
import { FILE, REPORT_PATH } from './helpers.ts';

const report = toLines(readFileSync(REPORT_PATH, 'utf8'));

describe('splitSections', () => {
  it('finds every section of the template by its heading, in its part', () => {
    const { sections, missing } = splitSections(report, FILE);
    expect([...sections.values()].map((s) => [s.id, s.part, s.heading.n, s.body.length])).toEqual([
      ['basic_info', 1, 2, 33],
      ['totals', 1, 36, 6],
      ['fiscal_totals', 1, 43, 1],
      ['spending', 1, 45, 39],
      ['fund_budget', 1, 85, 1],
      ['basic_expenditure', 1, 87, 1],
      ['three_public', 2, 91, 8],
      ['running_costs', 2, 100, 3],
      ['procurement', 2, 104, 3],
      ['assets', 2, 108, 2],
      ['state_capital', 2, 111, 2],
      ['purchased_services', 2, 114, 2],
      ['terms', 2, 117, 7],
      ['eval_summary', 3, 127, 1],
      ['eval_report', 3, 129, 172],
      ['self_eval', 3, 302, 2254],
    ]);
    expect(missing).toEqual([]);
  });

  it('does not depend on line numbers: the same report with lines added before a section splits the same way', () => {
    const shifted = toLines(
      readFileSync(REPORT_PATH, 'utf8').replace('三、政府采购支出情况', '\n\n三、政府采购支出情况'),
    );
    const { sections } = splitSections(shifted, FILE);
    expect(sections.get('procurement')!.heading.n).toBe(106);
    expect(sections.get('procurement')!.body.find((l) => l.text.includes('政府采购支出总额'))!.n).toBe(108);
  });

  it('lists a section that is absent, even one every full report has, and fails only when none is found', () => {
    const withoutProcurement = report.filter((l) => !l.text.startsWith('三、政府采购支出情况'));
    expect(splitSections(withoutProcurement, FILE).missing).toEqual(['procurement']);
    const withoutSpending = report.filter((l) => !l.text.startsWith('四、一般公共预算财政拨款支出决算情况说明'));
    expect(splitSections(withoutSpending, FILE).missing).toEqual(['spending']);
    const noHeadings = report.filter((l) => !/^[一二三四五六七八九十]+、/.test(l.text));
    expect(() => splitSections(noHeadings, FILE)).toThrow(ReportError);
    expect(() => splitSections(noHeadings, FILE)).toThrow(
      `${FILE}: expected a section of the 部门决算 template (headings such as “一、部门基本情况” or “二、收入支出决算总体情况说明”), found none`,
    );
  });
});
