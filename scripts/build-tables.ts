import { escape, from, op, table, type ColumnTable } from 'arquero';
import type { Glossary } from './lib/glossary.ts';
import type { ParsedReport, Quoted } from './lib/model.ts';
import { round, type Fig } from './lib/read-figures.ts';
import { scoreBand } from './audit/rules/evaluation-rules.ts';
import { uniqueSlugs } from './lib/slug.ts';
import { kindOf } from './lib/subject.ts';
import { pointsLostByKind, type FundsRow, type KindRow } from './lib/indicator-kinds.ts';
import type { z } from 'zod';
import { auditColumnNames, isOptional } from '../contract/columns.ts';
import { BANDS, type ScoreBand } from '../contract/bands.ts';
import { FIGURES, TABLE_KEYS, TABLES, type TableName } from '../contract/tables.ts';
import { figureVerdicts } from './audit/figure-status.ts';
import { runAudit, type AuditResult } from './audit/run-audit.ts';

/** Provenance columns every row carries. */
const prov = (...q: (Quoted | null | undefined)[]) => ({
  source_lines: [...new Set(q.flatMap((x) => x?.lines ?? []))].sort((a, b) => a - b),
  quote: [...new Set(q.filter(Boolean).map((x) => x!.quote))].join(' … '),
});
const v = (f: Fig | null | undefined) => (f ? f.value : null);
/** The line a figure is printed on, or null where it is not printed. */
const at = (f: Fig | null | undefined) => (f ? f.line : null);
/** A figure's digits exactly as the parser read them (`6.0`, `99.6`; spaces and a unit such as 分 left out), or null. */
const printed = (f: Fig | null | undefined) => (f ? f.text : null);

/** A table's columns, in the contract's order. */
const columnsOf = (name: TableName) =>
  Object.entries(TABLES[name].schema.shape as Record<string, z.ZodType>)
    .filter(([, s]) => !isOptional(s))
    .map(([c]) => c);
/** The contract's columns this table has: every required one, and the optional ones it was given. */
const columnsIn = (name: TableName, x: ColumnTable) =>
  Object.entries(TABLES[name].schema.shape as Record<string, z.ZodType>)
    .filter(([c, s]) => !isOptional(s) || x.columnNames().includes(c))
    .map(([c]) => c);

/**
 * A table from row objects; with no rows it still has the contract's columns and the working columns the
 * derivations read (`working`), so the derivations that follow run on an empty table instead of failing (a report
 * may lack an optional section).
 */
function rowsTable(name: TableName, rows: object[], working: string[] = []): ColumnTable {
  return rows.length ? from(rows) : table(Object.fromEntries([...columnsOf(name), ...working].map((c) => [c, []])));
}

/** `part` as a percentage of `whole`, to 2 decimals; null where the whole is 0 or unknown. */
const shareOf = (part: number, whole: number | undefined) => (whole ? round((part / whole) * 100) : null);

/** A percentage rounded to 2 decimals inside an Arquero expression, null where the denominator is 0. */
const pct = (num: string, den: string) => `d => ${den} ? op.round(${num} / ${den} * 10000) / 100 : null`;

/**
 * Each table's audit columns (contract/columns.ts `auditColumns`) from the audit's verdicts: for every figure the
 * table's rows print, its status and finding ids (space-separated), null where the figure is not printed.
 */
function withVerdicts(name: TableName, x: ColumnTable, verdictOf: ReturnType<typeof figureVerdicts>): ColumnTable {
  const figures = FIGURES[name] as readonly string[];
  if (!figures.length) return x;
  const keys = TABLE_KEYS[name] as readonly string[];
  const rows = x.objects() as Record<string, unknown>[];
  const rowKeys = rows.map((d) => keys.map((k) => String(d[k])).join('/'));
  // a damaged report can name two rows alike: they share the verdict of their key (the report's own keys are
  // unique: 'primary keys' in test/scripts/contract/datapackage.test.ts)
  const columns: Record<string, unknown[]> = {};
  for (const f of figures) {
    const names = auditColumnNames(f, figures);
    const verdicts = rows.map((d, i) =>
      d[f] === null || d[f] === undefined ? null : verdictOf({ table: name, row: rowKeys[i]!, column: f }),
    );
    columns[names.status] = verdicts.map((v) => v?.status ?? null);
    columns[names.ids] = verdicts.map((v) => (v ? v.finding_ids.join(' ') : null));
  }
  return x.assign(table(columns));
}

