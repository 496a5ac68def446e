/**
 * The drill-down on /spending/: every category's panel is in the HTML (`[data-drilldown-panel="<figure id>"]`);
 * this script drives the radio group `[data-drilldown-control]` (shown only with JavaScript: `data-needs-js`)
 * and shows one panel at a time. The chosen
 * panel's figure id is the URL's hash (`#spending-sub-science-and-technology`), so a shared link — or the
 * language switch, which carries the hash — opens the same view; the drill-down section's own id shows them all.
 * Without JavaScript every panel shows, one after another, and the hash simply scrolls to its chart.
 */
import { all, replaceUrl } from './dom';

function enhance(root: HTMLElement): void {
  const control = root.querySelector<HTMLFieldSetElement>('[data-drilldown-control]');
  const panels = all('[data-drilldown-panel]', root);
  const radios = all<HTMLInputElement>('input[type="radio"]', control ?? root);
  if (!control || panels.length === 0 || radios.length === 0) return;
  const fallback = radios[0]!.value;

  /** The view a hash asks for: a panel's figure id (or anything inside a panel), the section's id, or null. */
  const fromHash = (): string | null => {
    const id = decodeURIComponent(location.hash.slice(1));
    if (!id) return null;
    if (id === root.id) return root.id;
    const target = document.getElementById(id);
    return target?.closest<HTMLElement>('[data-drilldown-panel]')?.dataset.drilldownPanel ?? null;
  };

  const show = (view: string) => {
    for (const panel of panels) panel.hidden = view !== root.id && panel.dataset.drilldownPanel !== view;
    for (const radio of radios) radio.checked = radio.value === view;
  };

  const initial = fromHash();
  show(initial ?? fallback);
  if (initial) document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView();

  control.addEventListener('change', (event) => {
    const view = (event.target as HTMLInputElement).value;
    show(view);
    // not location.hash: replacing does not scroll (the radios stay under the reader's pointer and keyboard) and
    // adds no history entry; the share links and the language switch follow the URL (dom.ts)
    replaceUrl(`#${view}`);
  });
  addEventListener('hashchange', () => {
    const view = fromHash();
    if (view) show(view);
  });
}

all('[data-drilldown]').forEach(enhance);
