/** The audit notes a chart carries: the findings about its figures, linked to their place on /audit/. */
import { findingLinkText } from '../lib/project-facts';
import { findingAnchor, findingsAbout } from '../lib/data';
import type { Locale } from '../lib/i18n';

export interface AuditLinkOptions {
  /**
   * [text='message'] each link's text: the finding's message without its closing full stop, or `'brief'`, a
   * short label: the finding's claim in Chinese, the message's first clause (before its colon) in English
   */
  text?: 'message' | 'brief';
  /** at most this many links (the first findings) */
  max?: number;
  /** project slug → name: English messages name projects by their names rather than their slugs */
  names?: ReadonlyMap<string, string>;
}

/**
 * Links to the findings about any of `lines` (could-not-check findings left out), each message without its
 * closing full stop (ChartFigure separates the notes itself); with `rules`, only findings of those rules.
 * @example auditLinks('en', lines, undefined, { text: 'brief', max: 6 }) // the overview's short notes
 */
export function auditLinks(
  locale: Locale,
  lines: readonly number[],
  rules?: readonly string[],
  { text = 'message', max, names }: AuditLinkOptions = {},
): { id: string; text: string }[] {
  return findingsAbout(lines)
    .filter((f) => !rules || rules.includes(f.rule))
    .slice(0, max)
    .map((f) => ({
      id: findingAnchor(f.id),
      text:
        text === 'brief'
          ? locale === 'zh'
            ? f.claim
            : f.message_en.split(':')[0]!
          : findingLinkText(f, locale, names),
    }));
}
