/**
 * Where the self-evaluated projects lost their points, summed over all tables by kind of indicator (the tables'
 * second level: quantity, quality, timeliness, cost, benefit, satisfaction), with the funds row (budget
 * execution) as a kind of its own: the rows of data/derived/points-lost-by-kind. A row scored above its weight is
 * not a gain: it is left out of the sum and counted separately.
 */
import { KIND_ORDER, type IndicatorKind } from '../../contract/indicator-kinds.ts';
import { ReportError, ReportErrors } from './report-error.ts';

/** The report's second-level names, in the tables' order (the parser knows a level-2 cell by them too). */
export const KINDS: Readonly<Record<string, IndicatorKind>> = {
  数量指标: 'quantity',
  质量指标: 'quality',
  进度指标: 'timeliness',
  成本指标: 'cost',
  效益指标: 'benefit',
  服务对象满意度指标: 'satisfaction',
  满意度指标: 'satisfaction',
};

/** What the sum reads of a project (a row of the projects table). */
export interface FundsRow {
  funds_weight: number | null;
  /** the funds row's points lost (`funds_weight − funds_score`, the projects table's column), null where either is not printed */
  funds_points_lost: number | null;
  source_lines: readonly number[];
}

/** What the sum reads of an indicator row (a row of the indicators table). */
export interface KindRow {
  project_slug: string;
  row: number;
  level2_zh: string | null;
  weight: number | null;
  points_lost: number | null;
  source_lines: readonly number[];
}

/** One kind's sums: a row of points-lost-by-kind before its English name (the glossary's) is added. */
export interface KindLoss {
  kind: IndicatorKind;
  /** the kind's name as the tables print it (null for funds and unclassified) */
  name_zh: string | null;
  /** points lost, summed over rows that scored at or below their weight */
  lost: number;
  /** points the rows were worth */
  weight: number;
  /** rows of this kind with a score */
  rows: number;
  /** rows that lost points */
  rows_lost: number;
  /** points scored above the weight, summed (shown apart, not netted) */
  above_weight: number;
  /** rows that scored above their weight */
  rows_above: number;
  /** rows whose cells the report lost (not counted) */
  incomplete: number;
  /** the first line of each row that lost points or scored above its weight */
  lost_lines: number[];
  source_lines: number[];
  /** the kind's name as printed ('' for funds and unclassified) */
  quote: string;
}

const round = (n: number) => Math.round(n * 100) / 100;
const sorted = (lines: Iterable<number>) => [...new Set(lines)].sort((a, b) => a - b);

/**
 * Points lost per kind of indicator, in KIND_ORDER; kinds without rows are left out. A row without a
 * second-level name is `unclassified`.
 * @throws ReportErrors (one per row, at its first line) where a row has a second-level name KINDS does not know
 */
export function pointsLostByKind(
  file: string,
  projects: readonly FundsRow[],
  indicators: readonly KindRow[],
): KindLoss[] {
  const out = new Map<IndicatorKind, KindLoss>();
  const add = (
    kind: IndicatorKind,
    row: { lost: number | null; weight: number | null; lines: readonly number[]; zh: string | null },
  ) => {
    const entry = out.get(kind) ?? {
      kind,
      name_zh: row.zh,
      lost: 0,
      weight: 0,
      rows: 0,
      rows_lost: 0,
      above_weight: 0,
      rows_above: 0,
      incomplete: 0,
      lost_lines: [],
      source_lines: [],
      quote: row.zh ?? '',
    };
    out.set(kind, entry);
    entry.source_lines = sorted([...entry.source_lines, ...row.lines]);
    if (row.lost === null) {
      entry.incomplete += 1;
      return;
    }
    entry.rows += 1;
    if (row.lost !== 0 && row.lines[0] !== undefined) entry.lost_lines = sorted([...entry.lost_lines, row.lines[0]]);
    entry.weight = round(entry.weight + (row.weight ?? 0));
    if (row.lost > 0) {
      entry.lost = round(entry.lost + row.lost);
      entry.rows_lost += 1;
    } else if (row.lost < 0) {
      entry.above_weight = round(entry.above_weight - row.lost);
      entry.rows_above += 1;
    }
  };
  for (const p of projects) {
    const lost = p.funds_points_lost;
    if (lost === null || p.funds_weight === null) continue;
    // the funds row's lines are the project's own (budget, executed, rate, score)
    add('funds', { lost, weight: p.funds_weight, lines: p.source_lines, zh: null });
  }
  const unknown: ReportError[] = [];
  for (const row of indicators) {
    const kind = row.level2_zh === null ? 'unclassified' : KINDS[row.level2_zh];
    if (!kind) {
      unknown.push(
        new ReportError(
          file,
          row.source_lines[0] ?? null,
          `expected a kind of indicator (${Object.keys(KINDS).join('、')}), found “${row.level2_zh}” (${row.project_slug} row ${row.row})`,
        ),
      );
      continue;
    }
    add(kind, { lost: row.points_lost, weight: row.weight, lines: row.source_lines, zh: row.level2_zh });
  }
  if (unknown.length) throw new ReportErrors(unknown);
  return KIND_ORDER.flatMap((k) => (out.has(k) ? [out.get(k)!] : []));
}
