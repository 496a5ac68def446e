/**
 * Which of a chart's shown figures the audit disputes: computed once, from the data table's rows (each names the
 * figures its columns show, src/charts/figure-refs.ts) and the verdicts the pipeline wrote beside them
 * (`figureVerdict`, src/lib/data.ts). The registry attaches the list to every chart (`ChartSpec.disputed`), and
 * everything that says a chart shows a disputed figure reads it: the mark in the SVG, the embed's footer line, the
 * standalone SVG's caption, the citation and the briefing slide's footnote. A column that shows a recomputed value
 * is left out, as in the data table: the dispute is about the printed figure.
 */
import { data, figureVerdict, findingAnchor } from '../lib/data';
import { absoluteUrl, localePath, t, type Locale } from '../lib/i18n';
import type { TableRow } from './chart-spec';

/** One finding a chart's shown figures are in conflict with. */
export interface Disputed {
  /** the finding's id in findings.json */
  finding: string;
  /** its anchor on /audit/ (`finding-…`) */
  anchor: string;
  /** a short text naming the finding: its claim in Chinese, its message's first sentence in English */
  text: string;
  /** the indexes of the rows showing a figure it disputes, in order */
  rows: readonly number[];
}

/** The columns of `row` whose printed figure is in conflict, with the findings (first listed first). */
export function conflictsIn(row: TableRow): { column: string; findings: string[] }[] {
  return Object.entries(row.figures ?? {}).flatMap(([column, ref]) => {
    if (row.recomputedColumns?.includes(column) || row[column] === null || row[column] === undefined) return [];
    const verdict = figureVerdict(ref);
    return verdict?.status === 'conflict' ? [{ column, findings: verdict.finding_ids.split(' ') }] : [];
  });
}

/**
 * Whether a data-table row shows a disputed figure in one of `columns` (what a chart marks "≠" on the row's mark;
 * disputedOf lists the same rows).
 */
export function isDisputed(row: TableRow, columns: readonly string[]): boolean {
  return conflictsIn(row).some((c) => columns.includes(c.column));
}

const HAN = /\p{Script=Han}/u;

/**
 * A finding's short text: its claim (zh); the first sentence of its English message (en), without the Chinese it
 * quotes (a citation, a file's caption and a textarea cannot mark a run of Chinese as such): a parenthesis or a
 * quotation of Chinese is left out, and where Chinese remains the text stops at its first colon or parenthesis.
 * @example disputeText('spending-growth/6ddeb059', 'en') // '“Applied research”: growth against the initial budget'
 */
export function disputeText(id: string, locale: Locale): string {
  const finding = data.findings.findings.find((f) => f.id === id);
  if (!finding) throw new Error(`disputeText: no finding ${id}`);
  if (locale === 'zh') return finding.claim;
  const text = finding.message_en
    .split(/(?<=[.])\s/)[0]!
    .replace(/[.]$/, '')
    .replace(/\s*\([^()]*\p{Script=Han}[^()]*\)/gu, '')
    .replace(/\s*“[^”]*\p{Script=Han}[^”]*”/gu, '');
  return HAN.test(text) ? text.split(/[:(]/)[0]!.trim() : text;
}

/**
 * The findings a chart's shown figures are in conflict with, in the order their rows come; only the columns the
 * table shows (`columns`) count.
 * @example disputedOf(spec.rows, spec.columns.map((c) => c.key), 'zh')[0].anchor // 'finding-subcategory-sum-f1ec4402'
 */
export function disputedOf(rows: readonly TableRow[], columns: readonly string[], locale: Locale): Disputed[] {
  const found = new Map<string, number[]>();
  rows.forEach((row, i) => {
    for (const c of conflictsIn(row).filter((x) => columns.includes(x.column))) {
      for (const id of c.findings) {
        const list = found.get(id) ?? [];
        if (!list.includes(i)) list.push(i);
        found.set(id, list);
      }
    }
  });
  return [...found].map(([finding, list]) => ({
    finding,
    anchor: findingAnchor(finding),
    text: disputeText(finding, locale),
    rows: list,
  }));
}

/** The annotation a disputed mark carries in the SVG: `≠ 见核算`, `≠ see audit`. */
export const disputeLabel = (locale: Locale) => t(locale, 'chart.disputeMark');

/**
 * A finding's place on /audit/ for text that leaves the site (a file, a citation): absolute when the build knows
 * its host (SITE_URL), else from the site's root.
 */
export function disputeUrl(anchor: string, locale: Locale): string {
  return absoluteUrl(disputePath(anchor, locale), import.meta.env.SITE as string | undefined);
}

/** A finding's place on /audit/, from the site's root (under the base path). */
export const disputePath = (anchor: string, locale: Locale) => localePath(locale, `/audit/#${anchor}`);

/**
 * The line a standalone file of the chart shows under it when the chart has a disputed figure: what is disputed
 * and where the finding is (`≠ 报告中此图的某个数字对不上：“应用研究”比年初预算的增长率（/audit/#finding-…）`); null
 * without one.
 */
export function disputeCaption(disputed: readonly Disputed[], locale: Locale): string | null {
  if (disputed.length === 0) return null;
  const open = locale === 'zh' ? '（' : ' (';
  const close = locale === 'zh' ? '）' : ')';
  const list = disputed.map((d) => `${d.text}${open}${disputeUrl(d.anchor, locale)}${close}`);
  return t(locale, 'chart.disputeCaption', { list: list.join(t(locale, 'chart.disputeSeparator')) });
}
