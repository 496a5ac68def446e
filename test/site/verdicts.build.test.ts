/**
 * Every number carries its verdict, on the built site (dist/, or DIST_DIR; built first if missing): a chart that
 * shows a figure the audit disputes marks it in its SVGs, says so under its embed (linking each finding), in its
 * citation, its standalone SVG and its briefing slide — and a chart without one carries none of these; a figure
 * in conflict in a lede or key figure is marked "≠" with words and a link; /audit/ counts the findings by section
 * and severity in a chart, and lists under each finding the charts and project pages that show its figures, each
 * link landing on an element of the built page. The disputed cells are found here from findings.json (a shown
 * printed figure a failed check names), not from the site's own computation.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, test } from 'vitest';
import findingsFile from '../../data/derived/findings.json';
import projectsFile from '../../data/derived/projects.json';
import type { FigureRef } from '../../contract/files';
import type { ChartSpec } from '../../src/charts/chart-spec';
import { chart, chartDefinitions } from '../../src/charts/registry';
import { findingAnchor } from '../../src/lib/data';
import { dist, ensureBuilt } from '../browser/helpers';

beforeAll(() => ensureBuilt(), 600_000);

const findings = findingsFile.findings;
const failed = findings.filter((f) => f.severity !== 'could-not-check');
const same = (a: FigureRef, b: FigureRef) => a.table === b.table && a.row === b.row && a.column === b.column;
const all = chartDefinitions().flatMap((d) => (['zh', 'en'] as const).map((locale) => chart(d.id, locale)));
const prefix = (locale: string) => (locale === 'en' ? 'en/' : '');

const pages = new Map<string, Document>();
/** The built page at a site path (`spending/`, `en/audit/`), parsed once. */
function page(path: string): Document {
  const file = join(dist, path.replace(/^\//, ''), 'index.html');
  if (!pages.has(file)) pages.set(file, parseHTML(readFileSync(file, 'utf8')).document);
  return pages.get(file)!;
}
const routePage = (spec: ChartSpec) => page(`${prefix(spec.locale)}${spec.route.replace(/^\//, '')}`);

/** The finding anchors a chart's shown printed figures are disputed by, in row order. */
function disputedAnchors(spec: ChartSpec): string[] {
  const ids: string[] = [];
  for (const row of spec.rows)
    for (const c of spec.columns.slice(1)) {
      const ref = row.figures?.[c.key];
      if (!ref || row.recomputedColumns?.includes(c.key) || row[c.key] === null || row[c.key] === undefined) continue;
      for (const f of failed) if (f.figures.some((g) => same(g, ref)) && !ids.includes(f.id)) ids.push(f.id);
    }
  return ids.map(findingAnchor);
}

const hash = (href: string | null) => (href ?? '').replace(/^[^#]*/, '');
/** Whether a site link (`/en/projects/x/#id`, `/audit/#finding-…`) lands on a built page, and on its element. */
function resolves(href: string): boolean {
  const [path, id] = href.split('#') as [string, string | undefined];
  if (!existsSync(join(dist, path!.replace(/^\//, ''), 'index.html'))) return false;
  return !id || page(path!).getElementById(id) !== null;
}

const disputed = all.filter((c) => disputedAnchors(c).length > 0);

describe('a chart with a disputed figure says so wherever it goes', () => {
  test('some charts show disputed figures, and some do not', () => {
    expect(disputed.length).toBeGreaterThanOrEqual(16);
    expect(all.length - disputed.length).toBeGreaterThan(40);
  });

  test.each(all.map((c) => [`${c.id} (${c.locale})`, c] as const))('%s', (_, spec) => {
    const anchors = disputedAnchors(spec);
    const is = anchors.length > 0;
    // on its page: "≠" in the SVGs (wide and narrow), and the text alternative says what it means
    const figure = routePage(spec).getElementById(spec.id)!;
    expect(figure, `#${spec.id} on ${spec.route}`).not.toBeNull();
    const svgs = [...figure.querySelectorAll('.chart-graphic svg')];
    expect(svgs.length).toBe(spec.svgNarrow ? 2 : 1);
    for (const svg of svgs) {
      const text = [...svg.querySelectorAll('text')].map((t) => t.textContent).join(' ');
      expect(text.includes('≠'), `${svg.getAttribute('id')} marks`).toBe(is);
    }
    const alt = figure.querySelector(`#${spec.id}-alt`)!.textContent!;
    expect(alt.includes('≠'), 'the text alternative explains the mark').toBe(is);

    // its embed: a line under the source linking each finding on /audit/, opening a new tab
    const embed = page(`${prefix(spec.locale)}embed/${spec.id}/`);
    const line = embed.querySelector('.chart-dispute');
    expect(line !== null, 'embed footer line').toBe(is);
    if (line) {
      expect(line.previousElementSibling?.className, 'right under the source line').toBe('chart-source');
      const links = [...line.querySelectorAll('a')];
      expect(links.map((a) => hash(a.getAttribute('href')))).toEqual(anchors.map((a) => `#${a}`));
      for (const a of links) {
        expect(a.getAttribute('target')).toBe('_blank');
        expect(resolves(a.getAttribute('href')!), a.getAttribute('href')!).toBe(true);
      }
    }

    // its citation (the share control's template) names each finding's place
    const cite = figure.querySelector('[data-cite-template]')!.getAttribute('data-cite-template')!;
    for (const a of anchors) expect(cite).toContain(`/audit/#${a}`);
    expect(cite.includes('/audit/#'), 'citation mentions the check').toBe(is);

    // its standalone SVG (and the PNG drawn from it): a caption line with each finding's place
    const file = readFileSync(join(dist, prefix(spec.locale), 'charts', `${spec.id}.svg`), 'utf8');
    const caption = [...file.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join('');
    for (const a of anchors) expect(caption).toContain(`#${a}`);
    expect(caption.includes('/audit/#'), 'standalone caption').toBe(is);
  });

  test('a briefing slide of a disputed chart has a footnote linking its findings; other slides have none', () => {
    for (const locale of ['zh', 'en'] as const) {
      const deck = page(`${prefix(locale)}briefing/`);
      const slides = [...deck.querySelectorAll('section.slide')];
      let footnotes = 0;
      for (const slide of slides) {
        const chartLink = [...slide.querySelectorAll('.slide-source a')].find((a) =>
          /#[a-z]/.test(a.getAttribute('href') ?? ''),
        );
        const id = hash(chartLink?.getAttribute('href') ?? null).slice(1);
        const anchors = id ? disputedAnchors(chart(id, locale)) : [];
        const note = slide.querySelector('.slide-dispute');
        expect(note !== null, `${slide.id} (${id || 'no chart'})`).toBe(anchors.length > 0);
        if (!note) continue;
        footnotes++;
        expect(note.textContent!.startsWith('≠')).toBe(true);
        expect([...note.querySelectorAll('a')].map((a) => hash(a.getAttribute('href')))).toEqual(
          anchors.map((a) => `#${a}`),
        );
      }
      expect(footnotes, locale).toBeGreaterThan(0);
    }
  });
});

describe('figures in ledes and key figures', () => {
  const slugs = projectsFile.map((p) => p.slug);
  const status = (p: Record<string, unknown>, column: string) => p[`${column}_audit_status`];

  test('a project page marks each disputed figure of its key facts with "≠", words and a link', () => {
    let marked = 0;
    for (const locale of ['zh', 'en'] as const)
      for (const p of projectsFile as Record<string, unknown>[]) {
        const doc = page(`${prefix(locale)}projects/${p.slug as string}/`);
        const marks = [...doc.querySelectorAll('.facts .conflict-mark')];
        // the figures the facts show as printed: budget, executed, funds score, total; the printed rate where it
        // differs from the recomputed one
        const shown = ['budget_wan', 'executed_wan', 'funds_score', 'total_score'].filter(
          (c) => p[c] !== null && status(p, c) === 'conflict',
        );
        const rate = p.exec_rate_printed !== null && status(p, 'exec_rate_pct') === 'conflict' ? 1 : 0;
        expect(marks.length, `${p.slug as string} (${locale})`).toBe(shown.length + rate);
        for (const m of marks) {
          expect(m.textContent!.startsWith('≠')).toBe(true);
          expect(m.querySelector('.visually-hidden')?.textContent?.length).toBeGreaterThan(5);
          const href = m.getAttribute('href')!;
          expect(resolves(href), href).toBe(true);
          const finding = page(`${prefix(locale)}audit/`).getElementById(hash(href).slice(1));
          expect(finding?.classList.contains('finding')).toBe(true);
        }
        marked += marks.length;
      }
    expect(marked).toBeGreaterThanOrEqual(8);
    expect(slugs.length).toBeGreaterThan(5);
  });

  test('every "≠" outside a data table on /, /spending/ and /projects/ links a finding on /audit/', () => {
    for (const locale of ['zh', 'en'] as const)
      for (const route of ['', 'spending/', 'projects/']) {
        const doc = page(`${prefix(locale)}${route}`);
        for (const m of doc.querySelectorAll('.conflict-mark')) {
          if (m.closest('.data-table')) continue;
          expect(resolves(m.getAttribute('href')!), m.getAttribute('href')!).toBe(true);
        }
      }
  });
});

describe('/audit/', () => {
  const sections = ['high', 'medium', 'low', 'could-not-check'] as const;

  test.each(['zh', 'en'] as const)('(%s) its summary chart counts the findings by severity and section', (locale) => {
    const doc = page(`${prefix(locale)}audit/`);
    const figure = doc.getElementById('audit-summary')!;
    expect(figure, 'the summary chart').not.toBeNull();
    // at the top: before the first finding
    const first = doc.querySelector('article.finding')!;
    expect(figure.compareDocumentPosition(first) & 4, 'before the findings').toBeTruthy();
    const rows = [...figure.querySelectorAll('.data-table tbody tr')].map((tr) =>
      [...tr.children].slice(1, 6).map((c) => Number(c.textContent!.replace(/[^\d]/g, ''))),
    );
    sections.forEach((s, i) =>
      expect(
        rows.reduce((sum, r) => sum + r[i]!, 0),
        s,
      ).toBe(findings.filter((f) => f.severity === s).length),
    );
    expect(rows.reduce((sum, r) => sum + r[4]!, 0)).toBe(findings.length);
    for (const r of rows) expect(r[4]).toBe(r[0]! + r[1]! + r[2]! + r[3]!);
    // the values are written on the chart: each non-zero count as a text of the SVG
    const texts = [...figure.querySelectorAll('.chart-graphic--wide svg text')].map((t) => t.textContent!.trim());
    const counts = rows.flatMap((r) => r.slice(0, 4)).filter((n) => n > 0);
    expect(texts.filter((t) => /^\d+$/.test(t)).map(Number)).toEqual(counts);
  });

  test.each(['zh', 'en'] as const)(
    '(%s) each finding links every chart and project page showing its figures',
    (locale) => {
      const doc = page(`${prefix(locale)}audit/`);
      let links = 0;
      for (const f of findings) {
        const card = doc.getElementById(findingAnchor(f.id))!;
        expect(card, f.id).not.toBeNull();
        // expected: the charts whose data table shows one of its figures (a column its rows' figures name),
        // then the project pages its figures belong to
        const charts = all
          .filter((c) => c.locale === locale)
          .filter((c) =>
            c.rows.some((r) =>
              c.columns.some((col) => {
                const ref = r.figures?.[col.key];
                return ref !== undefined && f.figures.some((g) => same(g, ref));
              }),
            ),
          )
          .map((c) => `/${prefix(locale)}${c.route.replace(/^\//, '')}#${c.id}`);
        const projects = projectsFile
          .filter((p) =>
            f.figures.some(
              (g) =>
                (g.table === 'projects' && g.row === p.slug) ||
                (g.table === 'indicators' && g.row.startsWith(`${p.slug}/`)),
            ),
          )
          .map((p) => `/${prefix(locale)}projects/${p.slug}/`);
        const found = [...card.querySelectorAll('.finding-places a')].map((a) => a.getAttribute('href')!);
        expect(found, f.id).toEqual([...charts, ...projects]);
        for (const href of found) expect(resolves(href), `${f.id} → ${href}`).toBe(true);
        links += found.length;
      }
      expect(links).toBeGreaterThan(findings.filter((f) => f.figures.length > 0).length);
      // the findings whose figures no chart or project page shows (the fund's employment growth rates, the
      // evaluation's share of spending, which only /audit/ and /data/ give) have none; every other finding that
      // names a figure is listed somewhere
      const unshown = findings.filter(
        (f) => f.figures.length > 0 && !doc.getElementById(findingAnchor(f.id))!.querySelector('.finding-places a'),
      );
      expect(unshown.map((f) => f.id)).toEqual([
        'incubation-employment/graduates',
        'incubation-employment/jobs',
        'evaluation-share/share',
      ]);
    },
  );
});
