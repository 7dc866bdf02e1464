import { defineConfig } from 'vitest/config';

/** The corpus suite (`npm run test:corpus`): tests that read ../shared (corpus and seed report). */
export default defineConfig({
  test: {
    include: ['test/corpus/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    maxWorkers: 2,
  },
});