const sortedLines = (lines: readonly number[]) => [...new Set(lines)].sort((a, b) => a - b);

/**
 * The projects per score band, counted three ways from the tables already built: the summary's counts summed over
 * its procedures (null where none states them), the printed totals' bands (the tables that print a total, then the
 * externally evaluated fund's), and the recomputed totals' bands (the same tables; the fund's printed total, which
 * has no table to recompute). One row per band of contract/bands.ts, in its order.
 */
function scoreBands(summary: ColumnTable, projects: ColumnTable, fundScores: ColumnTable): ColumnTable {
  type Summary = Record<'band_90_plus' | 'band_75_90' | 'band_60_75' | 'band_below_60', number | null> & {
    procedure: string;
  } & Quoted;
  type Scored = { score_band: ScoreBand | null; score_band_recomputed: ScoreBand; source_lines: number[] };
  type Fund = { dimension: string; score_band: ScoreBand | null; source_lines: number[] };
  const bandColumns = ['band_90_plus', 'band_75_90', 'band_60_75', 'band_below_60'] as const;
  const procedures = (summary.objects() as unknown as (Summary & { source_lines: number[] })[])
    .filter((p) => p.procedure !== 'all')
    .map((p) => ({ ...p, lines: p.source_lines }));
  const stating = procedures.filter((p) => bandColumns.some((c) => p[c] !== null));
  // the tables that print a total: their band by the printed and by the recomputed total, and the line of the total
  const scored = (projects.objects() as unknown as Scored[])
    .filter((p) => p.score_band !== null)
    .map((p) => ({ printed: p.score_band!, recomputed: p.score_band_recomputed, lines: [p.source_lines.at(-1)!] }));
  const fund = (fundScores.objects() as unknown as Fund[]).find((s) => s.dimension === 'total');
  const totals = [
    ...scored,
    ...(fund?.score_band ? [{ printed: fund.score_band, recomputed: fund.score_band, lines: fund.source_lines }] : []),
  ];
  const rows = BANDS.map((band, k) => {
    const column = bandColumns[k]!;
    const report = stating.length ? procedures.reduce((s, p) => s + (p[column] ?? 0), 0) : null;
    const printed = totals.filter((x) => x.printed === band);
    const recomputed = totals.filter((x) => x.recomputed === band);
    const { quote } = prov(...stating);
    return {
      band,
      report_count: report,
      printed_count: printed.length,
      printed_lines: sortedLines(printed.flatMap((x) => x.lines)),
      printed_count_at_or_below: totals.filter((x) => BANDS.indexOf(x.printed) >= k).length,
      recomputed_count: recomputed.length,
      report_matches_printed: report === null ? null : report === printed.length,
      source_lines: sortedLines([
        ...stating.flatMap((p) => p.lines),
        ...[...printed, ...recomputed].flatMap((x) => x.lines),
      ]),
      quote,
    };
  });
  return from(rows);
}

/**
 * Each table's place among the shortfalls (recomputed rate below 100 %): 1 for the one that left most money
 * unspent, ties in report order; null where the table is no shortfall (or has no rate). The one home of the
 * shortfalls' order: projects-total picks the top shortfalls by it and the site lists them by it.
 */
export function shortfallRanks(
  rows: readonly { exec_rate_pct_recomputed: number | null; unspent_wan: number | null }[],
): (number | null)[] {
  const ranks: (number | null)[] = rows.map(() => null);
  rows
    .map((r, k) => ({ r, k }))
    .filter(({ r }) => r.exec_rate_pct_recomputed !== null && r.exec_rate_pct_recomputed < 100)
    .sort((a, b) => (b.r.unspent_wan ?? 0) - (a.r.unspent_wan ?? 0) || a.k - b.k)
    .forEach(({ k }, rank) => (ranks[k] = rank + 1));
  return ranks;
}

/**
 * The projects table's budgets, spending and money unspent added up to the fen (nulls count 0), and the fewest
 * shortfalls that account for nine tenths of the money unspent: one row, 0s without tables.
 */
