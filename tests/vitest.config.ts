import { defineConfig } from 'vitest/config';

// Service tests (the api's services in process), integration and browser tests: each file starts its own api (and worker, web) processes on a
// database cloned from a migrated template, with its own Redis key prefix.
export default defineConfig({
  test: {
    include: ['service/**/*.test.ts', 'api/**/*.test.ts', 'browser/**/*.test.ts'],
    globalSetup: ['./support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    maxWorkers: 2,
  },
});
