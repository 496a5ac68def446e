/**
 * On a phone the site's sections are one row that scrolls sideways (base.css); this brings the current page's
 * section into that row's view, so a reader on /report/ sees where they are. Without JavaScript the row starts
 * at its beginning and still scrolls.
 */
const row = document.querySelector<HTMLElement>('.site-nav ul');
const current = row?.querySelector<HTMLElement>('[aria-current="page"]');
if (row && current && row.scrollWidth > row.clientWidth) {
  const past = current.getBoundingClientRect().right - row.getBoundingClientRect().right;
  if (past > 0) row.scrollLeft += past + 16;
}
