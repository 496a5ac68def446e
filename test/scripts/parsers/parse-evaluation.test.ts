import { describe, expect, it } from 'vitest';
import { parseEvaluationSummary, parseIncubationReport } from '../../../scripts/parsers/parse-evaluation.ts';
import { fig, FILE, fixture, problems } from '../helpers.ts';

describe('parseEvaluationSummary', () => {
  it('reads projects, amounts and score-band counts by procedure', () => {
    const p = problems();
    const out = parseEvaluationSummary(fixture('evaluation-summary').slice(1), FILE, p);
    expect(p.errors).toEqual([]);
    expect(
      out.map((x) => [x.procedure, fig(x.projects), fig(x.amount), fig(x.share), x.bands?.map(fig) ?? null, x.lines]),
    ).toEqual([
      ['all', '14@0', '5787.32@2', '40@0', null, [128]],
      ['normal', '1@0', '1434.3@2', null, ['0@0', '1@0', '0@0', '0@0'], [128]],
      ['simple', '13@0', '4353.02@2', null, ['9@0', '4@0', '0@0', '0@0'], [128]],
    ]);
  });

  it('reports a damaged count', () => {
    const p = problems();
    parseEvaluationSummary(
      fixture('evaluation-summary', ['简易程序评价项目13个', '简易程序评价项目1E个']).slice(1),
      FILE,
      p,
    );
    expect(p.errors.map((e) => e.message)).toEqual([`${FILE}:128: expected a count of 简易程序 projects, found "1E"`]);
  });
});

describe('parseIncubationReport', () => {
  const lines = [...fixture('incubation-funds'), ...fixture('incubation-scores'), ...fixture('incubation-employment')];

  it('reads the fund’s spending by recipient type, marking what the evaluation excludes', () => {
    const p = problems();
    const out = parseIncubationReport(lines, FILE, p)!;
    expect(p.errors).toEqual([]);
    expect(out.funds.map((f) => [f.item, f.item_zh, fig(f.amount), f.in_scope, f.lines])).toEqual([
      ['budget', '预算批复资金', '1434.3@2', true, [143]],
      ['executed', '实际支出资金', '1434.3@2', true, [143]],
      ['incubators', '科技企业孵化器补贴资金', '370.5@2', true, [143]],
      ['maker_spaces', '众创空间', '1003.8@2', true, [143]],
      ['awards_2018', '2018年科技奖励政策兑现资金', '60@0', false, [143]],
      ['balance', '结余资金', '0@4', true, [143]],
    ]);
    expect(fig(out.executionRate!.rate)).toBe('100@0');
  });

  it('reads the score by dimension with its maximum, and the employment figures it cites', () => {
    const out = parseIncubationReport(lines, FILE, problems())!;
    expect(out.scores.map((s) => [s.dimension, fig(s.max), fig(s.score), s.lines])).toEqual([
      ['total', null, '82.64@2', [268]],
      ['decision', '15@0', '12.98@2', [268]],
      ['management', '30@0', '25.18@2', [268]],
      ['performance', '55@0', '44.48@2', [268]],
    ]);
    expect(out.employment.map((e) => [e.year, fig(e.jobs), fig(e.graduates), e.lines])).toEqual([
      [2017, '4429@0', '670@0', [289]],
      [2018, '4269@0', '359@0', [289]],
    ]);
    expect([fig(out.employmentGrowth!.jobs), fig(out.employmentGrowth!.graduates)]).toEqual(['-96@0', '-54@0']);
  });
});
