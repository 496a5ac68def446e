// @ts-check
import { defineConfig } from 'astro/config';

const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  base,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  // keep every client script an external file: the Content-Security-Policy allows no inline script
  vite: { build: { assetsInlineLimit: 0 } },
});
