/**
 * The briefing deck's content: one key figure or chart per slide, every figure from data/derived with its report
 * lines, and speaker notes drawn from the report's own explanations (its stated reasons).
 */
import { data } from './data';
import { BANDS } from '../../contract/bands';
import type { Finding } from '../../contract/files';

/** A reason the report gives (its Chinese text) and the rows it is given for. */
export interface SlideReason<R> {
  reason: string;
  items: R[];
}

const byMetric = (m: string) => data.overviewTotals.find((r) => r.metric === m)!;
const unique = (lines: number[]) => [...new Set(lines)].sort((a, b) => a - b);

export function briefingFacts() {
  const spent = byMetric('expenditure_total');
  const general = data.spendingTotal[0]!;
  const categories = data.spending.filter((r) => r.level === 'category').sort((a, b) => b.final_wan - a.final_wan);
  const sme = data.procurement.find((r) => r.item === 'sme')!;
  const micro = data.procurement.find((r) => r.item === 'small_micro')!;
  const procTotal = data.procurement.find((r) => r.item === 'total')!;
  const projects = data.projects
    .filter((p) => p.exec_rate_pct_recomputed !== null)
    .sort((a, b) => a.exec_rate_pct_recomputed! - b.exec_rate_pct_recomputed!);
  const below = projects.filter((p) => p.exec_rate_pct_recomputed! < 100 - 1e-9);
  const incubation = data.incubationScores;
  const incubationTotal = incubation.find((s) => s.dimension === 'total');
  const scores = [
    ...data.projects
      .filter((p) => p.total_score !== null)
      .map((p) => ({ band: p.score_band!, line: p.source_lines[p.source_lines.length - 1]! })),
    ...(incubationTotal ? [{ band: incubationTotal.score_band!, line: incubationTotal.source_lines[0]! }] : []),
  ];
  const severe: Finding[] = data.findings.findings.filter((f) => f.severity === 'high');
  // each reason the report gives once, with the rows (items) it is given for, in report order
  const reasons = <R extends { reason_zh: string | null }>(rows: readonly R[]): SlideReason<R>[] => {
    const byReason = new Map<string, R[]>();
    for (const r of rows) if (r.reason_zh) byReason.set(r.reason_zh, [...(byReason.get(r.reason_zh) ?? []), r]);
    return [...byReason].map(([reason, items]) => ({ reason, items }));
  };
  return {
    spent,
    general,
    categories,
    budgetTotal: {
      value: categories.reduce((s, c) => s + c.budget_wan, 0),
      lines: unique(categories.flatMap((c) => c.source_lines)),
    },
    noBudget: categories.filter((c) => !c.budget_stated),
    sme,
    micro,
    procTotal,
    projects,
    below,
    bands: BANDS.map((band) => ({
      band,
      count: scores.filter((s) => s.band === band).length,
      lines: unique(scores.filter((s) => s.band === band).map((s) => s.line)),
    })),
    incubation,
    audit: data.findings,
    severe,
    notes: {
      // the expenditure sentence gives no reason; the totals sentence before it does
      spent: reasons([spent, ...data.overviewTotals]),
      budget: reasons(data.spending.filter((r) => r.level === 'subcategory')),
      execution: reasons(
        data.indicators.filter((i) => i.reason_zh && below.some((p) => p.slug === i.project_slug)),
      ).slice(0, 6),
    },
  };
}
