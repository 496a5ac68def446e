/**
 * What search finds, as records made from the chart registry and data/derived (never from built HTML): every
 * section of the site, every chart (title, subtitle, text alternative), every project, every finding of the
 * arithmetic check, every glossary term (the report's own and ours, src/lib/terms.ts) and — on the Chinese site —
 * every line of the report. Each record
 * links to the exact place: a chart's anchor, a finding's anchor, a report line (`/report/#L49`).
 * src/pages/pagefind/[...file].ts indexes them with Pagefind.
 */
import { chart, chartDefinitions } from '../charts/registry';
import { data, findingAnchor } from './data';
import { lineAnchor, localePath, t, type Locale } from './i18n';
import { SECTIONS } from './sections';
import { glossaryTerms, termHref } from './terms';

export interface SearchRecord {
  /** the result's address, base path included */
  url: string;
  /** what is searched */
  content: string;
  /** Pagefind's language code: one index per language */
  language: 'zh' | 'en';
  meta: {
    title: string;
    /** what kind of result: 页面/page, 图表/chart, 项目/project, 核算/finding, 名词/term, 原文/report line */
    kind: string;
  };
}

type Kind = 'page' | 'chart' | 'project' | 'finding' | 'term' | 'line';

/** Every record of `locale`'s site. @param base the site's base path, e.g. `/` or `/fengtai/` */
export function searchRecords(locale: Locale, base: string): SearchRecord[] {
  const href = (route: string) => localePath(locale, route, base);
  const en = locale === 'en';
  const kind = (k: Kind) => t(locale, `search.kind.${k}`);
  const record = (url: string, title: string, k: Kind, ...content: (string | null | undefined)[]): SearchRecord => ({
    url,
    language: locale,
    meta: { title, kind: kind(k) },
    // a report line is found by its text, not by the words “line 49”
    content: [k === 'line' ? null : title, ...content].filter(Boolean).join('\n'),
  });
  const pages = [
    ...SECTIONS.map((s) => record(href(s.route), t(locale, s.key), 'page', t(locale, 'site.title'))),
    record(href('/glossary/'), t(locale, 'footer.glossary'), 'page', t(locale, 'site.title')),
  ];
  const charts = chartDefinitions().map(({ id }) => {
    const c = chart(id, locale);
    return record(href(`${c.route}#${c.id}`), c.title, 'chart', c.subtitle, c.alt);
  });
  const projects = data.projects.map((p) =>
    record(
      href(`/projects/${p.slug}/`),
      (en ? p.name_en : null) ?? p.name_zh ?? p.slug,
      'project',
      // the Chinese name is searched on the English site too: readers paste it from the report
      en ? p.name_zh : p.name_en,
      en ? null : p.goal_zh,
      en ? null : p.outcome_zh,
    ),
  );
  const findings = data.findings.findings.map((f) =>
    record(
      href(`/audit/#${findingAnchor(f.id)}`),
      en ? f.message_en : f.message_zh,
      'finding',
      f.claim,
      en ? null : f.quote,
    ),
  );
  // every glossary term, found by its name in either language and by its definition, links to its entry
  const terms = glossaryTerms().map((term) =>
    record(
      termHref(term, locale, base),
      en ? term.en : term.zh,
      'term',
      en ? term.zh : term.en,
      term.definition[locale],
    ),
  );
  // the report is Chinese: its lines are searched on the Chinese site, each a result linking to its line
  const lines = en
    ? []
    : data.reportLines
        .filter((l) => l.text.trim().length > 1)
        .map((l) =>
          record(href(`/report/#${lineAnchor(l.n)}`), t(locale, 'chart.line', { n: l.n }), 'line', l.text.trim()),
        );
  return [...pages, ...charts, ...projects, ...findings, ...terms, ...lines];
}
