/**
 * One case per audit rule: on a clean excerpt the rule finds nothing; with one figure changed it finds exactly
 * one problem, with the id expected. Where the report itself is wrong (the rule's point), the clean excerpt is the
 * verbatim text with that error corrected in memory, and the correction is named.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Rule } from '../../../scripts/audit/check.ts';
import { RULES } from '../../../scripts/audit/run-audit.ts';
import * as evaluation from '../../../scripts/audit/rules/evaluation-rules.ts';
import * as other from '../../../scripts/audit/rules/other-rules.ts';
import * as overview from '../../../scripts/audit/rules/overview-rules.ts';
import * as project from '../../../scripts/audit/rules/project-rules.ts';
import * as spending from '../../../scripts/audit/rules/spending-rules.ts';
import * as statements from '../../../scripts/audit/rules/statement-rules.ts';
import { wrongBase } from '../../../scripts/audit/check.ts';
import { Glossary } from '../../../scripts/lib/glossary.ts';
import { loadReport } from '../../../scripts/lib/load-report.ts';
import type { ParsedReport } from '../../../scripts/lib/model.ts';
import { parseEvaluationSummary, parseIncubationReport } from '../../../scripts/parsers/parse-evaluation.ts';
import { parseOtherMatters } from '../../../scripts/parsers/parse-other-matters.ts';
import { parseOverview } from '../../../scripts/parsers/parse-overview.ts';
import { parseProjects } from '../../../scripts/parsers/parse-projects.ts';
import { parseSpending } from '../../../scripts/parsers/parse-spending.ts';
import { parseReport } from '../../../scripts/parse-report.ts';
import { toLines } from '../../../scripts/lib/load-report.ts';
import {
  emptyModel,
  FILE,
  fixture,
  otherMattersSections,
  fixtureFirstLine,
  fixtureText,
  GLOSSARY_PATH,
  numbered,
  problems,
  REPORT_PATH,
} from '../helpers.ts';

type Edits = [string, string][];

function strict<T>(fn: (p: ReturnType<typeof problems>) => T): T {
  const p = problems();
  const out = fn(p);
  if (p.errors.length) throw new Error(p.errors.map((e) => e.message).join('\n'));
  return out;
}

const models = {
  overview: (edits: Edits): ParsedReport => {
    const lines = fixture('overview', ...edits.filter(([f]) => !f.includes('安排基本支出')));
    const basic = fixture('basic-expenditure', ...edits.filter(([f]) => f.includes('安排基本支出')));
    const ov = strict((p) =>
      parseOverview(
        {
          basic_info: lines.filter((l) => l.n === 35),
          totals: lines.filter((l) => l.n >= 36 && l.n <= 42),
          fiscal_totals: lines.filter((l) => l.n === 44),
          basic_expenditure: basic,
        },
        FILE,
        p,
      ),
    );
    return { ...emptyModel(), overview: ov };
  },
  spending: (edits: Edits): ParsedReport => {
    const lines = fixture('spending', ...edits);
    return { ...emptyModel(), spending: strict((p) => parseSpending(lines.slice(1), lines[0]!, FILE, p)) };
  },
  other: (edits: Edits): ParsedReport => {
    const lines = fixture('other-matters', ...edits);
    return {
      ...emptyModel(),
      other: { terms: [], ...strict((p) => parseOtherMatters(otherMattersSections(lines), FILE, p)) },
    };
  },
  summary: (edits: Edits): ParsedReport => ({
    ...emptyModel(),
    evaluation: {
      procedures: strict((p) => parseEvaluationSummary(fixture('evaluation-summary', ...edits).slice(1), FILE, p)),
      incubation: null,
    },
  }),
  incubation: (edits: Edits): ParsedReport => {
    const pick = (name: string) => {
      let text = fixtureText(name);
      for (const [from, to] of edits) if (text.includes(from)) text = text.replace(from, to);
      return numbered(text, fixtureFirstLine(name));
    };
    const lines = [...pick('incubation-funds'), ...pick('incubation-scores'), ...pick('incubation-employment')];
    return {
      ...emptyModel(),
      evaluation: { procedures: [], incubation: strict((p) => parseIncubationReport(lines, FILE, p)) },
    };
  },
  table: (edits: Edits): ParsedReport => ({
    ...emptyModel(),
    projects: strict((p) => parseProjects(fixture('table-full', ...edits), FILE, p)).map((t, i) => ({
      ...t,
      slug: `table-${i + 1}`,
      name_en: null,
    })),
  }),
  short: (edits: Edits): ParsedReport => ({
    ...emptyModel(),
    projects: strict((p) => parseProjects(fixture('table-short', ...edits), FILE, p)).map((t, i) => ({
      ...t,
      slug: `table-${i + 1}`,
      name_en: null,
    })),
  }),
  /** two whole tables (科普活动, 科技新星计划) with their lines, as the pipeline gives the audit */
  twoTables: (edits: Edits): ParsedReport => {
    const full = fixture('table-full', ...edits.filter(([f]) => fixtureText('table-full').includes(f)));
    const short = fixture('table-short', ...edits.filter(([f]) => fixtureText('table-short').includes(f)));
    const tables = [full, short].flatMap((lines) => strict((p) => parseProjects(lines, FILE, p)));
    return {
      ...emptyModel(),
      projects: tables.map((t, i) => ({ ...t, slug: `table-${i + 1}`, name_en: null })),
      text: [...full, ...short],
    };
  },
  report: (edits: Edits): ParsedReport => {
    let text = loadReport(REPORT_PATH)
      .lines.map((l) => l.text)
      .join('\n');
    for (const [from, to] of edits) {
      if (!text.includes(from)) throw new Error(`the report has no "${from}"`);
      text = text.replace(from, to);
    }
    return parseReport(
      { file: FILE, path: REPORT_PATH, sha256: '', lines: toLines(text) },
      Glossary.load(GLOSSARY_PATH),
    );
  },
};

