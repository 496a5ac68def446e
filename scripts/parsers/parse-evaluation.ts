import type { ReportLine } from '../lib/load-report.ts';
import type { Evaluation, EvaluationProcedure, IncubationFund } from '../lib/model.ts';
import { readNumber, type Fig } from '../lib/read-figures.ts';
import { ReportError, type Problems } from '../lib/report-error.ts';
import { amountIn, findLine, percentIn, sentenceAround, T } from '../lib/sentence.ts';

const ALL = new RegExp(`评价项目${T}个，占部门项目总数的${T}%，涉及金额${T}万元`);
const PROCEDURE = new RegExp(`(普通程序|简易程序)评价项目${T}个，涉及金额${T}万元(.*?)(?:；|。|$)`, 'g');
const BANDS = [
  new RegExp(`90分（含90分）以上的${T}个`),
  new RegExp(`75-90分（含75分）的${T}个`),
  new RegExp(`60-75分（含60分）的${T}个`),
  new RegExp(`60分以下的${T}个`),
];

function count(text: string, file: string, line: number, what: string): Fig {
  return readNumber(text, file, line, `a count of ${what}`);
}

/** Parses Part 3 §一: how many projects were evaluated, by procedure, with score-band counts. */
export function parseEvaluationSummary(body: ReportLine[], file: string, problems: Problems): EvaluationProcedure[] {
  const found = findLine(body, ALL);
  if (!found) {
    const mention = body.find((l) => l.text.includes('评价项目'));
    if (mention)
      throw new ReportError(
        file,
        mention.n,
        `expected “评价项目N个，占部门项目总数的P%，涉及金额X万元”, found "${mention.text.trim().slice(0, 50)}"`,
      );
    return [];
  }
  const { line, match: m } = found;
  const out: EvaluationProcedure[] = [
    {
      procedure: 'all',
      procedure_zh: '评价项目',
      projects: count(m[1]!, file, line.n, 'projects'),
      share: percentIn(m, 2, file, line.n, '占部门项目总数的'),
      amount: amountIn(m, 3, file, line.n, '涉及金额'),
      bands: null,
      lines: [line.n],
      quote: m[0],
    },
  ];
  for (const p of line.text.matchAll(PROCEDURE)) {
    const text = p[4] ?? '';
    const bands = BANDS.map((re) => re.exec(text));
    problems.attempt(() => {
      out.push({
        procedure: p[1] === '普通程序' ? 'normal' : 'simple',
        procedure_zh: p[1]!,
        projects: count(p[2]!, file, line.n, `${p[1]} projects`),
        amount: readNumber(p[3]!, file, line.n, `an amount after ${p[1]}涉及金额`),
        share: null,
        bands: bands.every(Boolean)
          ? (bands.map((b) => count(b![1]!, file, line.n, 'projects in a score band')) as [Fig, Fig, Fig, Fig])
          : null,
        lines: [line.n],
        quote: p[0].replace(/[；。]$/, ''),
      });
    }, undefined);
  }
  return out;
}

const FUND_ITEM = new RegExp(`支付([^，、。]*?)${T}万元(（不在评价范围内）)?`, 'g');
const SCORE = new RegExp(`(项目决策|项目管理|项目绩效)指标，满分${T}分，(?:评定|评价)得分为${T}分`, 'g');
const JOBS = new RegExp(`(\\d{4})年?[^；。]*?提供就业岗位总数${T}个，其中吸纳应届毕业生总数${T}人`, 'g');
const JOBS_GROWTH = new RegExp(`增长率分别是${T}%和${T}%`);

const FUND_KEYS: [RegExp, IncubationFund['funds'][number]['item']][] = [
  [/孵化器/, 'incubators'],
  [/众创空间/, 'maker_spaces'],
  [/奖励/, 'awards_2018'],
];
const DIMENSIONS = { 项目决策: 'decision', 项目管理: 'management', 项目绩效: 'performance' } as const;

