/** What the /scores/ charts share: their page, and audit links that name projects by their names. */
import type { Locale } from '../lib/i18n';
import { scoresProjectNames } from '../lib/pages/scores-facts';
import { auditLinks } from './audit-links';

/** The page the /scores/ charts are on. */
export const route = '/scores/';

/** The findings about `lines` (of `rules`, where given), projects named as the scores page names them. */
export const scoresAuditLinks = (locale: Locale, lines: readonly number[], rules?: readonly string[]) =>
  auditLinks(locale, lines, rules, { names: scoresProjectNames(locale) });
