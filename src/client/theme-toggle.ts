/**
 * The light/dark toggle: buttons with data-theme-toggle. The choice goes into data-theme on <html> and into
 * localStorage (read before first paint by public/theme-init.js); choosing what the system prefers clears it,
 * so the page follows the system again.
 */
import { all } from './dom';

type Theme = 'light' | 'dark';
const KEY = 'theme';
const root = document.documentElement;
const dark = matchMedia('(prefers-color-scheme: dark)');

const system = (): Theme => (dark.matches ? 'dark' : 'light');
const current = (): Theme => {
  const chosen = root.getAttribute('data-theme');
  return chosen === 'light' || chosen === 'dark' ? chosen : system();
};

function choose(theme: Theme): void {
  const follow = theme === system();
  if (follow) root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', theme);
  try {
    if (follow) localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, theme);
  } catch {
    // storage unavailable: the choice lasts for this page only
  }
}

const buttons = all<HTMLButtonElement>('[data-theme-toggle]');
const sync = () => buttons.forEach((b) => b.setAttribute('aria-pressed', String(current() === 'dark')));

for (const button of buttons) {
  button.dataset.ready = ''; // shown from first paint by the `js` class (public/theme-init.js); this marks it working
  button.addEventListener('click', () => {
    choose(current() === 'dark' ? 'light' : 'dark');
    sync();
  });
}
dark.addEventListener('change', sync);
sync();
