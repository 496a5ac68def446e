import type { Fig } from '../../lib/read-figures.ts';
import type { Rule } from '../check.ts';
import type { OtherMatters, ThreePublicItem } from '../../lib/model.ts';
import { assertThat, at, compare, compareSum, key, sumOfRows } from '../check.ts';

/** An item whose budget the report says equals its final amount (与年初预算数一致) has budget = final. */
const budgetOf = (i: { budget: Fig | null; final: Fig }) => i.budget ?? i.final;

export const threePublicSum: Rule = {
  id: 'three-public-sum',
  run: (r) => {
    const total = r.other.threePublic.find((i) => i.item === 'total');
    const items = r.other.threePublic.filter((i) => i.item !== 'total');
    if (!total || !items.length) return [];
    /** The total's `col` against the sum of the items'. */
    const sumOf = (col: 'final' | 'budget', zh: string, en: string, of: (i: ThreePublicItem) => Fig) =>
      compareSum({
        rule: threePublicSum,
        subject: col,
        severity: 'high',
        from: [total, ...items],
        unit: '万元',
        claim_zh: `“三公”经费各项${zh}之和`,
        claim_en: `Official receptions, vehicles and overseas travel (the “three public expenses”): ${en}`,
        ...sumOfRows('three-public', `${col}_wan`, total, items, (i) => [[i.item], of(i)]),
      });
    const out = [
      sumOf('final', '决算数', 'final amounts against the total', (i) => i.final),
      sumOf('budget', '年初预算数', 'budgets against the total budget', budgetOf),
    ];
    for (const i of [total, ...items].filter((x) => x.change && x.budget)) {
      out.push(
        compare({
          rule: threePublicSum,
          subject: key(i.item, 'change'),
          severity: 'high',
          from: [i],
          unit: '万元',
          claim_zh: `${i.item_zh}比年初预算的增减额`,
          claim_en: `${i.item.replace(/_/g, ' ')}: change against the budget`,
          printed: i.change!,
          recomputed: i.final.value - i.budget!.value,
          figures: at('three-public', [i.item], 'change_wan'),
          inputs: at('three-public', [i.item], 'final_wan', 'budget_wan'),
        }),
      );
    }
    return out;
  },
};

export const runningCostsChange: Rule = {
  id: 'running-costs-change',
  run: (r) => {
    const c = r.other.runningCosts;
    if (!c) return [];
    return [
      compare({
        rule: runningCostsChange,
        subject: 'change',
        severity: 'high',
        from: [c],
        unit: '万元',
        claim_zh: '机关运行经费比上年增减额',
        claim_en: 'Agency running costs: change on the prior year',
        printed: c.change,
        recomputed: c.amount.value - c.prior.value,
        figures: at('running-costs', [], 'change_wan'),
        inputs: at('running-costs', [], 'amount_wan', 'prior_year_wan'),
      }),
    ];
  },
};

export const procurementSum: Rule = {
  id: 'procurement-sum',
  run: (r) => {
    const p = r.other.procurement;
    const total = p.find((x) => x.item === 'total');
    const parts = p.filter((x) => ['goods', 'works', 'services'].includes(x.item));
    const sme = p.find((x) => x.item === 'sme');
    const micro = p.find((x) => x.item === 'small_micro');
    const out = [];
    if (total && parts.length) {
      out.push(
        compareSum({
          rule: procurementSum,
          subject: 'types',
          severity: 'high',
          from: [total, ...parts],
          unit: '万元',
          claim_zh: '政府采购货物、工程、服务支出之和',
          claim_en: 'Procurement of goods, works and services against the total',
          ...sumOfRows('procurement', 'amount_wan', total, parts, (x) => [[x.item], x.amount]),
        }),
      );
    }
    if (sme && micro) {
      out.push(
        within(micro, sme, micro.amount.value <= sme.amount.value + 1e-9, 'small-micro-within-sme', {
          claim_zh: '授予小微企业金额不超过授予中小企业金额',
          claim_en: 'Small and micro firms’ contracts are part of SMEs’',
          message_zh: `授予小微企业合同金额${micro.amount.text}万元超过授予中小企业合同金额${sme.amount.text}万元。`,
          message_en: `Contracts to small and micro firms (${micro.amount.text} × 10,000 yuan) exceed those to all SMEs (${sme.amount.text} × 10,000 yuan).`,
        }),
      );
    }
    if (total && sme && total.amount.value < sme.amount.value) {
      out.push(
        within(sme, total, false, 'sme-within-total', {
          claim_zh: '授予中小企业金额不超过采购总额',
          claim_en: 'SMEs’ contracts are part of total procurement',
          message_zh: '授予中小企业合同金额超过政府采购支出总额。',
          message_en: 'Contracts to SMEs exceed total procurement.',
        }),
      );
    }
    return out;
  },
};

type Procurement = OtherMatters['procurement'][number];

/** A procurement amount that is part of another (`ok` where it does not exceed it), in the words given. */
const within = (
  part: Procurement,
  whole: Procurement,
  ok: boolean,
  subject: string,
  words: { claim_zh: string; claim_en: string; message_zh: string; message_en: string },
) =>
  assertThat({
    rule: procurementSum,
    subject,
    ok,
    severity: 'high',
    from: [whole, part],
    ...words,
    printed: part.amount.value,
    expected: whole.amount.value,
    figures: at('procurement', [part.item], 'amount_wan'),
    inputs: at('procurement', [whole.item], 'amount_wan'),
  });

export const procurementShare: Rule = {
  id: 'procurement-share',
  run: (r) => {
    const total = r.other.procurement.find((x) => x.item === 'total');
    if (!total || total.amount.value === 0) return [];
    return r.other.procurement
      .filter((x) => x.share)
      .map((x) =>
        compare({
          rule: procurementShare,
          subject: key(x.item),
          severity: 'medium',
          from: [x, total],
          unit: '%',
          claim_zh: `${x.item_zh}占政府采购支出总额的比例`,
          claim_en: `Share of procurement: ${x.item.replace(/_/g, ' ')}`,
          printed: x.share!,
          recomputed: (x.amount.value / total.amount.value) * 100,
          figures: at('procurement', [x.item], 'share_pct'),
          inputs: [
            ...at('procurement', [x.item], 'amount_wan'),
            ...(x.item === 'total' ? [] : at('procurement', ['total'], 'amount_wan')),
          ],
        }),
      );
  },
};

export const otherRules = [threePublicSum, runningCostsChange, procurementSum, procurementShare];
