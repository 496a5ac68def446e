/**
 * Groupings for /audit/: findings by severity (in the audit's order, most serious first) and the checks that
 * passed by rule.
 */
import type { CheckRecord, Finding, Severity } from '../../contract/files';

/** Most serious first; a check that could not run comes last but is never counted as passed. */
export const SEVERITIES: readonly Severity[] = ['high', 'medium', 'low', 'could-not-check'];

/**
 * Findings grouped by severity, groups in SEVERITIES order and findings in their given order; empty groups are
 * left out.
 * @throws on a severity outside SEVERITIES
 */
export function groupFindings(findings: readonly Finding[]): { severity: Severity; findings: Finding[] }[] {
  const groups = new Map<Severity, Finding[]>(SEVERITIES.map((s) => [s, []]));
  for (const finding of findings) {
    const group = groups.get(finding.severity);
    if (!group) throw new Error(`finding ${finding.id}: invalid severity ${String(finding.severity)}`);
    group.push(finding);
  }
  return [...groups].filter(([, list]) => list.length > 0).map(([severity, list]) => ({ severity, findings: list }));
}

/**
 * The passed checks, grouped by rule; rules in the order they first appear, checks in their given order.
 * @example groupChecksByRule(data.checks)[0] // { rule: 'totals-change', checks: [ …4 checks ] }
 */
export function groupChecksByRule(checks: readonly CheckRecord[]): { rule: string; checks: CheckRecord[] }[] {
  const groups = new Map<string, CheckRecord[]>();
  for (const check of checks) {
    if (check.status !== 'passed') continue;
    groups.set(check.rule, [...(groups.get(check.rule) ?? []), check]);
  }
  return [...groups].map(([rule, list]) => ({ rule, checks: list }));
}
