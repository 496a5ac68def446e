/**
 * DOM helpers shared by the client scripts. Being imported by more than one script also keeps those scripts
 * external: Astro inlines a script under 4 KB that imports nothing, and inline scripts break the site's CSP.
 */

/** The elements under `root` matching `selector`, as an array. */
export function all<T extends Element = HTMLElement>(selector: string, root: ParentNode = document): T[] {
  return [...root.querySelectorAll<T>(selector)];
}

/** The event `replaceUrl` fires on window: history.replaceState fires none, and the share links and the language switch follow the URL. */
export const URL_CHANGE = 'urlchange';

/** Replaces the page's URL (keeping history state) without scrolling or a new history entry, and tells listeners. */
export function replaceUrl(url: string | URL): void {
  const next = new URL(url, location.href);
  if (next.href === location.href) return;
  history.replaceState(history.state, '', next);
  dispatchEvent(new Event(URL_CHANGE));
}
