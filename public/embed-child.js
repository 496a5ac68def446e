/*
 * Runs inside an embed page (embed/<chart-id>/): tells the parent page how tall the chart is, on load and
 * whenever it changes, so /embed.js on the publisher's page can size the iframe. Message shape (documented in
 * the README): { source: 'fengtai-sti-2019-embed', type: 'resize', id: '<chart-id>', height: <px> }.
 */
(function () {
  if (window.parent === window) return;
  var main = document.querySelector('[data-embed]');
  if (!main) return;
  var id = main.getAttribute('data-embed');
  var last = 0;
  function send() {
    var height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ source: 'fengtai-sti-2019-embed', type: 'resize', id: id, height: height }, '*');
  }
  window.addEventListener('load', send);
  if ('ResizeObserver' in window) new ResizeObserver(send).observe(document.documentElement);
  else window.addEventListener('resize', send);
  document.addEventListener('toggle', send, true);
  send();
})();
