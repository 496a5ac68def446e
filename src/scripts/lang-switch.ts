/**
 * Keeps the reader on the same view when switching language: the switch (a[data-lang-switch]) already points
 * to the same page in the other language; this carries the current #anchor (a chart, a report line) along.
 */
import { all } from './dom';

function carryHash(): void {
  for (const link of all<HTMLAnchorElement>('a[data-lang-switch]')) {
    const url = new URL(link.href);
    link.setAttribute('href', `${url.pathname}${url.search}${location.hash}`);
  }
}

carryHash();
addEventListener('hashchange', carryHash);
