/**
 * Keeps the reader on the same view when switching language: the switch (a[data-lang-switch]) already points
 * to the same page in the other language; this carries the current query (?unit=, ?sort=, …) and #anchor (a
 * chart, a category, a report line) along, and follows them as the page's scripts change the URL (dom.ts).
 */
import { all, URL_CHANGE } from './dom';

function sync(): void {
  for (const link of all<HTMLAnchorElement>('a[data-lang-switch]')) {
    const url = new URL(link.href);
    link.setAttribute('href', `${url.pathname}${location.search}${location.hash}`);
  }
}

sync();
addEventListener('hashchange', sync);
addEventListener(URL_CHANGE, sync);
