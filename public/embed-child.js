/*
 * Runs inside an embed page (embed/<chart-id>/), as a blocking script in its <head>:
 * - the theme, before the first paint: an embed sits in someone else's article, so it is light unless its URL
 *   asks otherwise (`?theme=dark`, or `?theme=auto` to follow the reader's system); the HTML is built with
 *   data-theme="light", so it is light without JavaScript too. The site's own pages use theme-init.js instead;
 * - marks <html> with the class `js`, as theme-init.js does on pages, for controls that need JavaScript;
 * - tells the parent page how tall the chart is, on load and whenever it changes, so /embed.js on the
 *   publisher's page can size the iframe. Message shape (documented in the README):
 *   { source: 'fengtai-sti-2019-embed', type: 'resize', id: '<chart-id>', height: <px> }.
 */
(function () {
  var root = document.documentElement;
  root.classList.add('js');
  var theme = new URLSearchParams(location.search).get('theme');
  var scheme = document.querySelector('meta[name="color-scheme"]');
  if (theme === 'dark') root.setAttribute('data-theme', 'dark');
  else if (theme === 'auto') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', 'light');
  if (scheme) scheme.setAttribute('content', theme === 'dark' ? 'dark' : theme === 'auto' ? 'light dark' : 'light');

  function start() {
    if (window.parent === window) return;
    var main = document.querySelector('[data-embed]');
    if (!main) return;
    var id = main.getAttribute('data-embed');
    var last = 0;
    function send() {
      var height = Math.ceil(root.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      window.parent.postMessage({ source: 'fengtai-sti-2019-embed', type: 'resize', id: id, height: height }, '*');
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
