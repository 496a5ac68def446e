/**
 * The overview's (`/`, `/en/`) figures and the text made from them: the figures the lede and key figures state,
 * each taken from data/derived with the report lines it comes from (aggregates the report does not print, such as
 * counts of projects, say which table they count); the lede, whose every figure links to its report line, and the
 * key figures; and the words, names and shares its charts (src/charts/overview-*.ts) state as well.
 */
import { figureHtml } from '../figure';
import { countWords, formatAmount, formatNumber, formatPercent } from '../format';
import { inSentence, reasonTranslation } from '../charts/spending-rows';
import { termText } from '../terms';
import { escapeHtml, fillHtml, linkHtml } from '../html';
import { localePath, type Locale } from '../i18n';
import { overviewTemplate, overviewWords as w, type OverviewWordKey } from '../words/overview';
import { data, printedShare, scoreBandRows, verdictOf, type FigureVerdict } from '../data';
import { reportFormation } from '../subject';
import { BANDS } from '../../../contract/bands';
import type { ProjectRow, SpendingRow } from '../../../contract/tables';

const one = <T extends { source_lines: number[] }>(rows: T[], pick: (r: T) => boolean, what: string): T => {
  const row = rows.find(pick);
  if (!row) throw new Error(`overview: no ${what} in data/derived`);
  return row;
};

export function overviewFacts() {
  const spent = one(data.overviewTotals, (r) => r.metric === 'expenditure_total', 'expenditure total');
  const projectPart = one(
    data.overviewBreakdown,
    (r) => r.kind === 'expenditure' && r.item_zh === '项目支出',
    'project expenditure',
  );
  const general = one(data.spendingTotal, () => true, 'general-budget total');
  const categories: SpendingRow[] = data.spending
    .filter((r) => r.level === 'category')
    .sort((a, b) => b.final_wan - a.final_wan);
  const [first, second] = categories;
  if (!first || !second) throw new Error('overview: fewer than two spending categories');
  // the reason its sub-categories give for final against budget, where they give one (the same for all)
  const secondReasons = [
    ...new Set(
      data.spending
        .filter((r) => r.level === 'subcategory' && r.category_zh === second.category_zh && r.reason_zh)
        .map((r) => r.reason_zh!),
    ),
  ];
  const secondReason = secondReasons.length === 1 ? secondReasons[0]! : null;
  // how much of it the initial budget had: none, less than half of the final amount, or more (nothing said)
  const secondBudget: 'none' | 'most' | null =
    second.budget_wan === 0 ? 'none' : second.budget_wan < second.final_wan / 2 ? 'most' : null;
  const all = one(data.evaluationSummary, (r) => r.procedure === 'all', 'evaluation summary');
  const sme = one(data.procurement, (r) => r.item === 'sme', 'SME procurement');
  const micro = one(data.procurement, (r) => r.item === 'small_micro', 'small and micro procurement');
  const procurementTotal = one(data.procurement, (r) => r.item === 'total', 'procurement total');
  const withRate = data.projects.filter(
    (p): p is ProjectRow & { exec_rate_pct_recomputed: number } => p.exec_rate_pct_recomputed !== null,
  );
  // the shortfalls, as the pipeline ranks them (in report order here)
  const below = withRate.filter((p) => p.shortfall_rank !== null);
  // the projects per band, as the pipeline counted them (data/derived/score-bands.json), best first
  const bandRows = scoreBandRows();
  return {
    spent,
    projectPart,
    general,
    categories,
    first,
    second,
    secondReason,
    secondBudget,
    noBudget: categories.filter((c) => !c.budget_stated),
    evaluation: all,
    // as the summary states them (none where it states none)
    band90: { value: bandRows['90+'].report_count ?? 0, lines: all.source_lines },
    band75: { value: bandRows['75-90'].report_count ?? 0, lines: all.source_lines },
    sme,
    micro,
    procurementTotal,
    projects: withRate.sort((a, b) => a.exec_rate_pct_recomputed - b.exec_rate_pct_recomputed),
    below,
    // by the printed totals: each band's count and the lines of its totals
    bands: BANDS.map((band) => {
      const row = bandRows[band];
      return { band, count: row.printed_count, scoreLines: row.printed_lines };
    }),
    /** every printed total (the self-evaluations' and the fund's) */
    scoredCount: bandRows['90+'].printed_count_at_or_below,
    /** printed totals below 75 (the 60–75 and below-60 bands) */
    below75: bandRows['60-75'].printed_count_at_or_below,
    audit: data.findings,
  };
}

