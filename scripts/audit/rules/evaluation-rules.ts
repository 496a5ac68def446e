import { BANDS, SCORE_BANDS, type ScoreBand } from '../../../contract/bands.ts';
import type { Fig } from '../../lib/read-figures.ts';
import type { CheckResult, Rule } from '../check.ts';
import type { IncubationFund, ParsedReport } from '../../lib/model.ts';
import { assertThat, at, compare, compareGrowth, compareSum, couldNotCheck, key, sum, sumOfRows } from '../check.ts';

/**
 * The evaluation's band for a score: ≥90, 75–90 (75 included), 60–75 (60 included), below 60. The one place a
 * band is assigned; the tables carry it (`score_band`, `score_band_recomputed`) for the site.
 * @throws if the score is not a finite number
 */
export function scoreBand(score: number): ScoreBand {
  if (!Number.isFinite(score)) throw new Error(`scoreBand: invalid score ${score}`);
  return SCORE_BANDS.find((b) => score >= b.min)!.band;
}
const BAND_ORDER = BANDS;
/** evaluation-summary's band columns, in BANDS order */
const BAND_COLUMNS = ['band_90_plus', 'band_75_90', 'band_60_75', 'band_below_60'] as const;
const fig = (value: number): Fig => ({ value, decimals: 0, text: String(value), line: 0 });
/** A rule's run over the incubation fund's evaluation: no checks where the report has none. */
const onFund = (run: (fund: IncubationFund) => CheckResult[]) => (r: ParsedReport) =>
  r.evaluation.incubation ? run(r.evaluation.incubation) : [];

export const evaluationCounts: Rule = {
  id: 'evaluation-counts',
  run: (r) => {
    const all = r.evaluation.procedures.find((p) => p.procedure === 'all');
    const parts = r.evaluation.procedures.filter((p) => p.procedure !== 'all');
    if (!all || !parts.length) return [];
    const out = [
      compare({
        rule: evaluationCounts,
        subject: 'projects',
        severity: 'high',
        from: [all, ...parts],
        claim_zh: '评价项目总数与各程序项目数之和',
        claim_en: 'Evaluated projects against the sum by procedure',
        printed: all.projects,
        recomputed: sum(parts.map((p) => p.projects)),
        figures: at('evaluation-summary', ['all'], 'projects'),
        inputs: parts.flatMap((p) => at('evaluation-summary', [p.procedure], 'projects')),
      }),
      compareSum({
        rule: evaluationCounts,
        subject: 'amount',
        severity: 'high',
        from: [all, ...parts],
        unit: '万元',
        claim_zh: '评价涉及金额与各程序金额之和',
        claim_en: 'Evaluated amount against the sum by procedure',
        ...sumOfRows('evaluation-summary', 'amount_wan', all, parts, (p) => [[p.procedure], p.amount]),
      }),
    ];
    for (const p of parts.filter((x) => x.bands)) {
      out.push(
        compare({
          rule: evaluationCounts,
          subject: key(p.procedure, 'bands'),
          severity: 'high',
          from: [p],
          claim_zh: `${p.procedure_zh}各分数段项目数之和`,
          claim_en: `${p.procedure} procedure: projects by score band against the number of projects`,
          printed: p.projects,
          recomputed: sum(p.bands!),
          figures: at('evaluation-summary', [p.procedure], 'projects'),
          inputs: at('evaluation-summary', [p.procedure], ...BAND_COLUMNS),
        }),
      );
    }
    return out;
  },
};

export const evaluationShare: Rule = {
  id: 'evaluation-share',
  run: (r) => {
    const all = r.evaluation.procedures.find((p) => p.procedure === 'all');
    if (!all?.share) return [];
    return [
      couldNotCheck(
        evaluationShare,
        'share',
        `“评价项目占部门项目总数的${all.share.text}%”：报告未列出部门项目总数，无法核对`,
        `“${all.share.text}% of the department’s projects” cannot be checked: the report does not give how many projects it had`,
        [all],
        at('evaluation-summary', ['all'], 'share_pct'),
      ),
    ];
  },
};

