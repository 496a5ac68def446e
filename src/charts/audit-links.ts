/** The audit notes a chart carries: the findings about its figures, linked to their place on /audit/. */
import { findingLinkText } from '../lib/charts/project-model';
import { findingAnchor, findingsAbout } from '../lib/data';
import type { Locale } from '../lib/i18n';

/**
 * Links to the findings about any of `lines` (could-not-check findings left out), each message without its
 * closing full stop (ChartFigure separates the notes itself); with `rules`, only findings of those rules; with
 * `names` (project slug → name), the English messages name projects by their names rather than their slugs.
 */
export function auditLinks(
  locale: Locale,
  lines: readonly number[],
  rules?: readonly string[],
  names?: ReadonlyMap<string, string>,
): { id: string; text: string }[] {
  return findingsAbout(lines)
    .filter((f) => !rules || rules.includes(f.rule))
    .map((f) => ({ id: findingAnchor(f.id), text: findingLinkText(f, locale, names) }));
}
