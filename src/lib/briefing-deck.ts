import zhWords from '../i18n/pages/briefing.zh.json';
import enWords from '../i18n/pages/briefing.en.json';
import briefingReasonsEn from '../i18n/pages/projects.reasons.en.json';
import { briefingFacts } from './pages/briefing-facts';
import { chart } from '../charts/registry';
import { briefingBars, type LegendSwatch } from './charts/briefing-bars';
import { figureHtml } from './figure';
import { escapeHtml, fillHtml, linkHtml } from './html';
import { countWords, formatAmount, formatNumber, formatPercent, printedScore } from './format';
import { lineHref, localePath, pageWords, t, type Locale } from './i18n';
import { renderPlot } from './render-plot';
import { reasonTranslation } from './charts/spending-rows';
import { findingMessage } from './project-facts';
import { zhHtml as markZh } from './zh-marks';
import { qrCodeSvg } from './briefing-qr';
import { reportFormation } from './subject';
import { data } from './data';

/**
 * Our English translation of a reason the report gives, keyed by its Chinese text (the spending page's
 * spending.reasons.en.json, then projects.reasons.en.json; reasonTranslation in src/lib/charts/spending-rows.ts):
 * null when there is none, so a changed report shows up as a missing translation.
 */
export function briefingReasonEn(reasonZh: string): string | null {
  return reasonTranslation(reasonZh, briefingReasonsEn);
}

/** the most serious findings slide 9 lists: four fit under its title at 1280×720 with their explanations */
const SLIDE_FINDINGS = 4;

export interface BriefingDeckOptions {
  /** the site's address as readers type it: the absolute URL when the build knows its host, else the path */
  address?: string;
  /** the site's URL (SITE_URL): each chart slide then carries a QR code of its chart's page; none without it */
  site?: URL | string;
}

/**
 * The briefing deck's slides for one locale: a key figure or a chart per slide, each figure linked to its report
 * line, speaker notes from the report's own explanations. HTML fragments are built here, escaped, so the
 * component only places them.
 */
