/**
 * A search box's results, loaded on demand by search.ts: Pagefind's script (/pagefind/pagefind.js, which picks
 * the index of the page's language) and a list of results under the box — what kind of place, its title as a
 * link to the exact place (a chart, a finding, a report line), and the matching words. Excerpts are rebuilt as
 * text and <mark> only, never inserted as HTML.
 */
interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string; kind?: string } }>;
}
interface Pagefind {
  options(options: { baseUrl?: string }): Promise<void>;
  init(): Promise<void>;
  debouncedSearch(query: string, options?: object, ms?: number): Promise<{ results: PagefindResult[] } | null>;
}

const SHOWN = 12;
let pagefind: Promise<Pagefind> | null = null;

function load(url: string): Promise<Pagefind> {
  pagefind ??= (import(/* @vite-ignore */ url) as Promise<Pagefind>).then(async (p) => {
    // the records' URLs carry the base path already: Pagefind must not put its own in front
    await p.options({ baseUrl: '/' });
    await p.init();
    return p;
  });
  return pagefind;
}

const fill = (template: string, params: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? ''));

/** The excerpt's words and highlights as nodes: text and <mark> only, whatever the excerpt holds. */
function excerptNodes(excerpt: string): Node[] {
  const parsed = new DOMParser().parseFromString(`<p>${excerpt}</p>`, 'text/html').body.firstChild!;
  return [...parsed.childNodes].map((n) => {
    if (n.nodeName !== 'MARK') return document.createTextNode(n.textContent ?? '');
    const mark = document.createElement('mark');
    mark.textContent = n.textContent;
    return mark;
  });
}

function item(result: Awaited<ReturnType<PagefindResult['data']>>): HTMLLIElement {
  const li = document.createElement('li');
  const link = document.createElement('a');
  link.href = result.url;
  const kind = document.createElement('span');
  kind.className = 'search-kind';
  kind.textContent = result.meta.kind ?? '';
  link.textContent = result.meta.title ?? result.url;
  const excerpt = document.createElement('p');
  excerpt.className = 'search-excerpt';
  excerpt.append(...excerptNodes(result.excerpt));
  li.append(kind, link, excerpt);
  return li;
}

/** A link to the other edition's search for `q`: `/search/?q=…` from the English site, `/en/search/?q=…` from the Chinese. */
function otherSearch(words: DOMStringMap, q: string): HTMLLIElement {
  const li = document.createElement('li');
  const link = document.createElement('a');
  const url = new URL(words.otherSearch!, location.href);
  url.searchParams.set('q', q);
  link.href = url.pathname + url.search;
  link.hreflang = words.otherLang!;
  link.textContent = fill(words.other!, { q });
  li.append(link);
  return li;
}

const attached = new WeakSet<HTMLFormElement>();

/** Takes `form`'s box over: searches as the reader types, lists the results in the form's panel. */
export function attach(form: HTMLFormElement, input: HTMLInputElement): void {
  if (attached.has(form)) return;
  attached.add(form);
  const panel = form.querySelector<HTMLElement>('[data-search-panel]')!;
  const status = form.querySelector<HTMLElement>('[data-search-status]')!;
  const list = form.querySelector<HTMLOListElement>('[data-search-results]')!;
  const words = form.dataset;
  const index = load(words.pagefind!).catch((error: unknown) => {
    status.textContent = fill(words.failed!, { error: String(error) });
    throw error;
  });

  async function run(): Promise<void> {
    const q = input.value.trim();
    panel.hidden = q === '';
    if (!q) return list.replaceChildren();
    status.textContent = words.loading!;
    const search = await (await index).debouncedSearch(q, {}, 200);
    if (!search || input.value.trim() !== q) return; // a newer query is on its way
    const shown = await Promise.all(search.results.slice(0, SHOWN).map((r) => r.data()));
    list.replaceChildren(...shown.map(item));
    const n = search.results.length;
    // a query in the other edition's script (Chinese on the English site, and the report's text is Chinese)
    // is offered to the other edition's search
    const han = /\p{Script=Han}/u.test(q);
    if (!n && han === (words.otherLang ?? '').startsWith('zh')) list.append(otherSearch(words, q));
    status.textContent = n
      ? fill(words.count!, { q, n }) + (n > SHOWN ? ` ${fill(words.more!, { shown: SHOWN })}` : '')
      : fill(words.none!, { q });
  }

  input.addEventListener('input', () => void run());
  // the header's box closes with Escape; the page's stays
  if (!form.hasAttribute('data-search-page'))
    form.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') {
        panel.hidden = true;
        input.blur();
      }
    });
  form.addEventListener('submit', (e) => {
    if (form.hasAttribute('data-search-page')) e.preventDefault();
    // the header's box goes to /search/ (a page a reader can share) only when it has no results open
  });
  if (input.value) void run();
}
