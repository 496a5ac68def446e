import type { SpendingItem } from '../../lib/model.ts';
import type { Rule } from '../check.ts';
import { assertThat, at, compare, compareGrowth, compareSum, enName, key, sumOfRows } from '../check.ts';

const categories = (items: SpendingItem[]) => items.filter((i) => i.level === 'category');
const subsOf = (items: SpendingItem[], c: SpendingItem) =>
  items.filter((i) => i.level === 'subcategory' && i.category_zh === c.category_zh);
const row = (i: SpendingItem) => [i.level, i.name_zh];
/** The category row the overview list names (its amount and share are that row's `final_wan`, `share_pct`). */
const categoryOf = (items: SpendingItem[], name: string) =>
  categories(items).find((c) => sameCategory(c.name_zh, name));
/** The overview list sometimes drops the 支出 of a category name (社会保障和就业). */
const sameCategory = (a: string, b: string) => a === b || a.replace(/支出$/, '') === b.replace(/支出$/, '');

export const spendingTotal: Rule = {
  id: 'spending-total',
  run: (r) => {
    const parts = r.spending.overview.map((o) => o.amount);
    return [
      compareSum({
        rule: spendingTotal,
        subject: 'overview',
        severity: 'high',
        from: [r.spending.totalQuote, ...r.spending.overview],
        unit: '万元',
        claim_zh: '一般公共预算财政拨款支出按大类合计',
        claim_en: 'General public budget spending: categories against the total',
        printed: r.spending.total,
        parts: parts,
        figures: at('spending-total', ['一般公共预算财政拨款支出'], 'amount_wan'),
        inputs: r.spending.overview.flatMap((o) => {
          const c = categoryOf(r.spending.items, o.name_zh);
          return c ? at('spending', row(c), 'final_wan') : [];
        }),
      }),
    ];
  },
};

export const spendingShare: Rule = {
  id: 'spending-share',
  run: (r) =>
    r.spending.overview
      .filter((o) => o.share)
      .map((o) => {
        const c = categoryOf(r.spending.items, o.name_zh);
        return compare({
          rule: spendingShare,
          subject: key(o.name_zh),
          severity: 'medium',
          from: [o],
          unit: '%',
          claim_zh: `${o.name_zh}占一般公共预算财政拨款支出的比例`,
          claim_en: `Share of ${enName(r, o.name_zh)} in general public budget spending`,
          printed: o.share!,
          recomputed: (o.amount.value / r.spending.total.value) * 100,
          figures: c ? at('spending', row(c), 'share_pct') : [],
          inputs: [
            ...(c ? at('spending', row(c), 'final_wan') : []),
            ...at('spending-total', ['一般公共预算财政拨款支出'], 'amount_wan'),
          ],
        });
      }),
};

export const spendingStatedTwice: Rule = {
  id: 'spending-stated-twice',
  run: (r) =>
    r.spending.overview.flatMap((o) => {
      const detail = categories(r.spending.items).find((c) => sameCategory(c.name_zh, o.name_zh));
      if (!detail) {
        return [
          assertThat({
            rule: spendingStatedTwice,
            subject: key(o.name_zh, 'missing'),
            ok: false,
            severity: 'medium',
            from: [o],
            claim_zh: `“${o.name_zh}”的具体情况说明`,
            claim_en: `A paragraph for ${enName(r, o.name_zh)}`,
            printed: o.name_zh,
            expected: null,
            figures: [],
            message_zh: `总体情况列出了“${o.name_zh}”，但具体情况中没有对应的类级说明。`,
            message_en: `The summary lists ${enName(r, o.name_zh)} (${o.name_zh}) but no category paragraph explains it.`,
          }),
        ];
      }
      return [
        compare({
          rule: spendingStatedTwice,
          subject: key(o.name_zh),
          severity: 'high',
          from: [o, detail],
          unit: '万元',
          claim_zh: `“${o.name_zh}”在两处的金额`,
          claim_en: `${enName(r, detail.name_zh)}: amount in the summary and in its paragraph`,
          printed: o.amount,
          recomputed: detail.final.value,
          figures: at('spending', row(detail), 'final_wan'),
        }),
        assertThat({
          rule: spendingStatedTwice,
          subject: key(o.name_zh, 'name'),
          ok: o.name_zh === detail.name_zh,
          severity: 'low',
          from: [o, detail],
          claim_zh: `“${detail.name_zh}”在两处的名称`,
          claim_en: `${enName(r, detail.name_zh)}: name in the summary and in its paragraph`,
          printed: o.name_zh,
          expected: detail.name_zh,
          // a name, not a figure
          figures: [],
          message_zh: `总体情况中写作“${o.name_zh}”，具体情况中写作“${detail.name_zh}”。`,
          message_en: `${enName(r, detail.name_zh)}: the category is named “${o.name_zh}” in the summary and “${detail.name_zh}” in its own paragraph.`,
        }),
      ];
    }),
};

export const subcategorySum: Rule = {
  id: 'subcategory-sum',
  run: (r) =>
    categories(r.spending.items).flatMap((c) => {
      const subs = subsOf(r.spending.items, c);
      if (!subs.length) return [];
      /** The category's printed `col` against the sum of its sub-categories' (those that print one). */
      const sumOf = (col: 'final' | 'budget', zh: string, en: string) => {
        const parts = subs.filter((x) => x[col]);
        return compareSum({
          rule: subcategorySum,
          subject: key(c.name_zh, col),
          severity: 'high',
          from: [c, ...subs],
          unit: '万元',
          claim_zh: `“${c.name_zh}”各款${zh}之和`,
          claim_en: `${enName(r, c.name_zh)}: ${en}`,
          ...sumOfRows('spending', `${col}_wan`, c, parts, (x) => [row(x), x[col]!]),
        });
      };
      return [
        sumOf('final', '决算数', 'sub-category final amounts against the category'),
        ...(c.budget ? [sumOf('budget', '年初预算数', 'sub-category budgets against the category budget')] : []),
      ];
    }),
};

export const spendingChange: Rule = {
  id: 'spending-change',
  run: (r) =>
    r.spending.items
      .filter((i) => i.change)
      .map((i) =>
        compare({
          rule: spendingChange,
          subject: key(i.level, i.name_zh),
          severity: 'high',
          from: [i],
          unit: '万元',
          claim_zh: `“${i.name_zh}”比年初预算的增减额`,
          claim_en: `${enName(r, i.name_zh)}: change against the initial budget`,
          printed: i.change!,
          recomputed: i.final.value - (i.budget?.value ?? 0),
          figures: at('spending', row(i), 'change_wan'),
          inputs: at('spending', row(i), 'final_wan', ...(i.budget ? ['budget_wan'] : [])),
        }),
      ),
};

export const spendingGrowth: Rule = {
  id: 'spending-growth',
  run: (r) =>
    r.spending.items
      .filter((i) => i.growth && i.budget && i.budget.value !== 0)
      .map((i) =>
        compareGrowth({
          rule: spendingGrowth,
          subject: key(i.level, i.name_zh),
          severity: 'medium',
          from: [i],
          claim_zh: `“${i.name_zh}”比年初预算的增长率`,
          claim_en: `${enName(r, i.name_zh)}: growth against the initial budget`,
          printed: i.growth!,
          current: i.final.value,
          base: i.budget!.value,
          figures: at('spending', row(i), 'growth_pct'),
          inputs: at('spending', row(i), 'final_wan', 'budget_wan'),
        }),
      ),
};

export const spendingRules = [
  spendingTotal,
  spendingShare,
  spendingStatedTwice,
  subcategorySum,
  spendingChange,
  spendingGrowth,
];