export const evaluationVsProjects: Rule = {
  id: 'evaluation-vs-projects',
  run: (r) => {
    const out = [];
    const simple = r.evaluation.procedures.find((p) => p.procedure === 'simple');
    if (simple) {
      out.push(
        compare({
          rule: evaluationVsProjects,
          subject: 'simple-count',
          severity: 'high',
          from: [simple, ...r.projects],
          claim_zh: '简易程序评价项目数与自评表张数',
          claim_en: 'Projects under the simplified procedure against the number of self-evaluation tables',
          printed: simple.projects,
          recomputed: r.projects.length,
          figures: at('evaluation-summary', ['simple'], 'projects'),
        }),
      );
      const executed = r.projects.map((p) => p.executed);
      if (executed.every(Boolean)) {
        out.push(
          compareSum({
            rule: evaluationVsProjects,
            subject: 'simple-amount',
            severity: 'high',
            from: [simple, ...r.projects],
            unit: '万元',
            claim_zh: '简易程序涉及金额与各自评表全年执行数之和',
            claim_en: 'Amount under the simplified procedure against the sum of amounts executed in the tables',
            printed: simple.amount,
            parts: executed as Fig[],
            figures: at('evaluation-summary', ['simple'], 'amount_wan'),
            inputs: r.projects.flatMap((p) => at('projects', [p.slug], 'executed_wan')),
          }),
        );
      } else {
        out.push(
          couldNotCheck(
            evaluationVsProjects,
            'simple-amount',
            '有自评表缺少全年执行数，无法核对简易程序涉及金额',
            'A self-evaluation table lacks its executed amount: the simplified-procedure amount cannot be checked',
            [simple],
            at('evaluation-summary', ['simple'], 'amount_wan'),
          ),
        );
      }
      if (simple.bands) {
        const totals = r.projects.map((p) => p.total);
        if (totals.every(Boolean)) {
          BAND_ORDER.forEach((band, k) => {
            const n = totals.filter((t) => scoreBand(t!.value) === band).length;
            out.push(
              compare({
                rule: evaluationVsProjects,
                subject: key('simple-band', band.replace('+', 'plus').replace('<', 'below')),
                severity: 'high',
                from: [simple],
                claim_zh: `简易程序得分${band}分段的项目数`,
                claim_en: `Simplified procedure: projects scoring ${band}`,
                printed: simple.bands![k]!,
                recomputed: n,
                figures: at('evaluation-summary', ['simple'], BAND_COLUMNS[k]!),
                inputs: r.projects.flatMap((p) => at('projects', [p.slug], 'total_score')),
              }),
            );
          });
        }
      }
    }
    const normal = r.evaluation.procedures.find((p) => p.procedure === 'normal');
    const fund = r.evaluation.incubation;
    if (normal && fund) {
      const executed = fund.funds.find((f) => f.item === 'executed');
      const budget = fund.funds.find((f) => f.item === 'budget');
      const stated = executed ?? budget;
      if (stated) {
        out.push(
          compare({
            rule: evaluationVsProjects,
            subject: 'normal-amount',
            severity: 'high',
            from: [normal, stated],
            unit: '万元',
            claim_zh: '普通程序涉及金额与绩效评价报告中的金额',
            claim_en: 'Amount under the standard procedure against the evaluation report',
            printed: normal.amount,
            recomputed: stated.amount.value,
            figures: at('evaluation-summary', ['normal'], 'amount_wan'),
            inputs: at('incubation-funds', [stated.item], 'amount_wan'),
          }),
        );
      }
      const total = fund.scores.find((s) => s.dimension === 'total');
      if (total && normal.bands) {
        const k = BAND_ORDER.indexOf(scoreBand(total.score.value));
        out.push(
          assertThat({
            rule: evaluationVsProjects,
            subject: 'normal-band',
            ok: normal.bands[k]!.value >= 1,
            severity: 'high',
            from: [normal, total],
            claim_zh: '普通程序分数段与评价报告综合得分',
            claim_en: 'Standard-procedure band against the report’s overall score',
            printed: normal.bands[k]!.value,
            expected: 1,
            figures: at('evaluation-summary', ['normal'], BAND_COLUMNS[k]!),
            inputs: at('incubation-scores', ['total'], 'score'),
            message_zh: `评价报告综合得分${total.score.text}分，但普通程序${BAND_ORDER[k]}分段计0个。`,
            message_en: `The evaluation scores ${total.score.text}, but the summary counts no standard-procedure project in the ${BAND_ORDER[k]} band.`,
          }),
        );
      }
    }
    return out;
  },
};