interface Case {
  rule: Rule;
  model: keyof typeof models;
  /** corrections that make the verbatim excerpt clean, where the report itself is wrong */
  correct?: Edits;
  seed: Edits;
  expect: string;
  severity?: string;
}

const CASES: Case[] = [
  {
    rule: overview.totalsChange,
    model: 'overview',
    seed: [['增加7300.08万元', '增加7300.18万元']],
    expect: 'totals-change/income-expenditure-total',
  },
  {
    rule: overview.totalsGrowth,
    model: 'overview',
    seed: [['增长678.72%', '增长687.72%']],
    expect: 'totals-growth/income-expenditure-total',
  },
  {
    rule: overview.breakdownSum,
    model: 'overview',
    seed: [['事业收入11.12万元', '事业收入12.12万元']],
    expect: 'breakdown-sum/income',
  },
  {
    rule: overview.breakdownShare,
    model: 'overview',
    seed: [['占收入合计的99.85%', '占收入合计的98.85%']],
    expect: `breakdown-share/${hashOf('income/财政拨款收入')}`,
  },
  {
    rule: overview.basicExpenditureTwice,
    model: 'overview',
    seed: [['安排基本支出1223.17万元', '安排基本支出1233.17万元']],
    expect: 'basic-expenditure-twice/basic',
  },
  {
    rule: spending.spendingTotal,
    model: 'spending',
    seed: [['教育支出5.35万元，占本年', '教育支出6.35万元，占本年']],
    expect: 'spending-total/overview',
  },
  {
    rule: spending.spendingShare,
    model: 'spending',
    seed: [['占本年财政拨款支出2.35%', '占本年财政拨款支出3.35%']],
    expect: `spending-share/${hashOf('住房保障支出')}`,
  },
  {
    rule: spending.spendingStatedTwice,
    model: 'spending',
    correct: [['社会保障和就业104.37万元', '社会保障和就业支出104.37万元']],
    seed: [['住房保障支出170.96万元，占本年', '住房保障支出170.86万元，占本年']],
    expect: `spending-stated-twice/${hashOf('住房保障支出')}`,
  },
  {
    rule: spending.subcategorySum,
    model: 'spending',
    correct: [['比2019年年初预算232.54万元，增长100%', '2019年年初无预算，增长率为100%']],
    seed: [['“组织事务”2019年度决算6.97万元', '“组织事务”2019年度决算7.97万元']],
    expect: `subcategory-sum/${hashOf('一般公共服务支出/final')}`,
  },
  {
    rule: spending.spendingChange,
    model: 'spending',
    seed: [['增加4188.10万元', '增加4188.20万元']],
    expect: `spending-change/${hashOf('subcategory/科学技术管理事务')}`,
  },
  {
    rule: spending.spendingGrowth,
    model: 'spending',
    correct: [['比2019年年初预算232.54万元，增长100%', '2019年年初无预算，增长率为100%']],
    seed: [['增长202.26%。其中', '增长200.26%。其中']],
    expect: `spending-growth/${hashOf('category/教育支出')}`,
  },
  {
    rule: other.threePublicSum,
    model: 'other',
    seed: [['财政拨款决算数0元', '财政拨款决算数1元']],
    expect: 'three-public-sum/final',
  },
  {
    rule: other.runningCostsChange,
    model: 'other',
    seed: [['增加9.01万元', '增加9.11万元']],
    expect: 'running-costs-change/change',
  },
  {
    rule: other.procurementSum,
    model: 'other',
    seed: [['政府采购货物支出190.07万元', '政府采购货物支出190.17万元']],
    expect: 'procurement-sum/types',
  },
  { rule: other.procurementShare, model: 'other', seed: [['49.99%', '50.99%']], expect: 'procurement-share/sme' },
  {
    rule: evaluation.evaluationCounts,
    model: 'summary',
    seed: [['涉及金额5787.32万元', '涉及金额5787.42万元']],
    expect: 'evaluation-counts/amount',
  },
  {
    rule: evaluation.evaluationVsProjects,
    model: 'report',
    seed: [['简易程序评价项目13个，涉及金额4353.02万元', '简易程序评价项目13个，涉及金额4353.12万元']],
    expect: 'evaluation-vs-projects/simple-amount',
  },
  {
    rule: evaluation.incubationFunds,
    model: 'incubation',
    seed: [['支付众创空间安排1,003.80万元', '支付众创空间安排1,013.80万元']],
    expect: 'incubation-funds/payments',
  },
  {
    rule: evaluation.incubationScores,
    model: 'incubation',
    seed: [['评定得分为12.98分', '评定得分为12.88分']],
    expect: 'incubation-scores/sum',
  },
  {
    rule: evaluation.incubationEmployment,
    model: 'incubation',
    correct: [['增长率分别是-96%和-54%', '增长率分别是-3.61%和-46.42%']],
    seed: [['增长率分别是-3.61%和-46.42%', '增长率分别是-3.61%和-54%']],
    expect: 'incubation-employment/graduates',
  },
  { rule: project.execRate, model: 'table', seed: [['\t98.27%', '\t97.27%']], expect: 'project-exec-rate/table-1' },
  {
    rule: project.fundsScore,
    model: 'table',
    seed: [['\t98.27%\n\t9.8\n', '\t98.27%\n\t9.5\n']],
    expect: 'project-funds-score/table-1',
  },
  {
    rule: project.totalScore,
    model: 'table',
    seed: [['总分： 99.6', '总分： 98.6']],
    expect: 'project-total-score/table-1',
  },
  {
    rule: project.scoreWithinWeight,
    model: 'table',
    seed: [
      [
        '\t科普活动类项目\n\t5\n\t支持不少于3项\n\t支持3\n\t完成值达到指标值，记满分；未达到指标值，按B/A或A/B*该指标分值记分。\n\t5',
        '\t科普活动类项目\n\t5\n\t支持不少于3项\n\t支持3\n\t完成值达到指标值，记满分；未达到指标值，按B/A或A/B*该指标分值记分。\n\t6',
      ],
    ],
    expect: 'project-weights/table-1'
      .replace('project-weights', 'indicator-score-within-weight')
      .replace('table-1', 'table-1-row-1'),
  },
  {
    rule: project.weights,
    model: 'table',
    seed: [['（20分）', '（25分）']],
    expect: `project-weights/${hashOf('table-1/level2/数量指标')}`,
  },
  {
    rule: project.tableYear,
    model: 'table',
    seed: [['（2019年度）', '（2020年度）']],
    expect: 'table-year/table-1',
    severity: 'low',
  },
  {
    rule: project.tableComplete,
    model: 'table',
    seed: [['\t98.27%\n\t9.8\n', '\t98.27%\n\t\n']],
    expect: 'table-complete/table-1',
  },
  {
    rule: project.costIndicator,
    model: 'table',
    seed: [['\t项目预算控制数\n\t10\n\t351.74', '\t项目预算控制数\n\t10\n\t315.74']],
    expect: 'cost-indicator/table-1-budget',
  },
  {
    rule: statements.cellStatements,
    model: 'short',
    seed: [['98.58万元，完成98%', '98.58万元，完成96%']],
    expect: 'cell-statement/table-1-row-4-actual-rate',
  },
  {
    rule: statements.repeatedText,
    model: 'twoTables',
    seed: [
      [
        '组织开展科技周活动，组织开展2019年科普项目评审活动，支持项目18个。',
        '组织开展科技周活动；开展2019年科技新星项目评审，拟支持10人，提升人才创新能力。',
      ],
    ],
    expect: `repeated-text/${hashOf(`table-1/table-2/${statements.foldText('开展2019年科技新星项目评审，拟支持10人，提升人才创新能力')}`)}`,
  },
  {
    rule: statements.scoreEvidence,
    model: 'table',
    seed: [['\t支持不少于3项\n\t支持3\n', '\t支持不少于3项\n\t支持2\n']],
    expect: 'score-evidence/table-1-row-1',
    severity: 'low',
  },
];

