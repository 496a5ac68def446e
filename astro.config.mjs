// @ts-check
import { defineConfig } from 'astro/config';

const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  base,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
});
