import { slug } from 'github-slugger';

/**
 * A URL-safe id from an English name, through github-slugger; `&` is read as “and” first.
 * @example slugOf('S&T administration') // 's-and-t-administration'
 */
export function slugOf(name: string): string {
  return slug(name.replace(/\s*&\s*/g, ' and '));
}
