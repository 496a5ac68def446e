/** /search/: the URL's ?q= (a submitted header box or a shared link) goes into the page's box, which searches it. */
const input = document.querySelector<HTMLInputElement>('form[data-search-page] [data-search-input]');
const q = new URLSearchParams(location.search).get('q');
if (input && q) {
  input.value = q;
  void import('./search-results').then((m) => m.attach(input.form!, input));
}
