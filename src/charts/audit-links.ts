/** The audit notes a chart carries: the findings about its figures, linked to their place on /audit/. */
import { findingAnchor, findingsAbout } from '../lib/data';
import type { Locale } from '../lib/i18n';

/**
 * Links to the findings about any of `lines` (could-not-check findings left out), each message without its
 * closing full stop (ChartFigure separates the notes itself); with `rules`, only findings of those rules.
 */
export function auditLinks(
  locale: Locale,
  lines: readonly number[],
  rules?: readonly string[],
): { id: string; text: string }[] {
  return findingsAbout(lines)
    .filter((f) => !rules || rules.includes(f.rule))
    .map((f) => ({
      id: findingAnchor(f.id),
      text: (locale === 'zh' ? f.message_zh : f.message_en).replace(/[。.]$/, ''),
    }));
}
