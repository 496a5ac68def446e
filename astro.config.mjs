// @ts-check
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import { derivedProblems } from './contract/derived.ts';

const root = fileURLToPath(new URL('.', import.meta.url));

// BASE_PATH: the folder the site is served from (`/`, or `/some/sub/` on a shared host).
const base = process.env.BASE_PATH ?? '/';
// SITE_URL: where the site is deployed (`https://example.org/`). Canonical and hreflang links need it to be
// absolute; without it they stay root-relative, which every host serves correctly but search engines like less.
const site = process.env.SITE_URL || undefined;
// DERIVED_DIR: the tables the site is built from (default data/derived/), e.g. a test's derived folder.
// src/lib/data.ts imports them through `@derived/…`; derivedDir() there resolves the same folder for node:fs.
const derived = resolve(root, process.env.DERIVED_DIR ?? 'data/derived');

/**
 * Before a build touches its output: the derived files must match the contract, or the build stops with each file's
 * first problem (file, row, column, what was expected) and no stack trace, leaving the last build as it was.
 * @type {import('astro').AstroIntegration}
 */
const derivedData = {
  name: 'derived-data',
  hooks: {
    'astro:config:setup': ({ command, config, logger }) => {
      if (command !== 'build') return;
      const problems = derivedProblems(derived);
      if (!problems.length) return;
      for (const problem of problems) logger.error(problem);
      const out = relative(root, fileURLToPath(config.outDir));
      logger.error(
        `The build stopped before writing to ${out}/, which is as it was; \`npm run data\` writes the data again.`,
      );
      process.exit(1);
    },
  },
};

export default defineConfig({
  integrations: [derivedData],
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  vite: {
    resolve: { alias: { '@derived': derived } },
    // keep every client script an external file: the Content-Security-Policy allows no inline script
    build: { assetsInlineLimit: 0 },
  },
});
