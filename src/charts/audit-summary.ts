/**
 * /audit/: the checks that failed or could not run (findings.json), counted by the section of the report they are
 * about (the section heading above a finding's first line) and by severity, at the top of the page.
 */
import { SEVERITIES } from '../lib/audit-groups';
import { groupedBars, type GroupedBarCell } from '../lib/charts/grouped-bars';
import { data } from '../lib/data';
import { formatNumber } from '../lib/format';
import type { Column } from '../lib/format-cell';
import type { Locale } from '../lib/i18n';
import { renderWideAndNarrow } from '../lib/render-plot';
import { reportContents, sectionsFor } from '../lib/report-contents';
import { translation } from '../lib/translations';
import { w } from '../lib/words/audit';
import type { ChartDefinition, ChartSpec, TableRow } from './chart-spec';
import type { Finding, Severity } from '../../contract/files';

const id = 'audit-summary';
const route = '/audit/';

const COLORS: Record<Severity, string> = {
  high: 'var(--c2)',
  medium: 'var(--c5)',
  low: 'var(--c1)',
  'could-not-check': 'var(--c-neutral)',
};

/** The report section a finding is about: the heading above its first line (null before any section). */
export function findingSection(finding: Finding): { n: number; text: string } | null {
  return sectionsFor(finding.source_lines.slice(0, 1), data.reportBlocks)[0] ?? null;
}

/** The findings by section, sections in report order, each with its count per severity. */
export function findingsBySection(): { n: number; text: string; counts: Record<Severity, number>; total: number }[] {
  const sections = new Map<number, { n: number; text: string; counts: Record<Severity, number>; total: number }>();
  for (const f of data.findings.findings) {
    const section = findingSection(f) ?? { n: 0, text: '' };
    const entry = sections.get(section.n) ?? {
      ...section,
      counts: Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>,
      total: 0,
    };
    entry.counts[f.severity] += 1;
    entry.total += 1;
    sections.set(section.n, entry);
  }
  return [...sections.values()].sort((a, b) => a.n - b.n);
}

/**
 * A section's name in `locale`, after its part's (sections are numbered afresh in each part): `第一部分 四、…` as
 * printed (zh), `Part 1, 4. …` in our translation (en).
 */
function sectionName(n: number, text: string, locale: Locale): string {
  if (text === '') return w(locale, 'summaryChart.col.section');
  const parts = reportContents(data.reportBlocks);
  const index = parts.findIndex((p) => p.sections.some((s) => s.n === n));
  const part = parts[index];
  const name = locale === 'zh' ? text : (translation('section', text) ?? text);
  if (!part || part.n === 0) return name;
  const zhPart = /^第.+?部分/.exec(part.text)?.[0];
  return locale === 'zh'
    ? `${zhPart ?? ''} ${name}`.trim()
    : w(locale, 'summaryChart.inPart', { part: String(index + 1), section: name });
}

const colKey = (s: Severity) => s.replace(/-/g, '_');

function build(locale: Locale): ChartSpec {
  const sections = findingsBySection();
  const severity = (s: Severity) => w(locale, `severity.${s}`);
  const cells: GroupedBarCell[] = sections.flatMap((section) =>
    SEVERITIES.map((s) => ({
      group: String(section.n),
      series: s,
      count: section.counts[s],
      tip: w(locale, 'summaryChart.tip', {
        section: sectionName(section.n, section.text, locale),
        severity: severity(s),
        n: formatNumber(section.counts[s], locale),
      }),
    })),
  );
  const options = {
    chart: id,
    groups: sections.map((s) => ({ key: String(s.n), label: sectionName(s.n, s.text, locale) })),
    series: SEVERITIES.map((s) => ({ key: s, label: severity(s), color: COLORS[s] })),
  };
  const total = data.findings.findings.length;
  const top = [...sections].sort((a, b) => b.total - a.total || a.n - b.n)[0]!;
  const ariaLabel = w(locale, 'summaryChart.aria');
  const columns: Column[] = [
    { key: 'section', label: w(locale, 'summaryChart.col.section') },
    ...SEVERITIES.map((s): Column => ({ key: colKey(s), label: severity(s), kind: 'number' })),
    { key: 'total', label: w(locale, 'summaryChart.col.total'), kind: 'number' },
  ];
  const rows: TableRow[] = sections.map((s) => ({
    section: sectionName(s.n, s.text, locale),
    ...Object.fromEntries(SEVERITIES.map((sev) => [colKey(sev), s.counts[sev]])),
    total: s.total,
    source_lines: s.n > 0 ? [s.n] : [],
  }));
  return {
    id,
    locale,
    route,
    title: w(locale, 'summaryChart.title', {
      n: formatNumber(total, locale),
      top: formatNumber(top.total, locale),
      section: sectionName(top.n, top.text, locale),
    }),
    subtitle: w(locale, 'summaryChart.subtitle'),
    ...renderWideAndNarrow((width) => groupedBars(cells, { ...options, width }), { id, ariaLabel }),
    alt: w(locale, 'summaryChart.alt', {
      n: formatNumber(total, locale),
      list: sections
        .map((s) =>
          w(locale, 'summaryChart.altSection', {
            section: sectionName(s.n, s.text, locale),
            counts: SEVERITIES.filter((sev) => s.counts[sev] > 0)
              .map((sev) =>
                w(locale, 'summaryChart.altCount', { severity: severity(sev), n: formatNumber(s.counts[sev], locale) }),
              )
              .join(locale === 'zh' ? '、' : ', '),
          }),
        )
        .join(w(locale, 'summaryChart.altSeparator')),
    }),
    sourceLines: sections.filter((s) => s.n > 0).map((s) => s.n),
    columns,
    rows,
  };
}

/** The chart, when the check has any finding. */
export function auditSummaryCharts(): ChartDefinition[] {
  return data.findings.findings.length > 0 ? [{ id, route, build }] : [];
}
