/** Page titles within the 70 characters search engines show. */

/** `<chart title> · <site title>`, or as much of it as fits the 70 characters a page title should not pass. */
export function pageTitle(title: string, site: string, max = 70): string {
  const full = `${title} · ${site}`;
  if ([...full].length <= max) return full;
  const chars = [...title];
  return chars.length <= max
    ? title
    : `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}
