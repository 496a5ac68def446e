/** The overview's words, / (src/i18n/pages/overview.<locale>.json). */
import { pageWords } from '../i18n';
import zh from '../../i18n/pages/overview.zh.json';
import en from '../../i18n/pages/overview.en.json';

export const overviewWords = pageWords(zh, en);

export type OverviewWordKey = keyof typeof zh;

/** A page word with its `{placeholders}` left in, for <Fill> or fillHtml to fill with markup. */
export const overviewTemplate = overviewWords.template;
