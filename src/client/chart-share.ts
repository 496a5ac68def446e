/**
 * The share control of every chart (src/components/chart/ChartShare.astro): makes its URLs absolute from the
 * page's location (unless the build knew its site URL), adds the reader's view — the query string, e.g.
 * `?unit=yuan&sort=rate-desc` — to the permalink and the embed URL, dates the citation with today's date, and
 * adds copy buttons. The fields are filled again whenever the control opens, the reader changes the view, or
 * before copying, so they always match what the reader sees.
 */
import { citationDate, fillCitation } from '../lib/share/cite-fill';
import { embedCode } from '../lib/share/embed-code';
import { all, URL_CHANGE } from './dom';
import './briefing-pick';

const locale = document.documentElement.lang.startsWith('zh') ? 'zh' : 'en';

function field(share: HTMLElement, name: string): HTMLInputElement | HTMLTextAreaElement | null {
  return share.querySelector(`[data-share-field="${name}"]`);
}

/** `path` (absolute or root-relative) resolved against this page, with the current query string. */
function withView(path: string, hash = ''): string {
  const url = new URL(path, location.href);
  url.search = location.search;
  url.hash = hash;
  return url.href;
}

/** The embed URL: the reader's view plus the render flags chosen in the share panel (theme, plain). */
function embedUrl(share: HTMLElement, path: string): string {
  const url = new URL(withView(path));
  const theme = share.querySelector<HTMLInputElement>('[data-embed-theme]:checked')?.value ?? 'light';
  if (theme !== 'light') url.searchParams.set('theme', theme);
  if (share.querySelector<HTMLInputElement>('[data-embed-plain]')?.checked) url.searchParams.set('plain', '');
  return url.href.replace(/([?&]plain)=(?=&|$)/, '$1');
}

function fill(share: HTMLElement): void {
  const d = share.dataset;
  const link = withView(d.sharePage ?? location.pathname, share.dataset.chartShare ?? '');
  const set = (name: string, value: string) => {
    const el = field(share, name);
    if (el && el.value !== value) el.value = value;
  };
  set('link', link);
  set(
    'embed',
    embedCode({
      src: embedUrl(share, d.shareEmbed ?? ''),
      title: d.shareTitle ?? '',
      height: Number(d.shareHeight),
      script: new URL(d.shareScript ?? '', location.href).href,
    }),
  );
  set(
    'cite',
    fillCitation(
      d.citeTemplate ?? '',
      link,
      citationDate(new Date(), locale),
      (path) => new URL(path, location.href).href,
    ),
  );
}

async function copy(share: HTMLElement, target: HTMLInputElement | HTMLTextAreaElement): Promise<void> {
  fill(share);
  const status = share.querySelector<HTMLElement>('[data-share-status]');
  const say = (text: string) => {
    // the same words twice in a row are announced again only if the live region changes in between
    if (status) status.textContent = '';
    requestAnimationFrame(() => {
      if (status) status.textContent = text;
    });
  };
  try {
    await navigator.clipboard.writeText(target.value);
    say(share.dataset.copied ?? '');
  } catch {
    target.focus();
    target.select();
    // the old way, where the Clipboard API is missing (a page served over plain http)
    const legacy = document as unknown as { execCommand?: (command: string) => boolean };
    const copied = legacy.execCommand?.('copy') ?? false;
    say((copied ? share.dataset.copied : share.dataset.copyFailed) ?? '');
  }
}

const shares = all('[data-chart-share]');
for (const share of shares) {
  fill(share);
  share.addEventListener('toggle', () => fill(share));
  share.addEventListener('change', () => fill(share));
  for (const button of all<HTMLButtonElement>('button[data-copy]', share)) {
    const target = document.getElementById(button.dataset.copy ?? '') as HTMLInputElement | HTMLTextAreaElement | null;
    if (!target) continue;
    button.addEventListener('click', () => void copy(share, target));
  }
}

// The view changes through the unit switch, sort buttons and the drill-down, which announce the new URL (dom.ts).
const refill = () => shares.forEach(fill);
if (shares.length) {
  addEventListener(URL_CHANGE, refill);
  addEventListener('hashchange', refill);
}
