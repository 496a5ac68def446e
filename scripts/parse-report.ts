import type { Glossary } from './lib/glossary.ts';
import type { Report, ReportLine } from './lib/load-report.ts';
import type { ParsedReport, Project } from './lib/model.ts';
import { Problems, ReportError, ReportErrors } from './lib/report-error.ts';
import { splitSections, type SectionId } from './lib/split-sections.ts';
import { fold, foldLines, unfoldQuotes } from './lib/fold.ts';
import { uniqueSlugs } from './lib/slug.ts';
import { subjectOf, type Named } from './lib/subject.ts';
import { parseEvaluation } from './parsers/parse-evaluation.ts';
import { parseOtherMatters } from './parsers/parse-other-matters.ts';
import { parseOverview } from './parsers/parse-overview.ts';
import { parseProjects } from './parsers/parse-projects.ts';
import { parseSpending } from './parsers/parse-spending.ts';
import { parseTerms } from './parsers/parse-terms.ts';

/**
 * The projects' slugs from their English names, at most 48 characters of whole words with `&` read as a gap:
 * `Fengtai unified government cloud data centre` → `fengtai-unified-government-cloud-data-centre`.
 */
function withSlugs(projects: Omit<Project, 'slug' | 'name_en'>[], glossary: Glossary): Project[] {
  const slugOf = uniqueSlugs({ ampersand: ' ', max: 48 });
  return projects.map((p, i) => {
    const en = glossary.en(p.name_zh);
    const slug = slugOf(en ?? (p.name_zh ? `project-${i + 1}` : `untitled-table-${i + 1}`));
    return { ...p, slug, name_en: en };
  });
}

/** A spending section's model where the report has none: no figures (the audit skips its rules). */
const NO_SPENDING: ParsedReport['spending'] = {
  total: { value: 0, decimals: 0, text: '', line: 1 },
  totalQuote: { lines: [], quote: '' },
  overview: [],
  items: [],
};

/** The year of the accounts, from the text: the title (`2019年度部门决算`), else the first `YYYY年度`; with its line. */
export function yearAt(lines: ReportLine[]): Named<number> | null {
  for (const re of [/(\d{4})\s*年度?\s*(?:部门|单位)?决算/, /(\d{4})\s*年度/]) {
    const l = lines.find((x) => re.test(x.text));
    if (l) {
      const m = re.exec(l.text)!;
      return { value: Number(m[1]), line: l.n, lines: [l.n], quote: m[0] };
    }
  }
  return null;
}

/**
 * The line a report breaks off at, if it does: its last line that is not blank, when it is a sentence (not a table
 * cell) that does not end as a sentence ends. Null for a report that ends normally.
 */
export function cutOffLine(lines: ReportLine[]): ReportLine | null {
  const last = [...lines].reverse().find((l) => l.text.trim() !== '');
  if (!last || last.text.startsWith('\t')) return null;
  return /[。！？；;：:）)”"」』]\s*$/.test(last.text) ? null : last;
}

/**
 * Reads a report of the Beijing final-accounts template into its model. Every problem found is collected and
 * thrown together as ReportErrors (one line each), so a bad input fails with all its problems at once. A section
 * the report lacks is listed in `missing` (its tables are empty); problems in the section a cut-off report breaks
 * off in are warnings (`warnings`), and their figures are left out.
 */
