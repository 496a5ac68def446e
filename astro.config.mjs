// @ts-check
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import { derivedProblems } from './contract/derived.ts';
import { translationProblems } from './src/lib/translation-check.ts';
import { translationsOptional } from './src/lib/translations.ts';

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
 * first problem (file, row, column, what was expected); then every report text the pages translate must have our
 * English (src/lib/translations.ts; not with TRANSLATIONS=optional), or the build stops with each missing one (its
 * kind, the text, the file to add it to). Either way without a stack trace, leaving the last build as it was.
 * @type {import('astro').AstroIntegration}
 */
const derivedData = {
  name: 'derived-data',
  hooks: {
    'astro:config:setup': ({ command, config, logger }) => {
      if (command !== 'build') return;
      const stop = (/** @type {string[]} */ problems, /** @type {string} */ remedy) => {
        for (const problem of problems) logger.error(problem);
        const out = relative(root, fileURLToPath(config.outDir));
        logger.error(`The build stopped before writing to ${out}/, which is as it was; ${remedy}`);
        process.exit(1);
      };
      const problems = derivedProblems(derived);
      if (problems.length) stop(problems, '`npm run data` writes the data again.');
      if (translationsOptional()) return;
      const missing = translationProblems(derived);
      if (missing.length)
        stop(
          missing,
          `${missing.length === 1 ? 'one report text has' : `${missing.length} report texts have`} no English of ours ` +
            '(TRANSLATIONS=optional builds another report without it).',
        );
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