/**
 * The word a sentence on the department's formation takes: the report says it was formed in the year of its
 * accounts from what it names (`<key>`; in English where the glossary translates that, else `<key>.merged`),
 * formed without saying from what (`<key>.formed`), or nothing of it (`<key>.plain`).
 */
export function formationKey(key: 'lede1', locale: Locale): OverviewWordKey {
  const f = reportFormation();
  if (!f) return `${key}.plain`;
  if (!f.fromZh) return `${key}.formed`;
  return locale === 'en' && !f.fromEn ? `${key}.merged` : key;
}

/** The overview's headline: a new department's first year only where the report says it was formed that year. */
export const overviewHeadline = (locale: Locale) => w(locale, reportFormation() ? 'h1' : 'h1.plain');

/** A row's name in the reader's language (English falls back to Chinese), or the words for an untitled table. */
export function overviewName(row: { name_zh: string | null; name_en: string | null }, locale: Locale): string {
  return (locale === 'zh' ? row.name_zh : (row.name_en ?? row.name_zh)) ?? w(locale, 'untitled');
}

/** A headline number that links to its report line, with its label, a note (HTML) and the page it leads to. */
export interface CitedKeyFigure {
  label: string;
  text: string;
  amountWan?: number;
  lines: readonly number[];
  /** the audit's verdict on the number (a figure in conflict is marked "≠", src/lib/figure.ts) */
  verdict?: FigureVerdict | null;
  note: string;
  href: string;
}

