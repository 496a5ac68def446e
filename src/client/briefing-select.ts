/**
 * A deck from any charts: `/briefing/?charts=id1,id2,…` keeps only the slides of those charts (a slide names its
 * chart in `data-chart`, src/components/briefing/BriefingDeck.astro), in that order, and numbers them again.
 * The same function cuts the offline file down for the custom deck's download (src/client/briefing.ts), so the
 * page and the file present the same slides. Ids with no slide are left out and named in the toolbar's note.
 */

/** The chart ids of `?charts=` (comma-separated, each once, in order); null when the URL asks for no selection. */
export function chartsParam(search: string): string[] | null {
  const value = new URLSearchParams(search).get('charts');
  if (value === null) return null;
  return [
    ...new Set(
      value
        .split(',')
        .map((id) => id.trim())
        .filter(Boolean),
    ),
  ];
}

/** The deck of `ids` in that order: the `/briefing/` path (base and locale included) with `?charts=`. */
export function deckHref(deckPath: string, ids: readonly string[]): string {
  return `${deckPath}?charts=${ids.map(encodeURIComponent).join(',')}`;
}

export interface Selection {
  /** the ids that have a slide, in the deck's new order */
  shown: string[];
  /** the ids asked for that no slide shows (unknown, or a chart without a slide) */
  missing: string[];
}

/**
 * Keeps in the deck of `doc` (a document, or a fragment holding the deck) only the slides of `ids`, in that order, and renumbers them (ids `slide-N`, labels, the
 * printed slide numbers, the notes' labels, `data-total`). When none of the ids has a slide, the deck is left whole.
 */
export function pickSlides(doc: ParentNode, ids: readonly string[]): Selection {
  const deck = doc.querySelector<HTMLElement>('[data-deck]');
  const slides = [...doc.querySelectorAll<HTMLElement>('[data-slide]')];
  const byChart = new Map(slides.filter((s) => s.dataset.chart).map((s) => [s.dataset.chart!, s]));
  const shown = ids.filter((id) => byChart.has(id));
  const missing = ids.filter((id) => !byChart.has(id));
  if (!deck || shown.length === 0) return { shown, missing };
  const kept = shown.map((id) => byChart.get(id)!);
  for (const s of slides) if (!kept.includes(s)) s.remove();
  for (const s of kept) deck.append(s);
  const total = kept.length;
  const template = deck.dataset.labelTemplate ?? '{n} / {total}';
  deck.dataset.total = String(total);
  kept.forEach((s, i) => {
    const n = String(i + 1);
    s.id = `slide-${n}`;
    s.setAttribute('aria-label', template.replace('{n}', n).replace('{total}', String(total)));
    const number = s.querySelector('.slide-number');
    if (number) number.textContent = `${n} / ${total}`;
    const notes = s.querySelector('.slide-notes');
    notes?.setAttribute('aria-label', (notes.getAttribute('aria-label') ?? '').replace(/\d+$/, n));
  });
  return { shown, missing };
}

/** Shows the ids that were left out in the toolbar's note (its `data-template` has `{ids}`); hides it when none were. */
export function noteMissing(doc: ParentNode, missing: readonly string[], separator: string): void {
  const note = doc.querySelector<HTMLElement>('[data-deck-note]');
  if (!note) return;
  note.hidden = missing.length === 0;
  note.textContent = missing.length ? (note.dataset.template ?? '{ids}').replace('{ids}', missing.join(separator)) : '';
}
