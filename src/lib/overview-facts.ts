/**
 * The figures the overview's lede and key figures state, each taken from data/derived with the report lines it
 * comes from. Aggregates that the report does not print (counts of projects) say which table they count.
 */
import { data } from './data';
import { BANDS } from '../../contract/bands';
import type { ProjectRow, SpendingRow } from '../../contract/tables';

const one = <T extends { source_lines: number[] }>(rows: T[], pick: (r: T) => boolean, what: string): T => {
  const row = rows.find(pick);
  if (!row) throw new Error(`overview: no ${what} in data/derived`);
  return row;
};

export function overviewFacts() {
  const spent = one(data.overviewTotals, (r) => r.metric === 'expenditure_total', 'expenditure total');
  const projectPart = one(
    data.overviewBreakdown,
    (r) => r.kind === 'expenditure' && r.item_zh === '项目支出',
    'project expenditure',
  );
  const general = one(data.spendingTotal, () => true, 'general-budget total');
  const categories: SpendingRow[] = data.spending
    .filter((r) => r.level === 'category')
    .sort((a, b) => b.final_wan - a.final_wan);
  const [first, second] = categories;
  if (!first || !second) throw new Error('overview: fewer than two spending categories');
  const secondReason =
    data.spending.find((r) => r.level === 'subcategory' && r.category_zh === second.category_zh && r.reason_zh)
      ?.reason_zh ?? null;
  const all = one(data.evaluationSummary, (r) => r.procedure === 'all', 'evaluation summary');
  const procedures = data.evaluationSummary.filter((r) => r.procedure !== 'all');
  const sme = one(data.procurement, (r) => r.item === 'sme', 'SME procurement');
  const micro = one(data.procurement, (r) => r.item === 'small_micro', 'small and micro procurement');
  const procurementTotal = one(data.procurement, (r) => r.item === 'total', 'procurement total');
  const withRate = data.projects.filter(
    (p): p is ProjectRow & { exec_rate_pct_recomputed: number } => p.exec_rate_pct_recomputed !== null,
  );
  const below = withRate.filter((p) => p.exec_rate_pct_recomputed < 100 - 1e-9);
  const incubationTotal = data.incubationScores.find((s) => s.dimension === 'total');
  const scored = [
    ...data.projects
      .filter((p) => p.total_score !== null)
      .map((p) => ({ band: p.score_band!, lines: [p.source_lines[p.source_lines.length - 1]!] })),
    ...(incubationTotal ? [{ band: incubationTotal.score_band!, lines: incubationTotal.source_lines }] : []),
  ];
  return {
    spent,
    projectPart,
    general,
    categories,
    first,
    second,
    secondReason,
    noBudget: categories.filter((c) => !c.budget_stated),
    evaluation: all,
    band90: { value: procedures.reduce((s, p) => s + (p.band_90_plus ?? 0), 0), lines: all.source_lines },
    band75: { value: procedures.reduce((s, p) => s + (p.band_75_90 ?? 0), 0), lines: all.source_lines },
    sme,
    micro,
    procurementTotal,
    projects: withRate.sort((a, b) => a.exec_rate_pct_recomputed - b.exec_rate_pct_recomputed),
    below,
    bands: BANDS.map((band) => {
      const inBand = scored.filter((s) => s.band === band);
      return {
        band,
        count: inBand.length,
        scoreLines: [...new Set(inBand.flatMap((s) => s.lines))].sort((a, b) => a - b),
      };
    }),
    audit: data.findings,
  };
}
