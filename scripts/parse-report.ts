import type { Glossary } from './lib/glossary.ts';
import type { Report } from './lib/load-report.ts';
import type { ParsedReport, Project } from './lib/model.ts';
import { Problems, ReportError, ReportErrors } from './lib/report-error.ts';
import { splitSections, type SectionId } from './lib/split-sections.ts';
import { parseEvaluation } from './parsers/parse-evaluation.ts';
import { parseOtherMatters } from './parsers/parse-other-matters.ts';
import { parseOverview } from './parsers/parse-overview.ts';
import { parseProjects } from './parsers/parse-projects.ts';
import { parseSpending } from './parsers/parse-spending.ts';
import { parseTerms } from './parsers/parse-terms.ts';

/** `Fengtai unified government cloud data centre` → `fengtai-unified-government-cloud-data-centre` */
export function slugify(text: string, max = 48): string {
  const words = text
    .toLowerCase()
    .normalize('NFKD')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = '';
  for (const w of words) {
    if (slug && slug.length + 1 + w.length > max) break;
    slug = slug ? `${slug}-${w}` : w.slice(0, max);
  }
  return slug;
}

function withSlugs(projects: Omit<Project, 'slug' | 'name_en'>[], glossary: Glossary): Project[] {
  const used = new Set<string>();
  return projects.map((p, i) => {
    const en = glossary.en(p.name_zh);
    let slug = en ? slugify(en) : p.name_zh ? `project-${i + 1}` : `untitled-table-${i + 1}`;
    while (used.has(slug)) slug = `${slug}-${i + 1}`;
    used.add(slug);
    return { ...p, slug, name_en: en };
  });
}

/**
 * Reads a report of the Beijing final-accounts template into its model. Every problem found is collected and
 * thrown together as ReportErrors (one line each), so a bad input fails with all its problems at once.
 */
export function parseReport(report: Report, glossary: Glossary): ParsedReport {
  const problems = new Problems(report.file);
  const first = report.lines.find((l) => /(\d{4})年度部门决算说明/.test(l.text));
  if (!first)
    throw new ReportErrors([
      new ReportError(report.file, 1, 'expected the heading “YYYY年度部门决算说明”, found none'),
    ]);
  const year = Number(/(\d{4})年度部门决算说明/.exec(first.text)![1]);

  let split: ReturnType<typeof splitSections>;
  try {
    split = splitSections(report.lines, report.file);
  } catch (e) {
    if (e instanceof ReportError) throw new ReportErrors([e]);
    throw e;
  }
  const body = (id: SectionId) => split.sections.get(id)?.body;
  const spendingSection = split.sections.get('spending')!;

  const overview = problems.attempt(
    () =>
      parseOverview(
        {
          basic_info: body('basic_info'),
          totals: body('totals')!,
          fiscal_totals: body('fiscal_totals'),
          basic_expenditure: body('basic_expenditure'),
        },
        report.file,
        problems,
      ),
    null,
  );
  const spending = problems.attempt(
    () => parseSpending(spendingSection.body, spendingSection.heading, report.file, problems),
    null,
  );
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
  const projects = problems.attempt(() => parseProjects(body('self_eval')!, report.file, problems), []);
  if (projects.length === 0)
    problems.error(
      split.sections.get('self_eval')!.heading.n,
      'expected at least one project self-evaluation table (项目支出绩效自评表), found none',
    );

  if (problems.errors.length || !overview || !spending) throw new ReportErrors(problems.errors);
  const missing: string[] = [...split.missing];
  if (!overview.staff.length) missing.push('staff');
  if (!other.procurement.length) missing.push('procurement_figures');
  if (!evaluation.procedures.length) missing.push('evaluation_summary_figures');
  if (!evaluation.incubation) missing.push('evaluation_report_figures');
  return {
    file: report.file,
    sha256: report.sha256,
    year,
    overview,
    spending,
    other,
    evaluation,
    projects: withSlugs(projects, glossary),
    missing: [...new Set(missing)],
    names_en: glossary.terms,
  };
}
