import { defineConfig } from 'vitest/config';

/**
 * The main suite (`npm test`): everything under test/ except test/corpus/, so it passes on a bare
 * clone. Tests that read ../shared (the corpus and the seed report) live in test/corpus/ and run
 * with `npm run test:corpus` (vitest.corpus.config.ts); .ci/run runs both.
 */
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/corpus/**', '**/node_modules/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    maxWorkers: 2,
  },
});
