/**
 * The figures /spending/ states, computed once for its text and its charts: the categories and their
 * sub-categories, the report lines the category figures come from, the printed total (with the categories'
 * budgets added up, from the pipeline), the categories without a budget, the category that spent most times its budget, and the reason the
 * report gives most often.
 */
import { commonReason, spendingCategories, type SpendingCategory } from '../charts/spending-rows';
import { data, linesOf, printedShare } from '../data';
import { formatNumber } from '../format';
import type { Locale } from '../i18n';
import type { SpendingRow, SpendingTotalRow } from '../../../contract/tables';

export interface SpendingFacts {
  /** largest final amount first */
  categories: SpendingCategory[];
  first: SpendingCategory;
  second: SpendingCategory;
  /** the first and second categories' shares of the total (as printed, or recomputed), and the two together (the pipeline's) */
  firstShare: number;
  secondShare: number;
  topTwoShare: number;
  /** the categories' rows, in the order of `categories` */
  rows: SpendingRow[];
  subcategories: SpendingRow[];
  /** the summary paragraph's lines (line 49), which print every category's amount and share */
  summaryLines: number[];
  /** the first summary line, which the lede links its figures to */
  summaryLine: number;
  /** the categories' own paragraphs, which print each amount again with its initial budget */
  paragraphLines: number[];
  /** the total as the report prints it, with the categories' budgets added up and the multiple (the pipeline's) */
  total: SpendingTotalRow;
  /** the categories whose initial budget the report does not state */
  noBudget: SpendingRow[];
  /**
   * the category with a budget whose final amount is the largest multiple of it (the pipeline's `final_to_budget`;
   * between multiples as large, the larger final amount); undefined if none has one
   */
  topBudget: SpendingCategory | undefined;
  /** the opening clauses the most sub-categories' reasons share */
  reason: ReturnType<typeof commonReason>;
}

/**
 * The facts of `table` (the spending table) and `total` (the spending-total table's row).
 * @throws if the table has fewer than two categories, or there is no total
 */
export function spendingFactsOf(table: readonly SpendingRow[], total: SpendingTotalRow | undefined): SpendingFacts {
  const categories = spendingCategories(table);
  const [first, second] = categories;
  if (!first || !second) throw new Error('SpendingPage: the spending table needs at least two categories');
  if (!total) throw new Error('SpendingPage: the spending-total table has no row');
  const rows = categories.map((c) => c.row);
  const subcategories = categories.flatMap((c) => c.subcategories);
  // the summary paragraph: the lines that print the categories' shares
  const summaryLines = [...new Set(rows.map((r) => r.share_line))].filter((n) => n !== null);
  const withBudget = categories.filter((c) => c.row.final_to_budget !== null);
  const topBudget = [...withBudget].sort((a, b) => b.row.final_to_budget! - a.row.final_to_budget!)[0];
  if (total.top_two_share_pct === null) throw new Error('SpendingPage: the spending total has no top two share');
  return {
    categories,
    first,
    second,
    firstShare: printedShare(first.row),
    secondShare: printedShare(second.row),
    topTwoShare: total.top_two_share_pct,
    rows,
    subcategories,
    summaryLines,
    summaryLine: summaryLines[0]!,
    paragraphLines: linesOf(rows).filter((n) => !summaryLines.includes(n)),
    total,
    noBudget: rows.filter((r) => !r.budget_stated),
    topBudget,
    reason: commonReason(subcategories),
  };
}

let facts: SpendingFacts | null = null;

/** The facts of the site's spending table, computed once per build. */
export function spendingFacts(): SpendingFacts {
  facts ??= spendingFactsOf(data.spending, data.spendingTotal[0]);
  return facts;
}

/**
 * A multiple (a final amount ÷ its budget, as the pipeline computed it), to one decimal.
 * @example formatRatio(8.2684, 'en') // '8.3'
 */
export function formatRatio(ratio: number, locale: Locale): string {
  return formatNumber(ratio, locale, { digits: 1 });
}