function hashOf(text: string): string {
  return createHash('sha1').update(text).digest('hex').slice(0, 8);
}

describe('audit rules', () => {
  it('every rule has a case here', () => {
    const covered = new Set([...CASES.map((c) => c.rule.id), evaluation.evaluationShare.id]);
    expect(RULES.map((r) => r.id).filter((id) => !covered.has(id))).toEqual([]);
  });

  for (const c of CASES) {
    describe(c.rule.id, () => {
      it('finds nothing on a clean excerpt', () => {
        const results = c.rule.run(models[c.model](c.correct ?? []));
        expect(results.length, 'the rule ran at least one check').toBeGreaterThan(0);
        expect(results.filter((r) => r.finding).map((r) => r.finding!.message_en)).toEqual([]);
      });

      it('finds exactly the seeded error', () => {
        const findings = c.rule
          .run(models[c.model]([...(c.correct ?? []), ...c.seed]))
          .flatMap((r) => (r.finding ? [r.finding] : []));
        expect(findings.map((f) => f.id)).toEqual([c.expect]);
        const f = findings[0]!;
        expect(f.severity).toBe(c.severity ?? f.severity);
        expect(f.severity).not.toBe('could-not-check');
        expect(f.source_lines.length).toBeGreaterThan(0);
        expect(f.quote.length).toBeGreaterThan(0);
        expect(f.message_zh).toMatch(/[\u4e00-\u9fa5]/);
        expect(f.message_en).toMatch(/[A-Za-z]/);
      });
    });
  }

  it('evaluation-share says it could not check the share of all projects, never that it passed', () => {
    const results = evaluation.evaluationShare.run(models.summary([]));
    expect(results.map((r) => [r.record.status, r.finding?.severity])).toEqual([
      ['could-not-check', 'could-not-check'],
    ]);
  });
});

