/** The words of /procurement/ (src/i18n/pages/procurement.<locale>.json). */
import { pageWords } from '../i18n';
import zh from '../../i18n/pages/procurement.zh.json';
import en from '../../i18n/pages/procurement.en.json';

export const procurementWords = pageWords(zh, en);

export type ProcurementWordKey = keyof typeof zh;

/** A page word with its `{placeholders}` left in, for <Fill> or fillHtml to fill with markup. */
export const procurementTemplate = procurementWords.template;