export function parseReport(report: Report, glossary: Glossary): ParsedReport & { warnings: string[] } {
  let split: ReturnType<typeof splitSections>;
  try {
    split = splitSections(report.lines, report.file);
  } catch (e) {
    if (e instanceof ReportError) throw new ReportErrors([e]);
    throw e;
  }
  const yearNamed = yearAt(report.lines);
  if (yearNamed === null)
    throw new ReportErrors([
      new ReportError(report.file, 1, 'expected the year of the accounts (“YYYY年度部门决算”), found none'),
    ]);
  const year = yearNamed.value;
  glossary.year = year; // English names say this report's year

  const cut = cutOffLine(report.lines);
  const cutSection = cut
    ? [...split.sections.values()].filter((s) => s.heading.n <= cut.n).sort((a, b) => b.heading.n - a.heading.n)[0]
    : undefined;
  const problems = new Problems(report.file, cut ? (cutSection?.heading.n ?? 1) : null, cut?.n ?? null);
  // the clause the text breaks off in is left out: a figure cut short (`7266.7`) is never read as one
  const kept = cut ? fold(cut.text).replace(/[^。；，：]*$/, '') : null;
  if (cut) {
    const tail = cut.text.slice(kept!.length).trim();
    problems.warnings.push(
      new ReportError(
        report.file,
        cut.n,
        `the text breaks off here, in “${tail}”: that clause is left out, not guessed`,
      ),
    );
  }
  // prose is read folded (one form of punctuation); quotes are put back as printed below
  const body = (id: SectionId) => {
    const b = split.sections.get(id)?.body;
    return b && foldLines(b).map((l) => (l.n === cut?.n ? { ...l, text: kept! } : l));
  };
  const spendingSection = split.sections.get('spending');

  const overview = problems.attempt(
    () =>
      split.sections.has('totals')
        ? parseOverview(
            {
              basic_info: body('basic_info'),
              totals: body('totals')!,
              fiscal_totals: body('fiscal_totals'),
              basic_expenditure: body('basic_expenditure'),
            },
            report.file,
            problems,
          )
        : {
            ...parseOverview(
              { basic_info: body('basic_info'), totals: [], basic_expenditure: body('basic_expenditure') },
              report.file,
              problems,
            ),
            totals: [],
            breakdowns: [],
          },
    null,
  );
  const spending = spendingSection
    ? problems.attempt(
        () => parseSpending(body('spending')!, spendingSection.heading, report.file, problems),
        NO_SPENDING,
      )
    : NO_SPENDING;
  const other = {
    ...parseOtherMatters(
      {
        three_public: body('three_public'),
        running_costs: body('running_costs'),
        procurement: body('procurement'),
        purchased_services: body('purchased_services'),
      },
      report.file,
      problems,
    ),
    terms: parseTerms(body('terms')),
  };
  const evaluation = parseEvaluation(
    { eval_summary: body('eval_summary'), eval_report: body('eval_report') },
    report.file,
    problems,
  );
  const selfEval = split.sections.get('self_eval');
  const projects = selfEval ? problems.attempt(() => parseProjects(selfEval.body, report.file, problems), []) : [];
  if (selfEval && projects.length === 0)
    problems.error(
      selfEval.heading.n,
      'expected at least one project self-evaluation table (项目支出绩效自评表), found none',
    );

  if (problems.errors.length) throw new ReportErrors(problems.errors);
  // a step that failed only with warnings (the cut-off section) leaves its part empty
  const ov = overview ?? { totals: [], breakdowns: [], staff: [], basicExpenditure: null };
  const missing: string[] = [...split.missing];
  if (!ov.staff.length) missing.push('staff');
  if (!other.procurement.length) missing.push('procurement_figures');
  if (!evaluation.procedures.length) missing.push('evaluation_summary_figures');
  if (!evaluation.incubation) missing.push('evaluation_report_figures');
  const subject = subjectOf(report.lines, split.sections.get('basic_info')?.body ?? [], yearNamed);
  const parsed: ParsedReport = {
    file: report.file,
    sha256: report.sha256,
    year,
    department_zh: subject.department?.value ?? null,
    subject,
    cut_line: cut?.n ?? null,
    overview: ov,
    spending,
    other,
    evaluation,
    projects: withSlugs(projects, glossary),
    missing: [...new Set(missing)],
    names_en: glossary.terms,
  };
  unfoldQuotes(parsed, new Map(report.lines.map((l) => [l.n, l.text])));
  return { ...parsed, warnings: problems.warnings.map((w) => w.message) };
}
