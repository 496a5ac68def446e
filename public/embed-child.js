/*
 * Runs inside an embed page (embed/<chart-id>/), as a blocking script in its <head>:
 * - the theme, before the first paint: an embed sits in someone else's article, so it is light unless its URL
 *   asks otherwise (`?theme=dark`, or `?theme=auto` to follow the reader's system); the HTML is built with
 *   data-theme="light", so it is light without JavaScript too. The site's own pages use theme-init.js instead;
 * - marks <html> with the class `js`, as theme-init.js does on pages, for controls that need JavaScript, and
 *   with `data-plain` when the URL says `?plain` (the chart and its source line only: a publisher writes the
 *   headline);
 * - follows a theme the host page sends (through /embed.js): { source: 'fengtai-sti-2019-host', type: 'theme',
 *   theme: 'light' | 'dark' | 'auto' }, accepted only from the parent window and only in exactly that shape;
 * - tells the parent page how tall the chart is, on load and whenever it changes, so /embed.js on the
 *   publisher's page can size the iframe. Message shape (documented in the README):
 *   { source: 'fengtai-sti-2019-embed', type: 'resize', id: '<chart-id>', height: <px> }; and, when a pym.js
 *   parent made the iframe (its URL has `childId`), pym's own height message, so pym.Parent sizes it too.
 */
(function () {
  var root = document.documentElement;
  root.classList.add('js');
  var params = new URLSearchParams(location.search);
  var scheme = document.querySelector('meta[name="color-scheme"]');
  function setTheme(theme) {
    if (theme === 'dark') root.setAttribute('data-theme', 'dark');
    else if (theme === 'auto') root.removeAttribute('data-theme');
    else root.setAttribute('data-theme', 'light');
    if (scheme) scheme.setAttribute('content', theme === 'dark' ? 'dark' : theme === 'auto' ? 'light dark' : 'light');
  }
  setTheme(params.get('theme'));
  if (params.has('plain')) root.setAttribute('data-plain', '');

  window.addEventListener('message', function (event) {
    if (event.source !== window.parent || window.parent === window) return;
    var d = event.data;
    if (!d || typeof d !== 'object' || d.source !== 'fengtai-sti-2019-host' || d.type !== 'theme') return;
    if (Object.keys(d).length !== 3 || ['light', 'dark', 'auto'].indexOf(d.theme) < 0) return;
    setTheme(d.theme);
  });

  function start() {
    if (window.parent === window) return;
    var main = document.querySelector('[data-embed]');
    if (!main) return;
    var id = main.getAttribute('data-embed');
    var pymId = params.get('childId');
    var last = 0;
    function send() {
      var height = Math.ceil(root.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      window.parent.postMessage({ source: 'fengtai-sti-2019-embed', type: 'resize', id: id, height: height }, '*');
      // pym.js's protocol: 'pymxPYMx' + childId + 'xPYMx' + 'height' + 'xPYMx' + px
      if (pymId) window.parent.postMessage('pymxPYMx' + pymId + 'xPYMxheightxPYMx' + height, '*');
    }
    window.addEventListener('load', send);
    if ('ResizeObserver' in window) new ResizeObserver(send).observe(root);
    else window.addEventListener('resize', send);
    document.addEventListener('toggle', send, true);
    send();
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
