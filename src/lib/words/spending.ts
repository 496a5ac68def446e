/** The words of /spending/ (src/i18n/pages/spending.<locale>.json). */
import { pageWords } from '../i18n';
import zh from '../../i18n/pages/spending.zh.json';
import en from '../../i18n/pages/spending.en.json';

export const spendingWords = pageWords(zh, en);

export type SpendingWordKey = keyof typeof zh;

/** A page word with its `{placeholders}` left in, for <Fill> or fillHtml to fill with markup. */
export const spendingTemplate = spendingWords.template;
