import GithubSlugger, { slug } from 'github-slugger';

export interface SlugOptions {
  /** [' and '] what `&` reads as: `S&T administration` → `s-and-t-administration`; the projects read it as a gap */
  ampersand?: string;
  /** [no limit] at most this many characters, in whole words */
  max?: number;
}

/** `slug` with a run of hyphens read as one (`a – b` → `a-b`), cut to whole words of at most `max` characters */
function clip(slug: string, max: number): string {
  let out = '';
  for (const word of slug.split('-').filter(Boolean)) {
    if (out && out.length + 1 + word.length > max) break;
    out = out ? `${out}-${word}` : word.slice(0, max);
  }
  return out;
}

/**
 * URL-safe ids from names for the rows of one table, through github-slugger and `clip`: a name seen before gets `-1`, `-2`,
 * … so that every row's slug is its own (a report that prints a row twice still gives one page per row).
 * @example const slugs = uniqueSlugs(); slugs('Education'); slugs('Education') // 'education', 'education-1'
 * @example uniqueSlugs({ ampersand: ' ', max: 48 })('Support for major S&T projects') // 'support-for-major-s-t-projects'
 */
export function uniqueSlugs({ ampersand = ' and ', max = Infinity }: SlugOptions = {}): (name: string) => string {
  const slugger = new GithubSlugger();
  return (name) => slugger.slug(clip(slug(name.replace(/\s*&\s*/g, ampersand)), max));
}
