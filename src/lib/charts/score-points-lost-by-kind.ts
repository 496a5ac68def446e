/**
 * Where the self-evaluated projects lost their points, summed over all tables by kind of indicator (the
 * tables' second level: quantity, quality, timeliness, cost, benefit, satisfaction), with the funds row
 * (budget execution) as a kind of its own. A row scored above its weight is not a gain: it is left out of
 * the sum and counted separately.
 */
import type { IndicatorRow, ProjectRow } from '../../../contract/tables';
import { fundsLostOf } from './project-model';

export type IndicatorKind =
  'funds' | 'quantity' | 'quality' | 'timeliness' | 'cost' | 'benefit' | 'satisfaction' | 'unclassified';

/** The report's second-level names, in the tables' order. */
const KINDS: Record<string, IndicatorKind> = {
  数量指标: 'quantity',
  质量指标: 'quality',
  进度指标: 'timeliness',
  成本指标: 'cost',
  效益指标: 'benefit',
  服务对象满意度指标: 'satisfaction',
};

export const KIND_ORDER: readonly IndicatorKind[] = [
  'funds',
  'quantity',
  'quality',
  'timeliness',
  'cost',
  'benefit',
  'satisfaction',
  'unclassified',
];

export interface KindLoss {
  kind: IndicatorKind;
  /** the kind's name as the tables print it (null for funds and unclassified) */
  name_zh: string | null;
  name_en: string | null;
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
  /** rows whose cells the report lost (not counted) */
  incomplete: number;
  source_lines: number[];
  /** the first line of each row that lost points or scored above its weight */
  lost_lines: number[];
}

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * Points lost per kind of indicator, in KIND_ORDER; kinds without rows are left out.
 * @throws if a row has a second-level name this module does not know
 */
export function pointsLostByKind(projects: readonly ProjectRow[], indicators: readonly IndicatorRow[]): KindLoss[] {
  const out = new Map<IndicatorKind, KindLoss>();
  const add = (
    kind: IndicatorKind,
    row: { lost: number | null; weight: number | null; lines: readonly number[]; zh: string | null; en: string | null },
  ) => {
    const entry = out.get(kind) ?? {
      kind,
      name_zh: row.zh,
      name_en: row.en,
      lost: 0,
      weight: 0,
      rows: 0,
      rows_lost: 0,
      above_weight: 0,
      incomplete: 0,
      source_lines: [],
      lost_lines: [],
    };
    out.set(kind, entry);
    entry.source_lines = [...new Set([...entry.source_lines, ...row.lines])].sort((a, b) => a - b);
    if (row.lost === null) {
      entry.incomplete += 1;
      return;
    }
    entry.rows += 1;
    if (row.lost !== 0 && row.lines[0] !== undefined)
      entry.lost_lines = [...new Set([...entry.lost_lines, row.lines[0]])].sort((a, b) => a - b);
    entry.weight = round(entry.weight + (row.weight ?? 0));
    if (row.lost > 0) {
      entry.lost = round(entry.lost + row.lost);
      entry.rows_lost += 1;
    } else if (row.lost < 0) entry.above_weight = round(entry.above_weight - row.lost);
  };
  for (const p of projects) {
    const lost = fundsLostOf(p);
    if (lost === undefined || p.funds_weight === null) continue;
    // the funds row's lines are the project's own (budget, executed, rate, score)
    add('funds', {
      lost,
      weight: p.funds_weight,
      lines: p.source_lines,
      zh: null,
      en: null,
    });
  }
  for (const row of indicators) {
    const kind = row.level2_zh === null ? 'unclassified' : KINDS[row.level2_zh];
    if (!kind)
      throw new Error(`pointsLostByKind: unknown indicator kind ${row.level2_zh} (${row.project_slug} row ${row.row})`);
    add(kind, {
      lost: row.points_lost,
      weight: row.weight,
      lines: row.source_lines,
      zh: row.level2_zh,
      en: row.level2_en,
    });
  }
  return KIND_ORDER.flatMap((k) => (out.has(k) ? [out.get(k)!] : []));
}
