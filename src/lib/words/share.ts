/** Words of the share and download controls (src/i18n/pages/share.<locale>.json). */
import { pageWords } from '../i18n';
import zh from '../../i18n/pages/share.zh.json';
import en from '../../i18n/pages/share.en.json';

export const shareWords = pageWords(zh, en);
