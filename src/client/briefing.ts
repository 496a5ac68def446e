/**
 * Turns the briefing's slides into a deck: one slide at a time, scaled to the window; keys that presentation
 * clickers send; the slide number in the URL (#slide-3) and on screen; full screen; speaker notes on screen or
 * in a second window that follows the slides. Without this script the slides read as one long page.
 * `?charts=id1,id2` presents only those charts' slides, and its download is a file of just those
 * (briefing-select.ts). The offline file (src/lib/routes/briefing-file-route.ts) runs this same script inline.
 */
import { chartsParam, noteMissing, pickSlides } from './briefing-select';
import { replaceUrl } from './dom';

const root = document.documentElement;
// a custom deck: before anything reads the slides
const picked = chartsParam(location.search);
const selection = picked ? pickSlides(document, picked) : null;
if (selection) noteMissing(document, selection.missing, root.lang.startsWith('zh') ? '、' : ', ');
const deck = document.querySelector<HTMLElement>('[data-deck]');
const slides = [...document.querySelectorAll<HTMLElement>('[data-slide]')];
const count = document.querySelector<HTMLElement>('[data-deck-count]');
const notesButton = document.querySelector<HTMLButtonElement>('[data-deck-notes]');
const bar = document.querySelector<HTMLElement>('[data-deck-bar]');
const notesView = new URLSearchParams(location.search).get('view') === 'notes';
const channel = 'BroadcastChannel' in window ? new BroadcastChannel('fengtai-briefing') : null;

if (deck && slides.length) {
  const total = slides.length;
  const template = deck.dataset.labelTemplate ?? '{n} / {total}';
  let current = 0;

  const fromHash = (): number => {
    const m = /^#slide-(\d+)$/.exec(location.hash);
    const n = m ? Number(m[1]) - 1 : 0;
    return Math.min(Math.max(n, 0), total - 1);
  };

  // The slide is 1920×1080, centred and scaled to the window; its bottom BAR_ROOM px (its bottom padding in
  // briefing.css) are the band the toolbar may cover, so the scale also keeps the toolbar's height inside that
  // band: nothing on a slide is ever under the toolbar, and fading the toolbar moves nothing.
  const BAR_ROOM = 96;
  const fit = () => {
    const w = window.innerWidth;
    const h = window.innerHeight;
    const barHeight = bar?.offsetHeight ?? 0;
    const scale = Math.min(w / 1920, h / 1080, Math.max(h / 2 - barHeight, 0) / (540 - BAR_ROOM));
    root.style.setProperty('--deck-scale', String(scale));
  };

  const show = (n: number, { broadcast = true } = {}) => {
    current = Math.min(Math.max(n, 0), total - 1);
    slides.forEach((s, i) => {
      s.toggleAttribute('data-active', i === current);
      s.setAttribute('aria-hidden', String(i !== current));
      s.inert = i !== current;
    });
    if (count) count.textContent = template.replace('{n}', String(current + 1)).replace('{total}', String(total));
    const hash = `#slide-${current + 1}`;
    replaceUrl(hash);
    if (broadcast) channel?.postMessage({ slide: current });
  };

  const toggleFullscreen = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void root.requestFullscreen?.().catch(() => undefined);
  };

  // public/briefing-init.js has already put the page in deck (or notes) mode before the first paint
  root.classList.add(notesView ? 'is-notes-view' : 'is-deck');
  fit();
  show(fromHash(), { broadcast: false });
  root.classList.add('deck-ready');

  window.addEventListener('resize', fit);
  if (bar && 'ResizeObserver' in window) new ResizeObserver(fit).observe(bar);

  // Presenting: in full screen, or after IDLE_MS without the mouse, the toolbar fades out (briefing.css); a mouse
  // move, a touch or a key other than a slide key brings it back. The notes window keeps its toolbar.
  const IDLE_MS = 3000;
  let idle: number | undefined;
  const present = (on: boolean) => root.classList.toggle('deck-presenting', on && !notesView);
  const wake = () => {
    present(false);
    window.clearTimeout(idle);
    idle = window.setTimeout(() => present(true), IDLE_MS);
  };
  document.addEventListener('mousemove', wake, { passive: true });
  document.addEventListener('pointerdown', wake, { passive: true });
  document.addEventListener('fullscreenchange', () => {
    if (document.fullscreenElement) {
      window.clearTimeout(idle);
      present(true);
    } else wake();
  });
  wake();
  window.addEventListener('hashchange', () => show(fromHash()));
  channel?.addEventListener('message', (e: MessageEvent<{ slide?: unknown }>) => {
    if (typeof e.data?.slide === 'number') show(e.data.slide, { broadcast: false });
  });

  document.addEventListener('keydown', (e) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const target = e.target as HTMLElement | null;
    if (target?.closest('input, textarea, select')) return;
    const key = e.key;
    let handled = true;
    if (key === 'ArrowRight' || key === 'ArrowDown' || key === 'PageDown' || (key === ' ' && !e.shiftKey))
      show(current + 1);
    else if (key === 'ArrowLeft' || key === 'ArrowUp' || key === 'PageUp' || (key === ' ' && e.shiftKey))
      show(current - 1);
    else if (key === 'Home') show(0);
    else if (key === 'End') show(total - 1);
    else if (key === 'f' || key === 'F') toggleFullscreen();
    else if (key === 'Escape' && document.fullscreenElement) void document.exitFullscreen();
    else if (key === 'n' || key === 'N') notesButton?.click();
    else if (key === 's' || key === 'S') openNotesWindow();
    else handled = false;
    if (handled) e.preventDefault();
    // moving through the slides keeps the toolbar hidden; any other key (Tab, N, …) shows it
    const slideKey = handled && !/^[fFnNsS]$/.test(key) && key !== 'Escape';
    if (!slideKey) wake();
  });

  function openNotesWindow() {
    // the notes of this deck: a custom deck's notes window keeps its ?charts=
    const query = new URLSearchParams(location.search);
    query.set('view', 'notes');
    const url = `${location.pathname}?${query.toString().replace(/%2C/g, ',')}#slide-${current + 1}`;
    window.open(url, 'fengtai-briefing-notes', 'popup,width=960,height=720');
  }

  document.querySelector('[data-deck-prev]')?.addEventListener('click', () => show(current - 1));
  document.querySelector('[data-deck-next]')?.addEventListener('click', () => show(current + 1));
  document.querySelector('[data-deck-fullscreen]')?.addEventListener('click', toggleFullscreen);
  document.querySelector('[data-deck-window]')?.addEventListener('click', openNotesWindow);
  notesButton?.addEventListener('click', () => {
    const on = root.classList.toggle('show-notes');
    notesButton.setAttribute('aria-pressed', String(on));
  });
}

