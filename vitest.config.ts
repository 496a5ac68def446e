import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

// the same alias as astro.config.mjs: src/lib/data.ts reads the tables through `@derived/…`
// (each project `extends` this root config: the alias, the pool and the 30 s test timeout)
const alias = { '@derived': resolve(import.meta.dirname, process.env.DERIVED_DIR ?? 'data/derived') };

/**
 * Three tiers (see test/run-tiers.ts, which `npm test` runs):
 * - unit: the pipeline, the audit rules and src/lib — no build, no browser;
 * - site: checks of the built site (`*.build.test.ts`: dist/ or DIST_DIR, built first if missing);
 * - browser: Debian's Chromium against a served build.
 */
export default defineConfig({
  resolve: { alias },
  test: {
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/scripts/**/*.test.ts', 'test/site/**/*.test.ts'],
          exclude: ['**/*.build.test.ts'],
          // the files of a worker share their imports (Plot, Arquero, zod, the contract) instead of importing them
          // afresh: 50 → 38 s here. No unit test leaves state behind (the two that set process.env put it back);
          // they pass in any order (`--sequence.shuffle.files --sequence.seed=N`, seeds 1–3 tried)
          isolate: false,
        },
      },
      { extends: true, test: { name: 'site', include: ['test/site/**/*.build.test.ts'] } },
      { extends: true, test: { name: 'browser', include: ['test/browser/**/*.test.ts'] } },
    ],
  },
});
