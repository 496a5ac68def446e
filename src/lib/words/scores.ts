/** The words of the scores page (src/i18n/pages/scores.<locale>.json). */
import { pageWords } from '../i18n';
import zh from '../../i18n/pages/scores.zh.json';
import en from '../../i18n/pages/scores.en.json';

export const words = pageWords(zh, en);

export type WordKey = keyof typeof zh;

/** A sentence with its `{name}` placeholders left in, for <Fill> (which inserts HTML such as links). */
export const template = words.template;