describe('what a wrong growth rate is instead (wrongBase)', () => {
  const printed = (text: string) => ({
    value: Number(text),
    decimals: (text.split('.')[1] ?? '').length,
    text,
    line: 1,
  });
  it('a ratio printed as a growth, with its sign reversed (the report’s jobs: 4269 on 4429 printed as −96%)', () => {
    expect(wrongBase(printed('-96'), 4269, 4429)).toEqual({ kind: 'ratio', value: 96.39, sign_reversed: true });
    expect(wrongBase(printed('100'), 232.54, 232.54)).toEqual({ kind: 'ratio', value: 100, sign_reversed: false });
  });
  it('the change over this year’s figure, and a percent off by 100', () => {
    expect(wrongBase(printed('50'), 200, 100)).toEqual({
      kind: 'change-over-current',
      value: 50,
      sign_reversed: false,
    });
    expect(wrongBase(printed('1'), 200, 100)).toEqual({ kind: 'percent-over-100', value: 1, sign_reversed: false });
    expect(wrongBase(printed('0.5'), 150, 100)).toEqual({ kind: 'percent-over-100', value: 0.5, sign_reversed: false });
  });
  it('nothing where no usual slip gives the printed figure', () => {
    expect(wrongBase(printed('37'), 150, 100)).toBeNull();
  });
  it('is said in the finding of a growth check (message and record), its id unchanged', () => {
    const findings = evaluation.incubationEmployment
      .run(models.incubation([]))
      .flatMap((r) => (r.finding ? [r.finding] : []));
    expect(findings.map((f) => [f.id, f.wrong_base?.kind, f.wrong_base?.sign_reversed])).toEqual([
      ['incubation-employment/jobs', 'ratio', true],
      ['incubation-employment/graduates', 'ratio', true],
    ]);
    expect(findings[0]!.message_zh).toContain('疑把比值当作增长率印出');
    expect(findings[0]!.message_en).toContain('a ratio printed as a growth rate');
  });
});

