/**
 * Tooltips for chart marks: every mark with data-tip (renderPlot copies each mark's <title> there) inside a
 * [data-chart] figure shows its text on hover, tap and keyboard focus; Escape hides it. A chart is one tab stop
 * (its first mark, or the last one focused): the arrow keys move between its marks, Home and End to the first and
 * last, so Tab goes past a chart in one press. Without this script the <title> elements still give native tooltips.
 * The tip sits above the mark's row (the mark and the texts level with it or just above or below it: its label
 * and value), or below the row when there is no room above, so it never covers the row's own label and value.
 * A mark with an invisible hit area (`data-hit-for` naming its `data-hit-id`) shows its tip from there too.
 */
import { all } from './dom';

const GAP = 8;
/** how far (px) a text may be above or below a mark and still be its row's label or value */
const NEAR = 6;

/** The vertical extent of a mark's row: the mark and every text of its SVG level with it or within NEAR of it. */
function rowExtent(mark: { top: number; bottom: number }, texts: Iterable<{ top: number; bottom: number }>) {
  let { top, bottom } = mark;
  for (const t of texts) {
    if (t.bottom < mark.top - NEAR || t.top > mark.bottom + NEAR) continue;
    top = Math.min(top, t.top);
    bottom = Math.max(bottom, t.bottom);
  }
  return { top, bottom };
}

/** The marks of one SVG. */
const own = (svg: SVGSVGElement) => all<SVGElement>('[data-tip]', svg);

function enhance(figure: HTMLElement): void {
  const marks = all<SVGElement>('[data-tip]', figure);
  if (marks.length === 0) return;
  const tip = document.createElement('div');
  tip.className = 'chart-tip';
  tip.hidden = true;
  tip.setAttribute('aria-hidden', 'true'); // each mark's aria-label already says the same
  figure.append(tip);
  let active: SVGElement | undefined;

  const show = (mark: SVGElement, clientX?: number) => {
    active?.removeAttribute('data-active');
    active = mark;
    mark.setAttribute('data-active', '');
    tip.textContent = mark.getAttribute('data-tip');
    tip.hidden = false;
    const box = figure.getBoundingClientRect();
    const m = mark.getBoundingClientRect();
    const texts = [...(mark.ownerSVGElement?.querySelectorAll('text') ?? [])]
      .map((t) => t.getBoundingClientRect())
      .filter((b) => b.width > 0 && b.height > 0);
    const row = rowExtent(m, texts);
    const x = (clientX ?? m.left + m.width / 2) - box.left - tip.offsetWidth / 2;
    // above the row, or below it when the tip would leave the top of the window
    let y = row.top - box.top - tip.offsetHeight - GAP;
    if (row.top - tip.offsetHeight - GAP < 0) y = row.bottom - box.top + GAP;
    tip.style.left = `${Math.max(0, Math.min(x, box.width - tip.offsetWidth))}px`;
    tip.style.top = `${y}px`;
  };
  const hide = () => {
    active?.removeAttribute('data-active');
    active = undefined;
    tip.hidden = true;
  };

  // Focusable marks cannot sit inside role="img" or aria-hidden: expose them as a group of labelled images.
  for (const svg of all<SVGSVGElement>('svg[role="img"]', figure)) {
    if (svg.querySelector('[data-tip]')) svg.setAttribute('role', 'group');
  }
  for (const svg of all<SVGSVGElement>('svg', figure)) {
    const own = all<SVGElement>('[data-tip]', svg);
    own.forEach((mark, i) => {
      mark.setAttribute('tabindex', i === 0 ? '0' : '-1');
      mark.addEventListener('keydown', (e) => {
        const to = {
          ArrowRight: i + 1,
          ArrowDown: i + 1,
          ArrowLeft: i - 1,
          ArrowUp: i - 1,
          Home: 0,
          End: own.length - 1,
        }[e.key];
        const next = to === undefined ? undefined : own[Math.max(0, Math.min(own.length - 1, to))];
        if (!next) return;
        e.preventDefault();
        mark.setAttribute('tabindex', '-1');
        next.setAttribute('tabindex', '0');
        next.focus();
      });
    });
  }
  for (const mark of marks) {
    mark.querySelector(':scope > title')?.remove();
    for (let g = mark.parentElement; g && g.localName !== 'svg'; g = g.parentElement) g.removeAttribute('aria-hidden');
    mark.setAttribute('role', 'img');
    mark.setAttribute('aria-label', mark.getAttribute('data-tip') ?? '');
    mark.addEventListener('pointerenter', (e) => show(mark, e.clientX));
    mark.addEventListener('pointerleave', hide);
    mark.addEventListener('focus', () => show(mark));
    mark.addEventListener('blur', hide);
  }
  // a small mark's invisible hit area (src/lib/charts/hit-area.ts) shows the tooltip of the mark it names
  for (const svg of all<SVGSVGElement>('svg', figure)) {
    for (const area of all<SVGElement>('[data-hit-for]', svg)) {
      const mark = own(svg).find((m) => m.getAttribute('data-hit-id') === area.getAttribute('data-hit-for'));
      if (!mark) continue;
      area.addEventListener('pointerenter', (e) => show(mark, e.clientX));
      area.addEventListener('pointerleave', hide);
    }
  }
  figure.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') hide();
  });
}

all('[data-chart]').forEach(enhance);
