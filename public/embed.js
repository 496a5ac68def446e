/*
 * For publishers: add once to a page that embeds charts from this site,
 *   <script src="https://<this site>/embed.js" async></script>
 * and every iframe showing one of its embed pages (…/embed/<chart-id>/) takes the height of its chart.
 * It only accepts messages that come from one of those iframes, from this site's origin, and of the documented
 * shape { source: 'fengtai-sti-2019-embed', type: 'resize', id: string, height: number }.
 * The host page can also set the embeds' theme, e.g. from its own dark-mode toggle:
 *   window.postMessage({ source: 'fengtai-sti-2019-host', type: 'theme', theme: 'dark' }, location.origin);
 * (theme: 'light', 'dark' or 'auto'). This script forwards that message, only when the page posted it to
 * itself and in exactly that shape, to each of this site's embed iframes, addressed to this site's origin.
 */
(function () {
  var script = document.currentScript;
  if (!script || !script.src) return;
  var root = new URL('.', script.src).href;
  var origin = new URL(root).origin;
  var EMBED = /\/embed\/[a-z][a-z0-9-]*\/(?:[?#].*)?$/;

  function ours(frame) {
    var src = frame.src || '';
    return src.indexOf(root) === 0 && EMBED.test(src);
  }

  function hostTheme(event) {
    if (event.source !== window || event.origin !== location.origin) return false;
    var d = event.data;
    if (!d || typeof d !== 'object' || d.source !== 'fengtai-sti-2019-host' || d.type !== 'theme') return false;
    if (Object.keys(d).length !== 3 || ['light', 'dark', 'auto'].indexOf(d.theme) < 0) return false;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (ours(frames[i]) && frames[i].contentWindow)
        frames[i].contentWindow.postMessage({ source: d.source, type: d.type, theme: d.theme }, origin);
    }
    return true;
  }

  window.addEventListener('message', function (event) {
    if (hostTheme(event)) return;
    if (event.origin !== origin) return;
    var d = event.data;
    if (!d || typeof d !== 'object' || d.source !== 'fengtai-sti-2019-embed' || d.type !== 'resize') return;
    if (
      typeof d.id !== 'string' ||
      typeof d.height !== 'number' ||
      !isFinite(d.height) ||
      d.height <= 0 ||
      d.height > 20000
    )
      return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow === event.source && ours(frame)) {
        frame.style.height = Math.ceil(d.height) + 'px';
      }
    }
  });
})();
