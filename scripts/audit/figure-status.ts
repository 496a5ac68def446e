/**
 * The audit's verdict on each figure of the derived tables, from what each check names (`figures`, `inputs`):
 * `conflict` where a failed check is about the figure, `could-not-check` where one could not run, `consistent`
 * where checks about it or recomputing from it passed (and none failed), `not-checked` where none applies.
 * Computed once here; the tables carry it (`<figure>_audit_status`, `<figure>_finding_ids`) and the site reads it.
 */
import type { AuditStatus } from '../../contract/columns.ts';
import type { CheckRecord, FigureRef, Finding } from '../../contract/files.ts';

export interface FigureVerdict {
  status: AuditStatus;
  /** ids of the findings about the figure, in findings.json order */
  finding_ids: string[];
}

const RANK: Record<AuditStatus, number> = { conflict: 3, 'could-not-check': 2, consistent: 1, 'not-checked': 0 };
const refKey = (r: FigureRef) => `${r.table}\u0000${r.row}\u0000${r.column}`;

/** A lookup of every figure's verdict; figures no check names are `not-checked`. */
export function figureVerdicts(checks: readonly CheckRecord[], findings: readonly Finding[]) {
  const order = new Map(findings.map((f, k) => [f.id, k]));
  const verdicts = new Map<string, FigureVerdict>();
  const mark = (ref: FigureRef, status: AuditStatus, id: string | null) => {
    const v = verdicts.get(refKey(ref)) ?? { status: 'not-checked', finding_ids: [] };
    if (RANK[status] > RANK[v.status]) v.status = status;
    if (id && !v.finding_ids.includes(id)) v.finding_ids.push(id);
    verdicts.set(refKey(ref), v);
  };
  for (const c of checks) {
    if (c.status === 'passed') for (const ref of [...c.figures, ...c.inputs]) mark(ref, 'consistent', null);
    else for (const ref of c.figures) mark(ref, c.status === 'failed' ? 'conflict' : 'could-not-check', c.id);
  }
  for (const v of verdicts.values()) v.finding_ids.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
  return (ref: FigureRef): FigureVerdict => verdicts.get(refKey(ref)) ?? { status: 'not-checked', finding_ids: [] };
}
