/** The words of the project pages (src/i18n/pages/projects.<locale>.json). */
import { pageWords } from '../i18n';
import zh from '../../i18n/pages/projects.zh.json';
import en from '../../i18n/pages/projects.en.json';

export const words = pageWords(zh, en);

/** A sentence with its `{name}` placeholders left in, for <Fill> (which inserts HTML such as amounts). */
export const template = words.template;
