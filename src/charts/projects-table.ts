/** The data table both /projects/ charts share: a row per table with its number, name, budget and spending. */
import { figuresOf } from './figure-refs';
import type { ProjectFacts } from '../lib/project-facts';
import type { Column } from '../lib/format-cell';
import type { Locale } from '../lib/i18n';
import { words } from '../lib/words/projects';
import { nameOf } from '../lib/pages/projects-facts';

/** The columns every /projects/ chart table starts with, then `more`. */
export function projectsColumns(locale: Locale, more: readonly Column[]): Column[] {
  const w = (key: Parameters<typeof words>[1]) => words(locale, key);
  return [
    { key: 'number', label: w('col.number'), kind: 'number' },
    { key: 'name', label: w('col.project') },
    { key: 'budget_wan', label: w('col.budget'), kind: 'amount' },
    { key: 'executed_wan', label: w('col.executed'), kind: 'amount' },
    ...more,
  ];
}

/** A table's row: its number, name in `locale`, budget, spending and lines. */
export function projectsTableRow(f: ProjectFacts, locale: Locale) {
  return {
    number: f.number,
    name: nameOf(f, locale),
    budget_wan: f.project.budget_wan,
    executed_wan: f.project.executed_wan,
    figures: figuresOf('projects', f.project, { budget_wan: 'budget_wan', executed_wan: 'executed_wan' }),
  };
}