export function projectsTotal(projects: ColumnTable): ColumnTable {
  type Row = Record<
    'budget_wan' | 'executed_wan' | 'unspent_wan' | 'shortfall_rank' | 'budget_line' | 'executed_line',
    number | null
  >;
  const rows = projects.objects() as Row[];
  const sum = (column: keyof Row, of: readonly Row[] = rows) => round(of.reduce((s, r) => s + (r[column] ?? 0), 0));
  const lines = rows.flatMap((r) => [r.budget_line, r.executed_line]).filter((n): n is number => n !== null);
  const unspent = sum('unspent_wan');
  // the shortfalls in their order (projects.shortfall_rank); the fewest of them whose money unspent reaches nine
  // tenths of the total
  const shortfalls = rows
    .filter((r) => r.shortfall_rank !== null)
    .sort((a, b) => a.shortfall_rank! - b.shortfall_rank!);
  let top = 0;
  for (let covered = 0; top < shortfalls.length && covered < unspent * 0.9; top++)
    covered += shortfalls[top]!.unspent_wan ?? 0;
  const topUnspent = sum('unspent_wan', shortfalls.slice(0, top));
  return from([
    {
      tables: rows.length,
      budget_wan: sum('budget_wan'),
      executed_wan: sum('executed_wan'),
      unspent_wan: unspent,
      shortfalls: shortfalls.length,
      top_shortfalls: top,
      top_shortfalls_unspent_wan: topUnspent,
      top_shortfalls_share_pct: shareOf(topUnspent, unspent) ?? 0,
      source_lines: [...new Set(lines)].sort((a, b) => a - b),
    },
  ]);
}

/**
 * What /scores/ says of the evaluation as a whole, one row: the projects evaluated (as the summary states them,
 * else counted from the tables), the printed totals' range and most frequent value (each with its printed text),
 * and the points lost by kind added up.
 */
function scoresSummary(
  summary: ColumnTable,
  projects: ColumnTable,
  fundScores: ColumnTable,
  kinds: ColumnTable,
): ColumnTable {
  type Procedure = { procedure: string; projects: number; source_lines: number[] };
  type Total = { total_score: number | null; total_score_printed: string | null; total_score_line: number | null };
  type Fund = { dimension: string; score: number; score_printed: string; source_lines: number[] };
  type Kind = Record<'lost' | 'above_weight' | 'rows_above' | 'incomplete', number>;
  const procedures = summary.objects() as unknown as Procedure[];
  const stated = (p: string) => procedures.find((s) => s.procedure === p);
  const tables = projects.objects() as unknown as Total[];
  const fund = (fundScores.objects() as unknown as Fund[]).find((s) => s.dimension === 'total');
  // the printed totals: the self-evaluations' in report order, then the fund's; each with the line that prints it
  const totals = [
    ...tables
      .filter((p) => p.total_score !== null)
      .map((p) => ({ value: p.total_score!, printed: p.total_score_printed!, lines: [p.total_score_line!] })),
    ...(fund ? [{ value: fund.score, printed: fund.score_printed, lines: fund.source_lines }] : []),
  ];
  const self = stated('simple')?.projects ?? tables.length;
  const external = stated('normal')?.projects ?? (fund ? 1 : 0);
  const all = stated('all');
  const count = (value: number) => totals.filter((t) => t.value === value).length;
  const byValue = [...totals].sort((a, b) => a.value - b.value);
  // the most frequent total; between totals as frequent, the first printed
  const mode = totals.reduce<(typeof totals)[number] | undefined>(
    (best, t) => (best === undefined || count(t.value) > count(best.value) ? t : best),
    undefined,
  );
  const [min, max] = [byValue[0], byValue.at(-1)];
  const k = kinds.objects() as unknown as Kind[];
  const total = (column: keyof Kind) => round(k.reduce((s, x) => s + x[column], 0));
  return from([
    {
      evaluated: all?.projects ?? self + external,
      evaluated_from: all ? 'summary' : 'tables',
      self_evaluated: self,
      self_evaluated_from: stated('simple') ? 'summary' : 'tables',
      external,
      external_from: stated('normal') ? 'summary' : 'tables',
      scores: totals.length,
      self_scores: tables.filter((p) => p.total_score !== null).length,
      min_score: min?.value ?? null,
      min_score_printed: min?.printed ?? null,
      max_score: max?.value ?? null,
      max_score_printed: max?.printed ?? null,
      mode_score: mode?.value ?? null,
      mode_score_printed: mode?.printed ?? null,
      mode_count: mode ? count(mode.value) : 0,
      points_lost: total('lost'),
      points_above: total('above_weight'),
      rows_above: total('rows_above'),
      rows_incomplete: total('incomplete'),
      source_lines: sortedLines([...procedures.flatMap((p) => p.source_lines), ...totals.flatMap((t) => t.lines)]),
    },
  ]);
}

