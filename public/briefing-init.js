// The briefing's first paint (a blocking external script in <head>; the site's CSP allows no inline script):
// puts <html> in deck mode (or the notes window's view) and sizes the 1920×1080 slide to the window before
// anything is drawn, so the slides do not first lay out as one long page and then jump. The slide shown until
// src/client/briefing.ts takes over is the one the URL names (#slide-N, via :target) or the first (briefing.css);
// a custom deck shows none until the script has chosen its slides.
// The scale is the one briefing.ts computes, with the toolbar's usual height (60 px) in place of its measure.
(function () {
  var root = document.documentElement;
  var notes = /(?:^|[?&])view=notes(?:&|$)/.test(location.search);
  var w = window.innerWidth;
  var h = window.innerHeight;
  root.classList.add('js', notes ? 'is-notes-view' : 'is-deck');
  // a custom deck (?charts=…): no slide shows until briefing.ts has picked them (briefing-select.ts)
  if (/(?:^|[?&])charts=/.test(location.search)) root.classList.add('deck-picking');
  root.style.setProperty('--deck-scale', String(Math.min(w / 1920, h / 1080, Math.max(h / 2 - 60, 0) / (540 - 96))));
})();
