/** The site's sections, in the order of its navigation: the message key of each name and its route. */
import type { MessageKey } from './i18n';

export const SECTIONS: readonly { key: MessageKey; route: string }[] = [
  { key: 'nav.overview', route: '/' },
  { key: 'nav.spending', route: '/spending/' },
  { key: 'nav.projects', route: '/projects/' },
  { key: 'nav.procurement', route: '/procurement/' },
  { key: 'nav.scores', route: '/scores/' },
  { key: 'nav.audit', route: '/audit/' },
  { key: 'nav.data', route: '/data/' },
  { key: 'nav.report', route: '/report/' },
];