export function briefingDeck(locale: Locale, { address, site }: BriefingDeckOptions = {}) {
  const w = pageWords(zhWords, enWords);
  const tpl = (key: keyof typeof zhWords) => w.template(locale, key);
  const f = briefingFacts();
  const name = (row: { name_zh: string | null; name_en?: string | null }) =>
    (locale === 'zh' ? row.name_zh : (row.name_en ?? row.name_zh)) ?? w(locale, 'untitled');
  const amount = (wan: number, lines: readonly number[]) => figureHtml({ locale, wan, lines, cite: true });
  const pct = (value: number, lines: readonly number[]) =>
    figureHtml({ locale, text: formatPercent(value, locale), lines, cite: true });
  const link = (route: string, text: string) => linkHtml(localePath(locale, route), text);
  const sourceLine = (lines: readonly number[], chartHref?: string) => {
    const sorted = [...new Set(lines)].sort((a, b) => a - b);
    const list = sorted.slice(0, 8);
    const links = list.map((n) => linkHtml(lineHref(locale, n), String(n)));
    const more = sorted.length > list.length;
    // English: “lines 52 and 58”, “lines 52, 58 and 61” (a cut list ends “…” instead)
    const joined =
      locale === 'en' && links.length > 1 && !more
        ? `${links.slice(0, -1).join(t(locale, 'chart.listSeparator'))} and ${links[links.length - 1]}`
        : links.join(t(locale, 'chart.listSeparator')) + (more ? '…' : '');
    const source = fillHtml(tpl(links.length > 1 ? 'sourceMany' : 'source'), { lines: joined });
    return chartHref ? `${source} · ${linkHtml(chartHref, w(locale, 'chartOnSite'))}` : source;
  };
  // a Chinese text inside English words is marked as Chinese (screen readers, fonts, the notes check)
  const zhHtml = (text: string) => (locale === 'zh' ? escapeHtml(text) : `<span lang="zh">${escapeHtml(text)}</span>`);
  const nameHtml = (row: { name_zh: string | null; name_en?: string | null }) =>
    locale === 'en' && row.name_en
      ? escapeHtml(row.name_en)
      : row.name_zh
        ? zhHtml(row.name_zh)
        : escapeHtml(name(row));
  // a reason as the report gives it; in English the Chinese quoted beside our translation
  const reasonHtml = (zh: string) => {
    if (locale === 'zh') return escapeHtml(zh);
    const en = briefingReasonEn(zh);
    return fillHtml(tpl(en ? 'reason' : 'reasonUntranslated'), {
      zh: `<q lang="zh">${escapeHtml(zh)}</q>`,
      en: escapeHtml(en ?? ''),
    });
  };
  /**
   * The incubation slide's note, from the employment figures the evaluation cites (data, not ours): the growth rates
   * it prints and whether the figures it cites give them (the audit's verdict), else what the slide shows.
   */
  const employmentNote = () => {
    const rates = data.incubationEmployment.flatMap((r) => [
      ...(r.jobs_growth_pct === null
        ? []
        : [{ printed: r.jobs_growth_pct, ours: r.jobs_growth_pct_recomputed, status: r.jobs_growth_pct_audit_status }]),
      ...(r.graduates_growth_pct === null
        ? []
        : [
            {
              printed: r.graduates_growth_pct,
              ours: r.graduates_growth_pct_recomputed,
              status: r.graduates_growth_pct_audit_status,
            },
          ]),
    ]);
    if (!rates.length) return w(locale, 's8.notesNone');
    const list = (values: (number | null)[]) =>
      values
        // as many decimals as the value has (the report prints −96%; the recomputed has two)
        .map((v) => (v === null ? '—' : formatPercent(v, locale, { digits: (String(v).split('.')[1] ?? '').length })))
        .join(t(locale, 'chart.listSeparator'));
    const conflict = rates.some((r) => r.status === 'conflict');
    return w(locale, conflict ? 's8.notes' : 's8.notesMatch', {
      printed: list(rates.map((r) => r.printed)),
      recomputed: list(rates.map((r) => r.ours)),
    });
  };
  // “items: reason”, the items listed up to three
  const itemsReasonHtml = (items: string[], reason: string) => {
    items = [...new Set(items)]; // two indicators of one kind in one project are one item
    const shown = items.slice(0, 3).join(escapeHtml(t(locale, 'chart.listSeparator')));
    const more =
      items.length > 3 ? escapeHtml(w(locale, 'andMore', { n: formatNumber(items.length - 3, locale) })) : '';
    return fillHtml(tpl('itemReason'), { items: `<strong>${shown}${more}</strong>`, reason: reasonHtml(reason) });
  };
  const footer = fillHtml(tpl('footer'), {
    site: address ? linkHtml(address, address) : '',
    report: linkHtml(lineHref(locale, 1), w(locale, 'footerReport')),
  });
  // a chart of the site on a slide: its bars, legend and source lines come from the chart registry, and the
  // source line links the chart's page; a footnote names the findings its figures are disputed by
  const fromChart = (chartId: string) => {
    const c = chart(chartId, locale);
    if (!c.slide) throw new Error(`briefing: the chart ${chartId} has no slide`);
    const chartHref = localePath(locale, `${c.route}#${c.id}`);
    const disputed = c.disputed ?? [];
    const list = disputed
      // one line under the chart: in English, each finding named by what comes before its colon (the project)
      .map((d) => {
        const text = locale === 'en' ? d.text.split(':')[0]! : d.text;
        return `<a href="${escapeHtml(localePath(locale, `/audit/#${d.anchor}`))}">${markZh(text, locale)}</a>`;
      })
      .join(escapeHtml(t(locale, 'chart.disputeSeparator')));
    return {
      ...(disputed.length ? { dispute: fillHtml(tpl('dispute'), { list }) } : {}),
      chart: renderPlot(briefingBars(c.slide.bars, c.slide.options), { id: `briefing-${chartId}`, ariaLabel: c.alt }),
      legend: c.slide.legend,
      lines: [...c.sourceLines],
      chartHref,
      chartId,
      // a QR code of the chart's page, for a room to scan (only when the build knows the site's address)
      qr: site ? qrCodeSvg(new URL(chartHref, site).href, w(locale, 'qrLabel')) : undefined,
    };
  };

  interface Slide {
    id: string;
    title: string;
    sub?: string;
    figure?: string;
    chart?: string;
    body?: string;
    /** what the chart's colours and lines mean, wherever they encode something */
    legend?: readonly { swatch: LegendSwatch; text: string }[];
    /** the chart's place on the site, for slides that show a chart of the registry */
    chartHref?: string;
    /** the registry id of the chart the slide shows: a custom deck (`?charts=…`) picks slides by it */
    chartId?: string;
    /** the QR code (SVG, escaped) of the chart's page, when the build knows the site's URL */
    qr?: string;
    /** a footnote naming the findings a figure of the chart is disputed by (HTML) */
    dispute?: string;
    /** the site's address and the data's date (first and last slide) */
    footer?: string;
    lines: number[];
    /** HTML, escaped */
    notes: string[];
  }

  const [first, second] = f.categories;
  const st = first!;
  const slides: Slide[] = [
    {
      id: 'title',
      title: escapeHtml(w(locale, 's1.title')),
      sub: escapeHtml(w(locale, 's1.sub')),
      footer,
      lines: [1],
      notes: [escapeHtml(w(locale, 's1.notes'))],
    },
    {
      id: 'spent',
      title: fillHtml(tpl(reportFormation() ? 's2.title' : 's2.titlePlain'), {
        spent: amount(f.spent.amount_wan, f.spent.source_lines),
      }),
      figure: fillHtml(tpl('s2.figure'), { growth: pct(f.spent.growth_pct, f.spent.source_lines) }),
      lines: f.spent.source_lines,
      notes: [fillHtml(tpl('s2.notes'), { reason: f.notes.spent[0] ? reasonHtml(f.notes.spent[0].reason) : '—' })],
    },
    {
      id: 'categories',
      title: fillHtml(tpl('s3.title'), {
        first: escapeHtml(name(st)),
        share: pct(st.share_pct ?? st.share_pct_recomputed, st.source_lines),
      }),
      sub: fillHtml(tpl('s3.sub'), { general: amount(f.general.amount_wan, f.general.source_lines) }),
      ...fromChart('spending-by-category'),
      // the second category and the reason its sub-categories give (data: overviewFacts' secondReason), if one
      notes: [
        fillHtml(tpl(f.secondReason ? 's3.notes' : 's3.notesPlain'), {
          second: escapeHtml(name(second!)),
          secondAmount: escapeHtml(formatAmount(second!.final_wan, locale)),
          reason: f.secondReason ? reasonHtml(f.secondReason) : '',
        }),
      ],
    },
    {
      id: 'budget',
      title: fillHtml(tpl('s4.title'), {
        // beside the numeral of noBudget, English writes the total as a numeral too (“4 of 8”), Chinese in words (八个大类)
        categories: escapeHtml(
          locale === 'zh' ? countWords(f.categories.length, locale) : formatNumber(f.categories.length, locale),
        ),
        noBudget: escapeHtml(formatNumber(f.noBudget.length, locale)),
      }),
      sub: fillHtml(tpl('s4.sub'), {
        budget: amount(f.budgetTotal.value, f.budgetTotal.lines),
        general: amount(f.general.amount_wan, f.general.source_lines),
      }),
      ...fromChart('spending-budget-vs-final'),
      notes: [
        escapeHtml(w(locale, 's4.notes')),
        ...f.notes.budget.slice(0, 4).map((r) => itemsReasonHtml(r.items.map(nameHtml), r.reason)),
      ],
    },
    {
      id: 'procurement',
      title: fillHtml(tpl('s5.title'), { sme: pct(f.sme.share_pct ?? f.sme.share_pct_recomputed, f.sme.source_lines) }),
      sub: fillHtml(tpl('s5.sub'), { total: amount(f.procurementTotal.amount_wan, f.procurementTotal.source_lines) }),
      ...fromChart('procurement-sme-share'),
      notes: [
        escapeHtml(
          w(locale, 's5.notes', { micro: formatPercent(f.micro.share_pct ?? f.micro.share_pct_recomputed, locale) }),
        ),
      ],
    },
    {
      id: 'execution',
      title: escapeHtml(
        w(locale, 's6.title', {
          tables: formatNumber(f.projects.length, locale),
          below: formatNumber(f.below.length, locale),
        }),
      ),
      sub: escapeHtml(w(locale, 's6.sub')),
      ...fromChart('projects-execution'),
      notes: [
        escapeHtml(w(locale, 's6.notes')),
        ...f.notes.execution.map((r) =>
          itemsReasonHtml(
            r.items.map((i) => {
              const project = f.projects.find((p) => p.slug === i.project_slug);
              return fillHtml(tpl('indicatorItem'), {
                project: project ? nameHtml(project) : escapeHtml(i.project_slug),
                indicator:
                  locale === 'en' && i.level2_en ? escapeHtml(i.level2_en) : i.level2_zh ? zhHtml(i.level2_zh) : '',
              });
            }),
            r.reason,
          ),
        ),
      ],
    },
    {
      id: 'scores',
      title: escapeHtml(
        w(locale, f.lowScores === 0 ? 's7.title' : 's7.titleLow', {
          band90: formatNumber(f.bands[0]!.count, locale),
          low: formatNumber(f.lowScores, locale),
        }),
      ),
      sub: escapeHtml(w(locale, 's7.sub')),
      ...fromChart('scores-band-counts'),
      // who evaluated: self-evaluations, and the third-party count the report's summary states
      notes: [
        escapeHtml(
          f.externalCount === 1 && f.incubation.length
            ? w(locale, 's7.notes')
            : w(locale, 's7.notesExternals', { external: formatNumber(f.externalCount, locale) }),
        ),
      ],
    },
    ...(f.incubation.length
      ? [
          {
            id: 'incubation',
            title: fillHtml(tpl('s8.title'), {
              score: figureHtml({
                locale,
                text: printedScore(f.incubation.find((s) => s.dimension === 'total')?.score_printed, locale, {
                  bare: true,
                }),
                lines: f.incubation[0]!.source_lines,
                cite: true,
              }),
            }),
            sub: escapeHtml(w(locale, 's8.sub')),
            ...fromChart('scores-incubation-dimensions'),
            notes: [escapeHtml(employmentNote())],
          },
        ]
      : []),
    {
      id: 'audit',
      title: fillHtml(tpl('s9.title'), { failed: link('/audit/', formatNumber(f.audit.checks_failed, locale)) }),
      sub: escapeHtml(
        w(locale, 's9.sub', {
          checks: formatNumber(f.audit.checks_total, locale),
          cnc: formatNumber(f.audit.checks_could_not_run, locale),
        }),
      ),
      body: `<ul class="findings">${f.severe
        .slice(0, SLIDE_FINDINGS)
        .map((x) => `<li>${markZh(findingMessage(x, locale), locale)}</li>`)
        .join('')}</ul>`,
      lines: [...new Set(f.severe.slice(0, SLIDE_FINDINGS).flatMap((x) => x.source_lines.slice(0, 1)))].sort(
        (a, b) => a - b,
      ),
      notes: [escapeHtml(w(locale, 's9.notes'))],
    },
    {
      id: 'method',
      title: escapeHtml(w(locale, 's10.title')),
      body: `<p>${escapeHtml(w(locale, 's10.body'))}</p><p>${link('/data/', t(locale, 'nav.data'))} · ${link('/audit/', t(locale, 'nav.audit'))} · ${link('/report/', t(locale, 'nav.report'))}</p>`,
      footer,
      lines: [1],
      notes: [escapeHtml(w(locale, 's10.notes'))],
    },
  ];
  const total = slides.length;
  return {
    slides: slides.map((s) => ({ ...s, source: s.id === 'title' ? null : sourceLine(s.lines, s.chartHref) })),
    total,
    w,
  };
}
