/**
 * The audit notes of the project charts: the findings about their lines, each message naming projects by their
 * name (not their slug) and without its closing full stop.
 */
import { findingLinkText } from '../lib/project-facts';
import { findingAnchor, findingsAbout } from '../lib/data';
import type { Locale } from '../lib/i18n';
import { allProjectFacts, projectNames } from '../lib/pages/projects-facts';

/** Links to the findings about any of `lines` (could-not-check left out); with `rules`, only those rules'. */
export function projectAuditLinks(
  locale: Locale,
  lines: readonly number[],
  rules?: readonly string[],
): { id: string; text: string }[] {
  const names = projectNames(allProjectFacts(), locale);
  return findingsAbout(lines)
    .filter((f) => !rules || rules.includes(f.rule))
    .map((f) => ({ id: findingAnchor(f.id), text: findingLinkText(f, locale, names) }));
}
