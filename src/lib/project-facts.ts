/**
 * What the project and score pages say about each self-evaluation table, derived from the projects and
 * indicators tables: its number in the report, execution shortfall and the reasons the table gives, the
 * printed-versus-recomputed differences and the audit findings on its lines. Pure: rows in, facts out.
 */
import type { Finding } from '../../contract/files';
import type { IndicatorRow, ProjectRow } from '../../contract/tables';
import type { Locale } from './i18n';
import { englishNames } from './translations';

/** A reason the table gives for lost points or unspent money, with the rows that give it. */
export interface Reason {
  /** the reason as printed (Chinese) */
  text: string;
  /** indicator row numbers that give this reason */
  rows: number[];
  /** their report lines */
  source_lines: number[];
  /** the first report line of each of those rows (for a compact citation) */
  row_lines: number[];
  /** whether it is the cost indicator's reason (the one about money) */
  cost: boolean;
}

export interface ProjectFacts {
  project: ProjectRow;
  /** 1-based position of the table among the report's self-evaluation tables */
  number: number;
  /** the table's indicator rows, in row order */
  indicators: IndicatorRow[];
  /** B/A in percent, as recomputed (the fragment's comes from its cost indicator) */
  rate: number | null;
  /** the rate as printed, or null where the table prints none */
  ratePrinted: number | null;
  /** spent less than budgeted (recomputed rate below 100 %): the pipeline ranks it (`shortfall_rank`) */
  shortfall: boolean;
  /** the cost indicator's reason first, then the other rows' reasons (identical reasons merged) */
  reasons: Reason[];
  /** every audit finding on the table's lines, could-not-check included */
  findings: Finding[];
  /** findings of the execution-rate, funds-score and total-score rules */
  rateFindings: Finding[];
  fundsFindings: Finding[];
  totalFindings: Finding[];
  /** the printed total differs from the funds score plus the indicator scores (the pipeline's `total_score_diff`) */
  totalDiffers: boolean;
  /** every report line the table and its rows were read from */
  lines: number[];
}

/** The cost indicator (成本指标) row: the one that restates the budget and what was spent. */
export function costIndicator(indicators: readonly IndicatorRow[]): IndicatorRow | undefined {
  return indicators.find((i) => i.level2_zh === '成本指标');
}

/**
 * The reasons a table gives, cost indicator first; rows giving the same text are merged.
 * @example reasonsOf(rows)[0] // { text: '受机构改革因素影响…', rows: [14], cost: true, … }
 */
export function reasonsOf(indicators: readonly IndicatorRow[]): Reason[] {
  const cost = costIndicator(indicators);
  const ordered = [...indicators].sort((a, b) => Number(b === cost) - Number(a === cost) || a.row - b.row);
  const byText = new Map<string, Reason>();
  for (const row of ordered) {
    const text = row.reason_zh?.trim();
    if (!text) continue;
    const seen = byText.get(text);
    if (seen) {
      seen.rows.push(row.row);
      seen.source_lines = [...new Set([...seen.source_lines, ...row.source_lines])].sort((a, b) => a - b);
      if (row.source_lines[0] !== undefined) seen.row_lines.push(row.source_lines[0]);
    } else {
      byText.set(text, {
        text,
        rows: [row.row],
        source_lines: [...row.source_lines],
        row_lines: row.source_lines.slice(0, 1),
        cost: row === cost,
      });
    }
  }
  return [...byText.values()];
}

/**
 * Facts about every table, in report order.
 * @param findings the audit's findings (all of them; each table keeps those on its own lines)
 */
export function projectFacts(
  projects: readonly ProjectRow[],
  indicators: readonly IndicatorRow[],
  findings: readonly Finding[],
): ProjectFacts[] {
  const slugs = new Set(projects.map((p) => p.slug));
  for (const row of indicators) {
    if (!slugs.has(row.project_slug))
      throw new Error(`projectFacts: indicator row ${row.row} names unknown project ${row.project_slug}`);
  }
  return projects.map((project, i) => {
    const rows = indicators.filter((r) => r.project_slug === project.slug).sort((a, b) => a.row - b.row);
    const lines = [...new Set([...project.source_lines, ...rows.flatMap((r) => r.source_lines)])].sort((a, b) => a - b);
    const lineSet = new Set(lines);
    const onTable = findings.filter((f) => f.source_lines.some((n) => lineSet.has(n)));
    const rate = project.exec_rate_pct_recomputed;
    return {
      project,
      number: i + 1,
      indicators: rows,
      rate,
      ratePrinted: project.exec_rate_pct,
      shortfall: project.shortfall_rank !== null,
      reasons: reasonsOf(rows),
      findings: onTable,
      rateFindings: onTable.filter((f) => f.rule === 'project-exec-rate'),
      fundsFindings: onTable.filter((f) => f.rule === 'project-funds-score'),
      totalFindings: onTable.filter((f) => f.rule === 'project-total-score'),
      totalDiffers: (project.total_score_diff ?? 0) > 0,
      lines,
    };
  });
}

/**
 * The project's name in `locale`, or `untitled` for the table that lost its header; English falls back to
 * the Chinese name where the glossary has none.
 */
export function projectName(
  project: Pick<ProjectRow, 'name_zh' | 'name_en'>,
  locale: Locale,
  untitled: string,
): string {
  if (locale === 'en') return project.name_en ?? project.name_zh ?? untitled;
  return project.name_zh ?? untitled;
}

/**
 * The finding message in `locale`. The English messages name projects by slug
 * (`big-data-aggregation-platform-phase-2: execution rate: …`); given `names` (slug → name) they read with the
 * project's name instead. English messages give a Chinese indicator name in English, the Chinese beside it.
 */
export function findingMessage(finding: Finding, locale: Locale, names?: ReadonlyMap<string, string>): string {
  if (locale === 'zh') return finding.message_zh;
  const message = englishNames(finding.message_en);
  if (!names) return message;
  // longest slugs first, so that no slug is replaced inside a longer one
  const slugs = [...names.keys()].sort((a, b) => b.length - a.length);
  const quoted = (name: string) => (/^[“"]/.test(name) ? name : `“${name}”`);
  return slugs.reduce((text, slug) => text.split(slug).join(quoted(names.get(slug)!)), message);
}

/** The finding message without its closing full stop, for a list of links joined by separators. */
export function findingLinkText(finding: Finding, locale: Locale, names?: ReadonlyMap<string, string>): string {
  return findingMessage(finding, locale, names).replace(/[。.]\s*$/, '');
}

/** The first report line of each table: a compact citation for a chart drawn from all of them. */
export function tableStarts(facts: readonly ProjectFacts[]): number[] {
  return facts.map((f) => f.lines[0]!).sort((a, b) => a - b);
}