/** Parses Part 3 §二: the one project evaluated by the standard procedure (an external evaluation report). */
export function parseIncubationReport(body: ReportLine[], file: string, problems: Problems): IncubationFund | null {
  const nameLine = findLine(body, /下达经费名称为“(.+?)”/) ?? findLine(body, /年度(.+?)项目预算资金/);
  const fundsLine = body.find((l) => /预算批复资金/.test(l.text) && /其中支付/.test(l.text));
  if (!fundsLine) return null;
  const fund: IncubationFund = {
    name_zh: nameLine?.match[1] ?? '',
    funds: [],
    executionRate: null,
    scores: [],
    employment: [],
    employmentGrowth: null,
  };
  const f = fundsLine;
  problems.attempt(() => {
    const budget = new RegExp(`(预算批复资金)${T}万元`).exec(f.text);
    const executed = new RegExp(`(实际支出资金)${T}万元`).exec(f.text);
    if (!budget || !executed)
      throw new ReportError(file, f.n, 'expected “预算批复资金X万元，实际支出资金Y万元”, found none');
    for (const [item, m] of [
      ['budget', budget],
      ['executed', executed],
    ] as const) {
      fund.funds.push({
        item,
        item_zh: m[1]!,
        amount: amountIn(m, 2, file, f.n, m[1]!),
        in_scope: true,
        lines: [f.n],
        quote: m[0],
      });
    }
    for (const m of f.text.matchAll(FUND_ITEM)) {
      const key = FUND_KEYS.find(([re]) => re.test(m[1]!));
      if (!key) continue;
      const name = m[1]!.replace(/安排$/, '');
      fund.funds.push({
        item: key[1],
        item_zh: name,
        amount: readNumber(m[2]!, file, f.n, `an amount after 支付${name}`),
        in_scope: !m[3],
        lines: [f.n],
        quote: m[0],
      });
    }
    const balance = new RegExp(`(结余资金)${T}(万元|元)`).exec(f.text);
    if (balance) {
      const b = amountIn(balance, 2, file, f.n, '结余资金');
      fund.funds.push({
        item: 'balance',
        item_zh: '结余资金',
        amount: balance[3] === '元' ? { ...b, value: b.value / 10_000, decimals: b.decimals + 4 } : b,
        in_scope: true,
        lines: [f.n],
        quote: balance[0],
      });
    }
    const rate = new RegExp(`预算执行率为${T}%`).exec(f.text);
    if (rate)
      fund.executionRate = { rate: percentIn(rate, 1, file, f.n, '预算执行率为'), lines: [f.n], quote: rate[0] };
  }, undefined);

  const scoreLine = body.find((l) => new RegExp(SCORE.source).test(l.text));
  if (scoreLine) {
    problems.attempt(() => {
      const total = new RegExp(`综合得分${T}分`).exec(scoreLine.text);
      if (total)
        fund.scores.push({
          dimension: 'total',
          dimension_zh: '综合得分',
          max: null,
          score: amountIn(total, 1, file, scoreLine.n, '综合得分'),
          lines: [scoreLine.n],
          quote: total[0],
        });
      for (const m of scoreLine.text.matchAll(SCORE)) {
        fund.scores.push({
          dimension: DIMENSIONS[m[1] as keyof typeof DIMENSIONS],
          dimension_zh: m[1]!,
          max: readNumber(m[2]!, file, scoreLine.n, `the maximum score after ${m[1]}指标，满分`),
          score: readNumber(m[3]!, file, scoreLine.n, `a score after ${m[1]}指标得分为`),
          lines: [scoreLine.n],
          quote: m[0],
        });
      }
    }, undefined);
  }

  const jobsLine = body.find((l) => l.text.includes('提供就业岗位总数'));
  if (jobsLine) {
    problems.attempt(() => {
      for (const m of jobsLine.text.matchAll(JOBS)) {
        fund.employment.push({
          year: Number(m[1]),
          jobs: readNumber(m[2]!, file, jobsLine.n, 'a number of jobs'),
          graduates: readNumber(m[3]!, file, jobsLine.n, 'a number of graduates'),
          lines: [jobsLine.n],
          quote: sentenceAround(jobsLine.text, m.index ?? 0).slice(0, 200),
        });
      }
      const g = JOBS_GROWTH.exec(jobsLine.text);
      if (g)
        fund.employmentGrowth = {
          jobs: percentIn(g, 1, file, jobsLine.n, '增长率分别是'),
          graduates: percentIn(g, 2, file, jobsLine.n, '和'),
          lines: [jobsLine.n],
          quote: g[0],
        };
    }, undefined);
  }
  return fund;
}

export function parseEvaluation(
  sections: { eval_summary?: ReportLine[]; eval_report?: ReportLine[] },
  file: string,
  problems: Problems,
): Evaluation {
  return {
    procedures: sections.eval_summary
      ? problems.attempt(() => parseEvaluationSummary(sections.eval_summary!, file, problems), [])
      : [],
    incubation: sections.eval_report
      ? problems.attempt(() => parseIncubationReport(sections.eval_report!, file, problems), null)
      : null,
  };
}
