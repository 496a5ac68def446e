/**
 * Search boxes (form[data-search]: the header's, and the one on /search/): nothing loads until a reader focuses
 * or types in one; then search-results.ts (and, through it, Pagefind's index) loads and takes the box over.
 */
import { all } from './dom';

for (const form of all<HTMLFormElement>('form[data-search]')) {
  const input = form.querySelector<HTMLInputElement>('[data-search-input]');
  if (!input) continue;
  const start = () => void import('./search-results').then((m) => m.attach(form, input));
  input.addEventListener('focus', start, { once: true });
}
