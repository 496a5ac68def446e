import type { Rule } from '../check.ts';
import { at, compare, compareGrowth, compareSum, couldNotCheck, enName, key, sumSlack } from '../check.ts';

/** 比上年增加X万元 = this year − last year. */
export const totalsChange: Rule = {
  id: 'totals-change',
  run: (r) =>
    r.overview.totals.map((t) =>
      compare({
        rule: totalsChange,
        subject: key(t.metric),
        severity: 'high',
        from: [t],
        unit: '万元',
        claim_zh: `${t.name_zh}比上年增减额`,
        claim_en: `Change in ${t.metric.replace(/_/g, ' ')} on the prior year`,
        printed: t.change,
        recomputed: t.amount.value - t.prior.value,
        slack: sumSlack([t.amount, t.prior], t.change),
        figures: at('overview-totals', [t.metric], 'change_wan'),
        inputs: at('overview-totals', [t.metric], 'amount_wan', 'prior_year_wan'),
      }),
    ),
};

/** 增长G% = change / last year. */
export const totalsGrowth: Rule = {
  id: 'totals-growth',
  run: (r) =>
    r.overview.totals.map((t) =>
      compareGrowth({
        rule: totalsGrowth,
        subject: key(t.metric),
        severity: 'medium',
        from: [t],
        claim_zh: `${t.name_zh}增长率`,
        claim_en: `Growth of ${t.metric.replace(/_/g, ' ')}`,
        printed: t.growth,
        current: t.amount.value,
        base: t.prior.value,
        figures: at('overview-totals', [t.metric], 'growth_pct'),
        inputs: at('overview-totals', [t.metric], 'amount_wan', 'prior_year_wan'),
      }),
    ),
};

/** 其中 lists: the parts add up to the total. */
export const breakdownSum: Rule = {
  id: 'breakdown-sum',
  run: (r) =>
    r.overview.breakdowns.map((b) =>
      b.parts.length === 0
        ? couldNotCheck(
            breakdownSum,
            key(b.kind),
            `${b.kind === 'income' ? '收入' : '支出'}合计未列出分项，无法核对`,
            `The ${b.kind} total lists no items to check`,
            [b],
            [],
          )
        : compareSum({
            rule: breakdownSum,
            subject: key(b.kind),
            severity: 'high',
            from: [b],
            unit: '万元',
            claim_zh: `${b.kind === 'income' ? '本年收入' : '本年支出'}各项之和`,
            claim_en: `${b.kind === 'income' ? 'Income' : 'Expenditure'} items against their total`,
            printed: b.total,
            parts: b.parts.map((p) => p.amount),
            // the total is printed in the overview-totals sentence; the parts are the breakdown's rows
            figures: at('overview-totals', [b.kind === 'income' ? 'income_total' : 'expenditure_total'], 'amount_wan'),
            inputs: b.parts.flatMap((p) => at('overview-breakdown', [b.kind, p.name_zh], 'amount_wan')),
          }),
    ),
};

/** 占收入合计的P% = part / total. */
export const breakdownShare: Rule = {
  id: 'breakdown-share',
  run: (r) =>
    r.overview.breakdowns.flatMap((b) =>
      b.parts
        .filter((p) => p.share)
        .map((p) =>
          compare({
            rule: breakdownShare,
            subject: key(b.kind, p.name_zh),
            severity: 'medium',
            from: [p],
            unit: '%',
            claim_zh: `${p.name_zh}占${b.kind === 'income' ? '收入' : '支出'}合计的比例`,
            claim_en: `Share of ${enName(r, p.name_zh)} in total ${b.kind}`,
            printed: p.share!,
            recomputed: (p.amount.value / b.total.value) * 100,
            figures: at('overview-breakdown', [b.kind, p.name_zh], 'share_pct'),
            inputs: at('overview-breakdown', [b.kind, p.name_zh], 'amount_wan'),
          }),
        ),
    ),
};

/** 基本支出 is printed in §二 and again in §六. */
export const basicExpenditureTwice: Rule = {
  id: 'basic-expenditure-twice',
  run: (r) => {
    const inBreakdown = r.overview.breakdowns
      .find((b) => b.kind === 'expenditure')
      ?.parts.find((p) => p.name_zh === '基本支出');
    const again = r.overview.basicExpenditure;
    if (!inBreakdown || !again) return [];
    return [
      compare({
        rule: basicExpenditureTwice,
        subject: 'basic',
        severity: 'high',
        from: [inBreakdown, again],
        unit: '万元',
        claim_zh: '财政拨款基本支出（第一部分六）与支出决算中的基本支出',
        claim_en: 'Basic expenditure in Part 1 §6 against the expenditure breakdown',
        printed: again.amount,
        recomputed: inBreakdown.amount.value,
        // §六's figure is in no table; the breakdown's row is the figure it restates
        figures: at('overview-breakdown', ['expenditure', '基本支出'], 'amount_wan'),
      }),
    ];
  },
};

export const overviewRules = [totalsChange, totalsGrowth, breakdownSum, breakdownShare, basicExpenditureTwice];
