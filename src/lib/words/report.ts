/** The report page's words (src/i18n/pages/report.<locale>.json). */
import zh from '../../i18n/pages/report.zh.json';
import en from '../../i18n/pages/report.en.json';
import { pageWords } from '../i18n';

export const w = pageWords(zh, en);