// A custom deck's download: the offline file of the whole deck, cut to the same slides in the browser. The offline
// file itself is compiled with BRIEFING_FILE set (src/lib/routes/briefing-file-route.ts): it has no download link,
// and this, the script's only request, is left out of it.
if (!import.meta.env.BRIEFING_FILE) {
  const download = document.querySelector<HTMLAnchorElement>('[data-deck-download]');
  if (download && selection?.shown.length) customDownload(download, selection.shown);
}

function customDownload(link: HTMLAnchorElement, ids: readonly string[]) {
  const ready = fetch(link.href)
    .then((response) => {
      if (!response.ok) throw new Error(`${link.href}: HTTP ${response.status}`);
      return response.text();
    })
    .then((html) => {
      // the file's body cut in an inert <template> (its inline style and scripts neither apply nor run here,
      // which the site's CSP would refuse), its head kept as it is
      const start = html.indexOf('<body>') + '<body>'.length;
      const end = html.lastIndexOf('</body>');
      if (start < '<body>'.length || end < start) throw new Error(`${link.href}: no <body>`);
      const body = document.createElement('template');
      body.innerHTML = html.slice(start, end);
      pickSlides(body.content, ids);
      const text = html.slice(0, start) + body.innerHTML + html.slice(end);
      link.href = URL.createObjectURL(new Blob([text], { type: 'text/html' }));
      link.download = link.dataset.customName ?? link.download;
    })
    // a file that cannot be fetched: the link downloads the whole deck, as it does without the script
    .catch(() => undefined)
    .finally(() => (link.dataset.ready = ''));
  // a click before the file is ready waits for it
  link.addEventListener('click', (e) => {
    if ('ready' in link.dataset) return;
    e.preventDefault();
    void ready.then(() => link.click());
  });
}
