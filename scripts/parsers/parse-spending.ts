import type { ReportLine } from '../lib/load-report.ts';
import type { Spending, SpendingItem } from '../lib/model.ts';
import type { Fig } from '../lib/read-figures.ts';
import { ReportError, type Problems } from '../lib/report-error.ts';
import { amountIn, clauses, percentIn, T } from '../lib/sentence.ts';
import { readPart, reasonIn } from './parse-overview.ts';

const OVERVIEW = new RegExp(`一般公共预算财政拨款支出${T}万元，主要用于以下方面(?:（按大类）|\\(按大类\\))?[：:](.*)$`);
/** 1、“一般公共服务支出”（类）2019年度决算15.30万元，… */
const CATEGORY = /^\s*\d+[、.．]\s*[“"](.+?)[”“"]\s*(?:（类）|\(类\))(.*)$/;
/** “政府办公厅（室）及相关机构事务”（款，下同）2019年度决算8.33万元，… (the （款） mark is sometimes left out) */
const SUBCATEGORY = /^\s*[“"](.+?)[”“"]\s*(?:（款[^）]*）|\(款[^)]*\))?\s*(\d{4}年度决算.*)$/;

const FINAL = new RegExp(`决算${T}万元`);
const BUDGET = new RegExp(`比\\d{4}年年初预算${T}(?:万元)?(?=增加|减少|，)`);
const CHANGE = new RegExp(`(增加|减少)${T}万元`);
const GROWTH = new RegExp(`(增长率为|增长|下降)${T}%`);

function signed(fig: Fig, word: string): Fig {
  return /减少|下降/.test(word) ? { ...fig, value: -fig.value } : fig;
}

/** Reads the figures of one 类 or 款 sentence. */
export function readSpendingSentence(
  text: string,
  level: SpendingItem['level'],
  category_zh: string,
  name_zh: string,
  file: string,
  line: ReportLine,
): SpendingItem {
  const final = FINAL.exec(text);
  if (!final)
    throw new ReportError(file, line.n, `expected “决算X万元” after “${name_zh}”, found "${text.slice(0, 40)}"`);
  const budgetMatch = BUDGET.exec(text);
  const budget = budgetMatch && budgetMatch[1] ? amountIn(budgetMatch, 1, file, line.n, '年初预算') : null;
  if (!budgetMatch && !/年初无预算/.test(text)) {
    throw new ReportError(
      file,
      line.n,
      `expected “比…年初预算…” or “年初无预算” after “${name_zh}”, found "${text.slice(0, 60)}"`,
    );
  }
  const change = CHANGE.exec(text);
  const growth = GROWTH.exec(text);
  return {
    level,
    category_zh,
    name_zh,
    final: amountIn(final, 1, file, line.n, `${name_zh}决算`),
    budget,
    change: change ? signed(amountIn(change, 2, file, line.n, change[1]!), change[1]!) : null,
    growth: growth ? signed(percentIn(growth, 2, file, line.n, growth[1]!), growth[1]!) : null,
    reason_zh: reasonIn(text),
    lines: [line.n],
    quote: line.text.trim(),
  };
}

/** Parses Part 1 §四: the category list sentence and the 类/款 sentences with budgets and reasons. */
export function parseSpending(body: ReportLine[], heading: ReportLine, file: string, problems: Problems): Spending {
  const overviewLine = body.find((l) => OVERVIEW.test(l.text));
  if (!overviewLine)
    throw new ReportError(
      file,
      heading.n,
      'expected “一般公共预算财政拨款支出X万元，主要用于以下方面：…” in this section, found none',
    );
  const m = OVERVIEW.exec(overviewLine.text)!;
  const total = amountIn(m, 1, file, overviewLine.n, '一般公共预算财政拨款支出');
  const overview = clauses(m[2]!).flatMap((c) => {
    const part = problems.attempt(() => readPart(c, file, overviewLine.n), null);
    return part ? [{ name_zh: part.name_zh, amount: part.amount, share: part.share, lines: part.lines, quote: c }] : [];
  });

  const items: SpendingItem[] = [];
  let category: string | null = null;
  for (const line of body) {
    const cat = CATEGORY.exec(line.text);
    if (cat) {
      category = cat[1]!;
      const item = problems.attempt(
        () => readSpendingSentence(cat[2]!, 'category', category!, category!, file, line),
        null,
      );
      if (item) items.push(item);
      continue;
    }
    const sub = SUBCATEGORY.exec(line.text);
    if (sub) {
      if (!category) {
        problems.error(line.n, `expected a category (类) before the sub-category “${sub[1]}”, found none`);
        continue;
      }
      const item = problems.attempt(
        () => readSpendingSentence(sub[2]!, 'subcategory', category!, sub[1]!, file, line),
        null,
      );
      if (item) items.push(item);
    }
  }
  if (!items.some((i) => i.level === 'category')) {
    problems.error(heading.n, 'expected sentences “N、“类名”（类）2019年度决算X万元…” in this section, found none');
  }
  return {
    total,
    totalQuote: { lines: [overviewLine.n], quote: overviewLine.text.trim().slice(0, 40) },
    overview,
    items,
  };
}
