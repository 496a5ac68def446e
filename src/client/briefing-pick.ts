/**
 * “Add to briefing” in the share panel of each chart that has a slide (src/components/chart/ChartShare.astro):
 * a toggle button that adds the chart to the reader's list or takes it out, and a link to the deck of the list,
 * `/briefing/?charts=id1,id2,…`, in the order the charts were added (src/client/briefing-select.ts presents it).
 * The list lives in localStorage, so it grows across pages and stays in step across tabs; where storage is not
 * allowed it lasts as long as the page.
 */
import { deckHref } from './briefing-select';
import { all } from './dom';

const KEY = 'fengtai-briefing-charts';
let memory: string[] = [];

function read(): string[] {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(KEY) ?? '[]');
    return Array.isArray(stored) ? stored.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return memory;
  }
}

function write(ids: string[]): void {
  memory = ids;
  try {
    localStorage.setItem(KEY, JSON.stringify(ids));
  } catch {
    // storage is off (a private window, a policy): the list stays in memory
  }
}

function render(pick: HTMLElement, ids: readonly string[]): void {
  const id = pick.dataset.briefingPick ?? '';
  pick.querySelector('[data-briefing-add]')?.setAttribute('aria-pressed', String(ids.includes(id)));
  const count = pick.querySelector<HTMLElement>('[data-briefing-count]');
  const link = pick.querySelector<HTMLAnchorElement>('[data-briefing-link]');
  const template = (ids.length === 1 ? pick.dataset.countOne : pick.dataset.countMany) ?? '{n}';
  if (count) count.textContent = ids.length ? template.replace('{n}', String(ids.length)) : '';
  if (link) {
    link.hidden = ids.length === 0;
    link.href = deckHref(pick.dataset.briefingDeck ?? '', ids);
  }
}

const picks = all('[data-briefing-pick]');
const renderAll = () => {
  const ids = read();
  for (const pick of picks) render(pick, ids);
};

for (const pick of picks) {
  pick.querySelector('[data-briefing-add]')?.addEventListener('click', () => {
    const id = pick.dataset.briefingPick ?? '';
    const ids = read();
    write(ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id]);
    renderAll();
  });
}
if (picks.length) {
  renderAll();
  // another tab changed the list
  addEventListener('storage', (e) => {
    if (e.key === KEY || e.key === null) renderAll();
  });
}
