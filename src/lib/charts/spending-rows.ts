/**
 * From the `spending` table to what the /spending/ page shows: categories (类) with their sub-categories (款),
 * slugs for URLs, names in the reader's language, chart rows for the spending chart specs, and the words that
 * describe each chart (titles that state the finding, text alternatives).
 */
import reasonsEn from '../../i18n/pages/spending.reasons.en.json';
import { printedShare } from '../data';
import { formatAmount, formatPercent } from '../format';
import type { Locale } from '../i18n';
import { spendingWords as w } from '../words/spending';
import type { SpendingRow } from '../../../contract/tables';
import type { BudgetFinalRow } from './spending-budget-vs-final';
import type { ShareBarRow } from './spending-by-category';

export interface SpendingCategory {
  /** URL-safe and the same in both languages, e.g. `science-and-technology` */
  slug: string;
  row: SpendingRow;
  /** its sub-categories, largest final amount first */
  subcategories: SpendingRow[];
}

/** The row's own name in `locale` (the Chinese name where no English one exists). */
export function spendingName(row: Pick<SpendingRow, 'name_zh' | 'name_en'>, locale: Locale): string {
  return locale === 'en' ? (row.name_en ?? row.name_zh) : row.name_zh;
}

const byFinal = (a: SpendingRow, b: SpendingRow) => b.final_wan - a.final_wan;

/**
 * The categories, largest final amount first, each with its sub-categories.
 * @throws if a sub-category names a category the table does not have, or two categories share a slug
 */
export function spendingCategories(rows: readonly SpendingRow[]): SpendingCategory[] {
  const categories = rows.filter((r) => r.level === 'category');
  const slugs = new Set<string>();
  const out = categories.map((row) => {
    const slug = row.slug;
    if (slugs.has(slug)) throw new Error(`spendingCategories: two categories have the slug ${slug}`);
    slugs.add(slug);
    const subcategories = rows
      .filter((r) => r.level === 'subcategory' && r.category_zh === row.category_zh)
      .sort(byFinal);
    return { slug, row, subcategories };
  });
  for (const sub of rows.filter((r) => r.level === 'subcategory')) {
    if (!categories.some((c) => c.category_zh === sub.category_zh)) {
      throw new Error(
        `spendingCategories: sub-category ${sub.name_zh} (line ${sub.source_lines[0]}) has no category ${sub.category_zh}`,
      );
    }
  }
  return out.sort((a, b) => byFinal(a.row, b.row));
}

/**
 * The growth against the initial budget as recomputed, with the printed figure alongside where they differ;
 * '' where there was no budget.
 * @example growthNote(appliedResearch, 'en') // '0.00% (report: +100%)'
 */
export function growthNote(row: SpendingRow, locale: Locale): string {
  const recomputed = row.growth_pct_recomputed;
  if (recomputed === null || !row.budget_stated) return '';
  const shown = formatPercent(recomputed, locale, { signed: true });
  const printed = row.growth_pct;
  if (printed === null || Math.abs(printed - recomputed) < 0.005) return shown;
  return w(locale, 'growth.differs', {
    recomputed: shown,
    printed: formatPercent(printed, locale, { signed: true, digits: Number.isInteger(printed) ? 0 : 2 }),
  });
}

/** Rows for spendingByCategory: each category's final amount and share. */
export function shareBarRows(categories: readonly SpendingCategory[], locale: Locale): ShareBarRow[] {
  return categories.map(({ slug, row }) => {
    const name = spendingName(row, locale);
    const share = formatPercent(printedShare(row), locale);
    return {
      key: slug,
      label: name,
      wan: row.final_wan,
      shareText: share,
      tipTemplate: w(locale, 'tip.share', { name, amount: '{0}', share }),
    };
  });
}

/** Rows for spendingBudgetVsFinal: initial budget (null where none was stated) and final amount. */
export function budgetFinalRows(rows: readonly SpendingRow[], locale: Locale): BudgetFinalRow[] {
  return rows.map((row) => {
    const name = spendingName(row, locale);
    return {
      key: row.slug,
      label: name,
      budgetWan: row.budget_stated ? row.budget_wan : null,
      finalWan: row.final_wan,
      note: growthNote(row, locale),
      budgetTip: w(locale, 'tip.budget', { name, amount: '{0}' }),
      finalTip: w(locale, 'tip.final', { name, amount: '{0}' }),
    };
  });
}

