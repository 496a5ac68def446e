/**
 * DOM helpers shared by the client scripts. Being imported by more than one script also keeps those scripts
 * external: Astro inlines a script under 4 KB that imports nothing, and inline scripts break the site's CSP.
 */

/** The elements under `root` matching `selector`, as an array. */
export function all<T extends Element = HTMLElement>(selector: string, root: ParentNode = document): T[] {
  return [...root.querySelectorAll<T>(selector)];
}
