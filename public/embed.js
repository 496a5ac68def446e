/*
 * For publishers: add once to a page that embeds charts from this site,
 *   <script src="https://<this site>/embed.js" async></script>
 * and every iframe showing one of its embed pages (…/embed/<chart-id>/) takes the height of its chart.
 * It only accepts messages that come from one of those iframes, from this site's origin, and of the documented
 * shape { source: 'fengtai-sti-2019-embed', type: 'resize', id: string, height: number }.
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

  window.addEventListener('message', function (event) {
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