/** The overview's lede paragraphs (HTML) and key figures, in `locale`. */
export function overviewText(locale: Locale) {
  const f = overviewFacts();
  // each figure with the audit's verdict on it (a figure in conflict is marked "≠", src/lib/figure.ts)
  const amount = (wan: number, lines: readonly number[], verdict?: FigureVerdict | null) =>
    figureHtml({ locale, wan, lines, cite: true, verdict });
  const pct = (value: number, lines: readonly number[], verdict?: FigureVerdict | null) =>
    figureHtml({ locale, text: formatPercent(value, locale), lines, cite: true, verdict });
  // a count in a sentence links the number alone: the sentence around it has its unit (个, projects)
  const count = (value: number, lines: readonly number[], verdict?: FigureVerdict | null) =>
    figureHtml({ locale, text: formatNumber(value, locale), lines, cite: true, verdict });
  const totals = (column: string) => verdictOf('overview-totals', f.spent, column);
  const evaluation = (column: string) => verdictOf('evaluation-summary', f.evaluation, column);
  // a share shows the printed one where the report prints it: its verdict (none for a recomputed one)
  const share = (table: 'spending' | 'procurement', row: { share_pct: number | null }) =>
    row.share_pct === null ? null : verdictOf(table, row, 'share_pct');
  const href = (route: string) => localePath(locale, route);
  const link = (route: string, n: number) => linkHtml(href(route), formatNumber(n, locale));
  const tpl = (key: OverviewWordKey) => overviewTemplate(locale, key);
  // the general-budget total, with its verdict: in the second lede sentence and under the share's key figure
  const generalAmount = amount(
    f.general.amount_wan,
    f.general.source_lines,
    verdictOf('spending-total', f.general, 'amount_wan'),
  );
  const checks = f.audit.checks_total;

  // running text: the page marks each glossary term's first use (src/lib/terms.ts)
  const terms = termText(locale);
  const formed = reportFormation();
  // a reason the report gives, quoted: in English our translation beside it where we have one (else the Chinese)
  const reasonHtml = (zh: string) => {
    const q = `<q lang="zh-CN">${escapeHtml(zh)}</q>`;
    const en = locale === 'en' ? reasonTranslation(zh) : null;
    return en ? `“${escapeHtml(en)}” (${q})` : q;
  };
  const lede = [
    fillHtml(
      tpl(formationKey('lede1', locale)),
      {
        formedFrom: terms(formed ? ((locale === 'en' ? formed.fromEn : formed.fromZh) ?? '') : ''),
        spent: amount(f.spent.amount_wan, f.spent.source_lines, totals('amount_wan')),
        prior: amount(f.spent.prior_year_wan, f.spent.source_lines, totals('prior_year_wan')),
        growth: pct(f.spent.growth_pct, f.spent.source_lines, totals('growth_pct')),
        projectShare: pct(
          f.projectPart.share_pct!,
          f.projectPart.source_lines,
          verdictOf('overview-breakdown', f.projectPart, 'share_pct'),
        ),
      },
      terms,
    ),
    fillHtml(
      tpl('lede2'),
      {
        // the two largest categories, by name: what the first is spent on (科学技术), the second as named
        // names from the data are running text too: a glossary term among them is marked
        first: terms(
          locale === 'zh' ? overviewName(f.first, locale).replace(/支出$/, '') : overviewName(f.first, locale),
        ),
        second: terms(inSentence(overviewName(f.second, locale), locale)),
        categories: escapeHtml(countWords(f.categories.length, locale)),
        general: generalAmount,
        stShare: pct(printedShare(f.first), f.first.source_lines, share('spending', f.first)),
        resShare: pct(printedShare(f.second), f.second.source_lines, share('spending', f.second)),
        // how much of the second was not in the initial budget, and the reason the report gives (data, not ours)
        secondBudget: f.secondBudget
          ? fillHtml(
              tpl(`second.${f.secondBudget}`),
              { reason: f.secondReason ? fillHtml(tpl('second.reason'), { reason: reasonHtml(f.secondReason) }) : '' },
              terms,
            )
          : '',
        noBudget: link('/spending/', f.noBudget.length),
      },
      terms,
    ),
    fillHtml(
      tpl('lede3'),
      {
        evaluated: count(f.evaluation.projects, f.evaluation.source_lines, evaluation('projects')),
        evaluatedAmount: amount(f.evaluation.amount_wan, f.evaluation.source_lines, evaluation('amount_wan')),
        band90: count(f.band90.value, f.band90.lines),
        band75: count(f.band75.value, f.band75.lines),
        tables: link('/projects/', f.projects.length),
        below: link('/projects/', f.below.length),
      },
      terms,
    ),
    fillHtml(
      tpl('lede4'),
      {
        checks: link('/audit/', checks),
        failed: link('/audit/', f.audit.checks_failed),
        cnc: link('/audit/', f.audit.checks_could_not_run),
      },
      terms,
    ),
  ];

  const keyFigures: CitedKeyFigure[] = [
    {
      label: w(locale, 'kf.spent'),
      text: formatAmount(f.spent.amount_wan, locale),
      amountWan: f.spent.amount_wan,
      lines: f.spent.source_lines,
      verdict: totals('amount_wan'),
      note: fillHtml(tpl(formed ? 'kf.spent.note' : 'kf.spent.notePlain'), {
        growth: pct(f.spent.growth_pct, f.spent.source_lines, totals('growth_pct')),
      }),
      href: href('/spending/'),
    },
    {
      label: w(locale, 'kf.st', { first: overviewName(f.first, locale) }),
      text: formatPercent(printedShare(f.first), locale),
      lines: f.first.source_lines,
      verdict: share('spending', f.first),
      note: fillHtml(tpl('kf.st.note'), {
        general: generalAmount,
      }),
      href: href('/spending/'),
    },
    {
      label: w(locale, 'kf.sme'),
      text: formatPercent(printedShare(f.sme), locale),
      lines: f.sme.source_lines,
      verdict: share('procurement', f.sme),
      note: fillHtml(tpl('kf.sme.note'), {
        total: amount(
          f.procurementTotal.amount_wan,
          f.procurementTotal.source_lines,
          verdictOf('procurement', f.procurementTotal, 'amount_wan'),
        ),
        micro: pct(printedShare(f.micro), f.micro.source_lines, share('procurement', f.micro)),
      }),
      href: href('/procurement/'),
    },
    {
      label: w(locale, 'kf.scores'),
      text: `${formatNumber(f.evaluation.projects, locale)}${w(locale, 'count.unit')}`,
      lines: f.evaluation.source_lines,
      verdict: evaluation('projects'),
      note: fillHtml(tpl('kf.scores.note'), {
        amount: amount(f.evaluation.amount_wan, f.evaluation.source_lines, evaluation('amount_wan')),
      }),
      href: href('/scores/'),
    },
  ];

  /** the figures that do not add up: not a report figure, so it links to /audit/ rather than to a line */
  const auditFigure = {
    label: w(locale, 'kf.audit'),
    value: formatNumber(f.audit.checks_failed, locale),
    note: w(locale, 'kf.audit.note', { checks: formatNumber(checks, locale) }),
    href: href('/audit/'),
  };

  return { lede, keyFigures, auditFigure };
}