describe('the new rules’ findings say where', () => {
  it('repeated-text quotes both places, with both tables’ lines', () => {
    const [f] = statements.repeatedText
      .run(
        models.twoTables([
          [
            '组织开展科技周活动，组织开展2019年科普项目评审活动，支持项目18个。',
            '开展2019年科技新星项目评审，拟支持10人，提升人才创新能力。',
          ],
        ]),
      )
      .flatMap((r) => (r.finding ? [r.finding] : []));
    // the 科普活动 outcome (line 566) and the 科技新星 goal and outcome (lines 2490, 2491: the same words)
    expect(f!.source_lines).toEqual([566, 2490, 2491]);
    expect(f!.figures.map((g) => `${g.row}:${g.column}`)).toEqual([
      'table-1:outcome_zh',
      'table-2:goal_zh',
      'table-2:outcome_zh',
    ]);
    expect(f!.message_zh).toContain('第566行');
    expect(f!.message_en).toContain('goal (L2490) and outcome (L2491)');
  });
  it('score-evidence quotes the reason the table gives', () => {
    const [f] = statements.scoreEvidence
      .run(
        models.table([
          [
            '\t支持不少于3项\n\t支持3\n\t完成值达到指标值，记满分；未达到指标值，按B/A或A/B*该指标分值记分。\n\t5',
            '\t支持不少于3项\n\t支持3\n\t完成值达到指标值，记满分；未达到指标值，按B/A或A/B*该指标分值记分。\n\t4',
          ],
        ]),
      )
      .flatMap((r) => (r.finding ? [r.finding] : []));
    expect(f!.id).toBe('score-evidence/table-1-row-1');
    expect(f!.message_en).toContain('meets the target “支持不少于3项”, yet it scored 4 of 5');
  });
});
