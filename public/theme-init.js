// Applies the theme the reader chose with the toggle before the first paint, so a stored dark theme does not
// flash light. Loaded as a blocking external script in <head> (no inline scripts: the site runs under a CSP).
try {
  var theme = localStorage.getItem('theme');
  if (theme === 'light' || theme === 'dark') document.documentElement.setAttribute('data-theme', theme);
} catch (error) {
  // storage can be unavailable (private mode, blocked cookies): the system theme applies
}