/** `budget.alt`'s list: each row's budget (or that there was none) and final amount, in the default unit. */
export function budgetFinalList(rows: readonly SpendingRow[], locale: Locale): string {
  return rows
    .map((row) => {
      const params = {
        name: spendingName(row, locale),
        budget: formatAmount(row.budget_wan, locale),
        final: formatAmount(row.final_wan, locale),
      };
      return w(locale, row.budget_stated ? 'budget.item' : 'budget.itemNone', params);
    })
    .join(locale === 'zh' ? '；' : '; ');
}

/** The title of a category's sub-category chart, stating what its sub-categories show. */
export function subcategoryTitle({ row, subcategories }: SpendingCategory, locale: Locale): string {
  const category = spendingName(row, locale);
  const [top] = subcategories;
  if (!top) throw new Error(`subcategoryTitle: ${row.name_zh} has no sub-categories`);
  const sub = spendingName(top, locale);
  if (subcategories.length === 1) {
    if (!top.budget_stated || top.growth_pct_recomputed === null)
      return w(locale, 'sub.title.oneNoBudget', { category, sub });
    return w(locale, 'sub.title.oneGrowth', {
      category,
      sub,
      growth: formatPercent(top.growth_pct_recomputed, locale),
    });
  }
  const share = formatPercent(top.category_share_pct, locale);
  const key = subcategories.every((s) => !s.budget_stated) ? 'sub.title.manyNoBudget' : 'sub.title.many';
  return w(locale, key, { category, top: sub, share });
}

/**
 * Our English translation of a reason the report gives (src/i18n/pages/spending.reasons.en.json and
 * procurement.reasons.en.json); null where there is none yet, and the page then shows the Chinese alone.
 */
export function reasonTranslation(reasonZh: string, extra: Record<string, string> = {}): string | null {
  return (reasonsEn as Record<string, string>)[reasonZh] ?? extra[reasonZh] ?? null;
}

/**
 * The opening clauses (split at ，and 。) that the most sub-categories' reasons share, as long as at least half
 * of the reasons share them; null if no clause is that common.
 * @example commonReason(rows) // { text: '科信局本级为机构改革单位，资金为两个单位的合并经费，无年初预算', rows: [8 rows] }
 */
export function commonReason(rows: readonly SpendingRow[]): { text: string; rows: SpendingRow[] } | null {
  const withReason = rows.filter((r): r is SpendingRow & { reason_zh: string } => !!r.reason_zh);
  const clauses = new Map(withReason.map((r) => [r, r.reason_zh.split(/[，。]/).filter(Boolean)]));
  let best: { text: string; rows: SpendingRow[] } | null = null;
  for (let k = 1; ; k++) {
    const groups = new Map<string, SpendingRow[]>();
    for (const [row, parts] of clauses) {
      if (parts.length < k) continue;
      const key = parts.slice(0, k).join('，');
      groups.set(key, [...(groups.get(key) ?? []), row]);
    }
    const [text, members] = [...groups].sort((a, b) => b[1].length - a[1].length)[0] ?? [];
    if (!text || !members || members.length * 2 < withReason.length) return best;
    best = { text, rows: members };
  }
}

/**
 * Our English of a reason many rows share (commonReason): what our translations of those rows' reasons (keyed by
 * their Chinese, spending.reasons.en.json) have in common at their start, to the last end of a sentence or clause
 * all of them reach (`.`, `;`, `,` or the end); null where a row has no translation (another report's reasons, a
 * build with TRANSLATIONS=optional) or they share no whole clause — the page then quotes the Chinese alone.
 * @example commonReasonEn(common.rows) // 'The bureau itself was created in the institutional reform and …'
 */
export function commonReasonEn(rows: readonly SpendingRow[]): string | null {
  const texts = rows.map((r) => (r.reason_zh ? reasonTranslation(r.reason_zh) : null));
  if (!texts.length || texts.some((t) => t === null)) return null;
  const all = texts as string[];
  let n = 0;
  while (n < all[0]!.length && all.every((t) => t[n] === all[0]![n])) n++;
  // a whole clause: every translation ends or goes on with a stop there
  const clauseEnd = (k: number) => all.every((t) => k === t.length || /[.;,]/.test(t[k]!));
  while (n > 0 && !clauseEnd(n)) n--;
  const common = all[0]!.slice(0, n).trim();
  return /\w/.test(common) ? common : null;
}

/**
 * A name placed inside an English sentence starts lower-case unless its second letter is a capital (S&T, IT);
 * Chinese names are unchanged.
 * @example inSentence('Science and technology', 'en') // 'science and technology'
 */
export function inSentence(name: string, locale: Locale): string {
  if (locale === 'zh' || !/^[A-Z][a-z]/.test(name)) return name;
  return name[0]!.toLowerCase() + name.slice(1);
}
