/**
 * The briefing deck's figures: the overview's (src/lib/pages/overview-facts.ts), which the deck presents a slide
 * at a time, plus what only the deck shows — the total of initial budgets, the incubation fund's scores, the
 * severe findings, and speaker notes drawn from the report's own explanations (its stated reasons).
 */
import { data } from '../data';
import type { Finding } from '../../../contract/files';
import { overviewFacts } from './overview-facts';

/** A reason the report gives (its Chinese text) and the rows it is given for. */
export interface SlideReason<R> {
  reason: string;
  items: R[];
}

/** Each reason the report gives, once, with the rows (items) it is given for, in report order. */
function reasons<R extends { reason_zh: string | null }>(rows: readonly R[]): SlideReason<R>[] {
  const byReason = new Map<string, R[]>();
  for (const r of rows) if (r.reason_zh) byReason.set(r.reason_zh, [...(byReason.get(r.reason_zh) ?? []), r]);
  return [...byReason].map(([reason, items]) => ({ reason, items }));
}

export function briefingFacts() {
  const o = overviewFacts();
  const severe: Finding[] = data.findings.findings.filter((f) => f.severity === 'high');
  return {
    ...o,
    budgetTotal: {
      value: o.general.categories_budget_wan,
      lines: [...new Set(o.categories.flatMap((c) => c.source_lines))].sort((a, b) => a - b),
    },
    incubation: data.incubationScores,
    /** projects scored below 75 (the 60–75 and below-60 bands) */
    lowScores: o.below75,
    /** projects a third party evaluated (the standard procedure), as the summary states; else the fund's table */
    externalCount: data.scoresSummary[0]!.external,
    severe,
    notes: {
      // the expenditure sentence gives no reason; the totals sentence before it does
      spent: reasons([o.spent, ...data.overviewTotals]),
      budget: reasons(data.spending.filter((r) => r.level === 'subcategory')),
      execution: reasons(
        data.indicators.filter((i) => i.reason_zh && o.below.some((p) => p.slug === i.project_slug)),
      ).slice(0, 6),
    },
  };
}