export const incubationFunds: Rule = {
  id: 'incubation-funds',
  run: onFund((fund) => {
    const get = (item: string) => fund.funds.find((f) => f.item === item);
    const budget = get('budget');
    const executed = get('executed');
    const payments = fund.funds.filter((f) => ['incubators', 'maker_spaces', 'awards_2018'].includes(f.item));
    const out = [];
    if (executed && payments.length) {
      out.push(
        compareSum({
          rule: incubationFunds,
          subject: 'payments',
          severity: 'high',
          from: [executed, ...payments],
          unit: '万元',
          claim_zh: '孵化专项资金各项支付之和',
          claim_en: 'Incubation fund: payments against actual spending',
          ...sumOfRows('incubation-funds', 'amount_wan', executed, payments, (p) => [[p.item], p.amount]),
        }),
      );
    }
    const balance = get('balance');
    const budgetAndExecuted = at('incubation-funds', ['budget'], 'amount_wan').concat(
      at('incubation-funds', ['executed'], 'amount_wan'),
    );
    if (budget && executed && balance) {
      out.push(
        compare({
          rule: incubationFunds,
          subject: 'balance',
          severity: 'high',
          from: [budget, executed, balance],
          unit: '万元',
          claim_zh: '孵化专项资金结余',
          claim_en: 'Incubation fund: unspent balance',
          printed: balance.amount,
          recomputed: budget.amount.value - executed.amount.value,
          figures: at('incubation-funds', ['balance'], 'amount_wan'),
          inputs: budgetAndExecuted,
        }),
      );
    }
    if (budget && executed && fund.executionRate && budget.amount.value) {
      out.push(
        compare({
          rule: incubationFunds,
          subject: 'rate',
          severity: 'medium',
          from: [fund.executionRate],
          unit: '%',
          claim_zh: '孵化专项资金预算执行率',
          claim_en: 'Incubation fund: execution rate',
          printed: fund.executionRate.rate,
          recomputed: (executed.amount.value / budget.amount.value) * 100,
          // the rate is printed in a sentence no table holds; its inputs are the fund's rows
          figures: [],
          inputs: budgetAndExecuted,
        }),
      );
    }
    return out;
  }),
};

export const incubationScores: Rule = {
  id: 'incubation-scores',
  run: onFund((fund) => {
    const total = fund.scores.find((s) => s.dimension === 'total');
    const dims = fund.scores.filter((s) => s.dimension !== 'total');
    if (!total || !dims.length) return [];
    const out = [
      compareSum({
        rule: incubationScores,
        subject: 'sum',
        severity: 'high',
        from: [total, ...dims],
        claim_zh: '各维度得分之和与综合得分',
        claim_en: 'Dimension scores against the overall score',
        ...sumOfRows('incubation-scores', 'score', total, dims, (d) => [[d.dimension], d.score]),
      }),
    ];
    const maxima = dims.flatMap((d) => (d.max ? [d.max] : []));
    if (maxima.length === dims.length) {
      out.push(
        compare({
          rule: incubationScores,
          subject: 'maxima',
          severity: 'medium',
          from: dims,
          claim_zh: '各维度满分之和为100分',
          claim_en: 'Dimension maxima add up to 100',
          printed: fig(100),
          recomputed: sum(maxima),
          figures: dims.flatMap((d) => at('incubation-scores', [d.dimension], 'max_score')),
        }),
      );
    }
    for (const d of dims.filter((x) => x.max)) {
      out.push(
        assertThat({
          rule: incubationScores,
          subject: key(d.dimension, 'within-max'),
          ok: d.score.value <= d.max!.value,
          severity: 'high',
          from: [d],
          claim_zh: `${d.dimension_zh}得分不超过满分`,
          claim_en: `${d.dimension} score within its maximum`,
          printed: d.score.value,
          expected: d.max!.value,
          figures: at('incubation-scores', [d.dimension], 'score'),
          inputs: at('incubation-scores', [d.dimension], 'max_score'),
          message_zh: `${d.dimension_zh}得分${d.score.text}分超过满分${d.max!.text}分。`,
          message_en: `${d.dimension} scores ${d.score.text}, above its maximum ${d.max!.text}.`,
        }),
      );
    }
    return out;
  }),
};

/** What each employment figure counts, for the claim. */
const EMPLOYMENT_WORDS = {
  jobs: { zh: '在孵企业就业岗位数', en: 'jobs at incubated firms' },
  graduates: { zh: '吸纳应届毕业生人数', en: 'graduates hired' },
} as const;

export const incubationEmployment: Rule = {
  id: 'incubation-employment',
  run: onFund((fund) => {
    const g = fund.employmentGrowth;
    if (!g || fund.employment.length < 2) return [];
    const [a, b] = [...fund.employment].sort((x, y) => x.year - y.year).slice(-2) as [
      (typeof fund.employment)[0],
      (typeof fund.employment)[0],
    ];
    return (['jobs', 'graduates'] as const).map((count) =>
      compareGrowth({
        rule: incubationEmployment,
        subject: count,
        severity: 'high',
        from: [a, g],
        claim_zh: `${EMPLOYMENT_WORDS[count].zh}${b.year}年比${a.year}年的增长率`,
        claim_en: `Growth in ${EMPLOYMENT_WORDS[count].en}, ${a.year} to ${b.year}`,
        printed: g[count],
        current: b[count].value,
        base: a[count].value,
        figures: at('incubation-employment', [b.year], `${count}_growth_pct`),
        inputs: [a, b].flatMap((x) => at('incubation-employment', [x.year], count)),
      }),
    );
  }),
};

export const evaluationRules = [
  evaluationCounts,
  evaluationShare,
  evaluationVsProjects,
  incubationFunds,
  incubationScores,
  incubationEmployment,
];