/**
 * Builds every normalised table from the parsed report, with each figure's audit verdict (from `audit`, else
 * the audit run here). Names are the file names in data/derived/.
 */
export function buildTables(
  r: ParsedReport,
  g: Glossary,
  audit: AuditResult = runAudit(r),
): Record<string, ColumnTable> {
  const verdictOf = figureVerdicts(audit.checks, audit.file.findings);
  /** A name's two columns: `<prefix>_zh` as printed, `<prefix>_en` from the glossary. */
  const named = <P extends string>(prefix: P, zh: string | null) =>
    ({ [`${prefix}_zh`]: zh, [`${prefix}_en`]: g.en(zh) }) as Record<`${P}_zh` | `${P}_en`, string | null>;
  const t: Record<string, ColumnTable> = {};

  t['overview-totals'] = rowsTable(
    'overview-totals',
    r.overview.totals.map((x) => ({
      metric: x.metric,
      ...named('name', x.name_zh),
      amount_wan: x.amount.value,
      prior_year_wan: round(x.prior.value, Math.max(x.prior.decimals, 2)),
      // only where a prior year is derived: a report that prints them all keeps its columns as they were
      ...(r.overview.totals.some((y) => y.prior_derived) && { prior_year_derived: x.prior_derived }),
      change_wan: x.change.value,
      growth_pct: x.growth.value,
      reason_zh: x.reason_zh,
      ...prov(x),
    })),
  ).derive({
    change_wan_recomputed: 'd => op.round((d.amount_wan - d.prior_year_wan) * 100) / 100',
    growth_pct_recomputed: pct('(d.amount_wan - d.prior_year_wan)', 'd.prior_year_wan'),
  });

  t['overview-breakdown'] = rowsTable(
    'overview-breakdown',
    r.overview.breakdowns.flatMap((b) =>
      b.parts.map((p) => ({
        kind: b.kind,
        ...named('item', p.name_zh),
        amount_wan: p.amount.value,
        share_pct: v(p.share),
        total_wan: b.total.value,
        ...prov(p),
      })),
    ),
    ['total_wan'],
  ).derive({ share_pct_recomputed: pct('d.amount_wan', 'd.total_wan') });

  t['staff'] = rowsTable(
    'staff',
    r.overview.staff.map((s) => ({
      ...named('establishment', s.establishment_zh),
      authorised: s.authorised.value,
      actual: s.actual.value,
      ...prov(s),
    })),
  );

  // the categories' initial budgets as printed, added up (a category without one counts 0)
  const categoriesBudget = round(
    r.spending.items.filter((i) => i.level === 'category').reduce((sum, i) => sum + (i.budget?.value ?? 0), 0),
  );
  t['spending-total'] = rowsTable(
    'spending-total',
    r.missing.includes('spending')
      ? []
      : [
          {
            ...named('name', '一般公共预算财政拨款支出'),
            amount_wan: r.spending.total.value,
            categories_budget_wan: categoriesBudget,
            final_to_budget: categoriesBudget > 0 ? round(r.spending.total.value / categoriesBudget, 4) : null,
            ...prov(r.spending.totalQuote),
          },
        ],
  );

  const total = r.spending.total.value;
  const categoryFinal = new Map(
    r.spending.items.filter((i) => i.level === 'category').map((i) => [i.category_zh, i.final.value]),
  );
  const overviewShare = new Map(r.spending.overview.map((o) => [o.name_zh.replace(/支出$/, ''), o]));
  let categoryNumber = 0;
  const slugOf = uniqueSlugs();
  t['spending'] = rowsTable(
    'spending',
    r.spending.items.map((i) => {
      const o = i.level === 'category' ? overviewShare.get(i.name_zh.replace(/支出$/, '')) : undefined;
      const nameEn = g.en(i.name_zh);
      if (i.level === 'category') categoryNumber += 1;
      return {
        level: i.level,
        ...named('category', i.category_zh),
        name_zh: i.name_zh,
        name_en: nameEn,
        slug: nameEn ? slugOf(nameEn) : i.level === 'category' ? `category-${categoryNumber}` : slugOf(i.name_zh),
        final_wan: i.final.value,
        final_line: i.final.line,
        budget_wan: i.budget?.value ?? 0,
        budget_line: at(i.budget),
        budget_stated: i.budget !== null,
        final_to_budget: i.budget && i.budget.value > 0 ? round(i.final.value / i.budget.value, 4) : null,
        change_wan: v(i.change),
        growth_pct: v(i.growth),
        share_pct: v(o?.share),
        share_line: at(o?.share),
        category_share_pct: i.level === 'subcategory' ? shareOf(i.final.value, categoryFinal.get(i.category_zh)) : null,
        reason_zh: i.reason_zh,
        ...prov(i, o),
      };
    }),
  )
    .params({ total })
    .derive({
      change_wan_recomputed: 'd => op.round((d.final_wan - d.budget_wan) * 100) / 100',
      growth_pct_recomputed:
        'd => d.budget_wan > 0 ? op.round((d.final_wan - d.budget_wan) / d.budget_wan * 10000) / 100 : null',
      share_pct_recomputed: '(d, $) => op.round(d.final_wan / $.total * 10000) / 100',
    });
  // the two largest categories' shares (as printed, else as recomputed) together, on the total's row
  type Category = { level: string; final_wan: number; share_pct: number | null; share_pct_recomputed: number };
  const [firstCategory, secondCategory] = (t['spending']!.objects() as Category[])
    .filter((c) => c.level === 'category')
    .sort((a, b) => b.final_wan - a.final_wan);
  const shareShown = (c: Category) => c.share_pct ?? c.share_pct_recomputed;
  t['spending-total'] = t['spending-total'].assign(
    table({
      top_two_share_pct: t['spending-total']
        .objects()
        .map(() =>
          firstCategory && secondCategory ? round(shareShown(firstCategory) + shareShown(secondCategory)) : null,
        ),
    }),
  );

  t['three-public'] = rowsTable(
    'three-public',
    r.other.threePublic.map((i) => ({
      item: i.item,
      ...named('item', i.item_zh),
      budget_wan: (i.budget ?? i.final).value,
      final_wan: i.final.value,
      change_wan: v(i.change),
      reason_zh: i.reason_zh,
      ...prov(i),
    })),
  );

  const rc = r.other.runningCosts;
  t['running-costs'] = rowsTable(
    'running-costs',
    rc
      ? [
          {
            amount_wan: rc.amount.value,
            prior_year_wan: rc.prior.value,
            change_wan: rc.change.value,
            reason_zh: rc.reason_zh,
            ...prov(rc),
          },
        ]
      : [],
  ).derive({ change_wan_recomputed: 'd => op.round((d.amount_wan - d.prior_year_wan) * 100) / 100' });

  const procTotal = r.other.procurement.find((p) => p.item === 'total')?.amount.value ?? 0;
  t['procurement'] = rowsTable(
    'procurement',
    r.other.procurement.map((p) => ({
      item: p.item,
      ...named('item', p.item_zh),
      parent: p.item === 'total' ? null : p.item === 'small_micro' ? 'sme' : 'total',
      amount_wan: p.amount.value,
      share_pct: v(p.share),
      ...prov(p),
    })),
  )
    .params({ procTotal })
    .derive({
      share_pct_recomputed: '(d, $) => $.procTotal ? op.round(d.amount_wan / $.procTotal * 10000) / 100 : null',
    });

  const ps = r.other.purchasedServices;
  t['purchased-services'] = rowsTable('purchased-services', ps ? [{ amount_wan: ps.amount.value, ...prov(ps) }] : []);

  t['glossary'] = rowsTable(
    'glossary',
    r.other.terms.map((term) => ({
      number: term.number,
      ...named('term', term.term_zh),
      definition_zh: term.definition_zh,
      ...prov(term),
    })),
  );

  t['evaluation-summary'] = rowsTable(
    'evaluation-summary',
    r.evaluation.procedures.map((p) => ({
      procedure: p.procedure,
      ...named('procedure', p.procedure_zh),
      projects: p.projects.value,
      amount_wan: p.amount.value,
      share_pct: v(p.share),
      band_90_plus: v(p.bands?.[0]),
      band_75_90: v(p.bands?.[1]),
      band_60_75: v(p.bands?.[2]),
      band_below_60: v(p.bands?.[3]),
      ...prov(p),
    })),
  );

  const fund = r.evaluation.incubation;
  t['incubation-funds'] = rowsTable(
    'incubation-funds',
    (fund?.funds ?? []).map((f) => ({
      item: f.item,
      ...named('item', f.item_zh),
      amount_wan: f.amount.value,
      in_scope: f.in_scope,
      ...prov(f),
    })),
  );
  t['incubation-scores'] = rowsTable(
    'incubation-scores',
    (fund?.scores ?? []).map((s) => ({
      fund_zh: fund!.name_zh || null,
      fund_en: fund!.name_zh ? g.en(fund!.name_zh) : null,
      dimension: s.dimension,
      ...named('dimension', s.dimension_zh),
      max_score: v(s.max),
      max_score_printed: printed(s.max),
      score: s.score.value,
      score_printed: s.score.text,
      share_of_max_pct: s.max ? shareOf(s.score.value, s.max.value) : null,
      score_band: s.dimension === 'total' ? scoreBand(s.score.value) : null,
      ...prov(s),
    })),
  );
  const emp = [...(fund?.employment ?? [])].sort((a, b) => a.year - b.year);
  t['incubation-employment'] = rowsTable(
    'incubation-employment',
    emp.map((e, k) => {
      const prev = emp[k - 1];
      const growth = k === emp.length - 1 && prev ? fund?.employmentGrowth : null;
      return {
        year: e.year,
        jobs: e.jobs.value,
        graduates: e.graduates.value,
        prev_jobs: prev?.jobs.value ?? null,
        prev_graduates: prev?.graduates.value ?? null,
        jobs_growth_pct: v(growth?.jobs),
        graduates_growth_pct: v(growth?.graduates),
        ...prov(e, growth),
      };
    }),
    ['prev_jobs', 'prev_graduates'],
  ).derive({
    jobs_growth_pct_recomputed:
      'd => d.prev_jobs ? op.round((d.jobs - d.prev_jobs) / d.prev_jobs * 10000) / 100 : null',
    graduates_growth_pct_recomputed:
      'd => d.prev_graduates ? op.round((d.graduates - d.prev_graduates) / d.prev_graduates * 10000) / 100 : null',
  });

  t['projects'] = rowsTable(
    'projects',
    r.projects.map((p) => {
      const indicatorSum = p.indicators.reduce((s, i) => s + (i.score?.value ?? 0), 0);
      return {
        slug: p.slug,
        ...named('name', p.name_zh),
        table_kind: p.table_kind,
        table_year: p.table_year,
        budget_wan: v(p.budget),
        budget_line: at(p.budget),
        executed_wan: v(p.executed),
        executed_line: at(p.executed),
        executed_from: p.executed_from,
        exec_rate_printed: p.exec_rate ? `${printed(p.exec_rate)}%` : null,
        exec_rate_pct: v(p.exec_rate),
        exec_rate_line: at(p.exec_rate),
        funds_weight: v(p.funds_weight),
        funds_weight_printed: printed(p.funds_weight),
        funds_score: v(p.funds_score),
        funds_score_printed: printed(p.funds_score),
        funds_score_line: at(p.funds_score),
        indicator_count: p.indicators.length,
        indicator_score_sum: indicatorSum,
        total_score: v(p.total),
        total_score_printed: printed(p.total),
        total_score_line: at(p.total),
        score_band: p.total ? scoreBand(p.total.value) : null,
        goal_zh: p.goal_zh,
        outcome_zh: p.outcome_zh,
        ...prov(p),
      };
    }),
    ['indicator_score_sum'],
  )
    .derive({
      exec_rate_pct_recomputed: pct('d.executed_wan', 'd.budget_wan'),
      unspent_wan:
        'd => d.budget_wan != null && d.executed_wan != null ? (d.budget_wan > d.executed_wan ? op.round((d.budget_wan - d.executed_wan) * 100) / 100 : 0) : null',
      funds_score_recomputed:
        'd => d.budget_wan && d.funds_weight != null ? op.round((d.executed_wan > d.budget_wan ? 1 : d.executed_wan / d.budget_wan) * d.funds_weight * 100) / 100 : null',
      funds_points_lost:
        'd => d.funds_weight != null && d.funds_score != null ? op.round((d.funds_weight - d.funds_score) * 100) / 100 : null',
      total_score_recomputed: 'd => op.round(((d.funds_score || 0) + d.indicator_score_sum) * 100) / 100',
      points_lost: 'd => d.total_score != null ? op.round((100 - d.total_score) * 100) / 100 : null',
    })
    .derive({
      score_band_recomputed: escape((d: { total_score_recomputed: number }) => scoreBand(d.total_score_recomputed)),
      // of the two columns as written (each to 2 decimals), so that it is the difference a reader can check
      total_score_diff:
        'd => d.total_score != null ? op.round(op.abs(d.total_score - d.total_score_recomputed) * 100) / 100 : null',
    });
  t['projects'] = t['projects'].assign(
    table({ shortfall_rank: shortfallRanks(t['projects'].objects() as Parameters<typeof shortfallRanks>[0]) }),
  );
  t['projects-total'] = projectsTotal(t['projects']);

  t['indicators'] = rowsTable(
    'indicators',
    r.projects.flatMap((p) =>
      p.indicators.map((i) => ({
        project_slug: p.slug,
        row: i.row,
        ...named('level1', i.level1_zh),
        ...named('level2', i.level2_zh),
        name_zh: i.name_zh,
        weight: v(i.weight),
        weight_printed: printed(i.weight),
        target: i.target,
        actual: i.actual,
        score: v(i.score),
        score_printed: printed(i.score),
        reason_zh: i.reason_zh,
        complete: i.complete,
        ...prov(i),
      })),
    ),
  ).derive({
    points_lost: 'd => d.weight != null && d.score != null ? op.round((d.weight - d.score) * 100) / 100 : null',
  });

  t['score-bands'] = scoreBands(t['evaluation-summary'], t['projects'], t['incubation-scores']);

  // the points lost by kind of indicator, summed over the tables; the kinds' English names from the glossary
  const kinds = pointsLostByKind(
    r.file,
    t['projects'].objects() as unknown as FundsRow[],
    t['indicators'].objects() as unknown as KindRow[],
  );
  const lostInAll = kinds.reduce((s, k) => s + k.lost, 0);
  t['points-lost-by-kind'] = rowsTable(
    'points-lost-by-kind',
    kinds.map(({ kind, name_zh, ...sums }) => ({
      kind,
      ...named('name', name_zh),
      ...sums,
      share_pct: shareOf(sums.lost, lostInAll),
    })),
  );
  t['scores-summary'] = scoresSummary(
    t['evaluation-summary'],
    t['projects'],
    t['incubation-scores'],
    t['points-lost-by-kind'],
  );

  // the report's subject: one row, its English names from the glossary (the build lists the ones it lacks)
  const s = r.subject;
  if (s) {
    const short = s.short?.value ?? null;
    const headline = short === null ? null : `${s.district ?? ''}${short}`;
    const kind = s.department ? kindOf(s.department.value) : null;
    const place = s.city || s.district ? `${s.city ?? ''}${s.district ?? ''}` : null;
    const local = s.department ? s.department.value.slice((s.city ?? '').length) : null;
    t['subject'] = from([
      {
        ...named('department', s.department?.value ?? null),
        department_line: s.department?.line ?? null,
        ...named('local', local),
        short_zh: short,
        short_printed: s.short?.printed ?? false,
        short_line: s.short?.line ?? null,
        ...named('headline', headline),
        ...named('kind', kind),
        city_zh: s.city,
        district_zh: s.district,
        ...named('place', place),
        year: s.year.value,
        year_line: s.year.line,
        prior_year: s.prior.value,
        prior_year_zh: s.prior.label,
        prior_year_line: s.prior.lines.length ? s.prior.line : null,
        evaluation_year: s.evaluated?.value ?? null,
        evaluation_year_line: s.evaluated?.line ?? null,
        ...named('formed_from', s.formed?.value ?? null),
        formed_year: s.formed?.year ?? null,
        formed_line: s.formed?.line ?? null,
        ...prov(s.year, s.department, s.short, s.prior, s.evaluated, s.formed),
      },
    ]);
  } else t['subject'] = rowsTable('subject', []);

  // every table in the contract's column order, without the working columns
  return Object.fromEntries(
    Object.entries(t).map(([name, x]) => {
      const judged = withVerdicts(name as TableName, x, verdictOf);
      return [name, judged.select(columnsIn(name as TableName, judged))];
    }),
  );
}

export { escape, op };
