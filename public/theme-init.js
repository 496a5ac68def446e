// Runs before the first paint (a blocking external script in <head>; the site's CSP allows no inline script):
// - marks <html> with the class `js`, so controls that need JavaScript (`[data-needs-js]`) are laid out from the
//   first paint instead of appearing later and pushing the page down;
// - applies the theme the reader chose with the toggle, so a stored dark theme does not flash light.
document.documentElement.classList.add('js');
try {
  var theme = localStorage.getItem('theme');
  if (theme === 'light' || theme === 'dark') document.documentElement.setAttribute('data-theme', theme);
} catch {
  // storage can be unavailable (private mode, blocked cookies): the system theme applies
}
