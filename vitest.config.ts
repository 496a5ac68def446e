import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // the same alias as astro.config.mjs: src/lib/data.ts reads the tables through `@derived/…`
  resolve: { alias: { '@derived': resolve(import.meta.dirname, process.env.DERIVED_DIR ?? 'data/derived') } },
  test: {
    include: ['test/**/*.test.ts'],
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
  },
});
