import GithubSlugger from 'github-slugger';

const words = (name: string) => name.replace(/\s*&\s*/g, ' and ');

/**
 * A URL-safe id from an English name for the rows of one table, through github-slugger with `&` read as “and”:
 * a name seen before gets `-1`, `-2`, … so that every row's slug is its own (a report that prints a row twice
 * still gives one page per row).
 * @example const slugs = uniqueSlugs(); slugs('Education'); slugs('Education') // 'education', 'education-1'
 */
export function uniqueSlugs(): (name: string) => string {
  const slugger = new GithubSlugger();
  return (name) => slugger.slug(words(name));
}
