import os from 'node:os';
import { defineConfig } from 'vitest/config';

// Vitest runs one file at a time on a two-core machine (its default is cores − 1). The test files
// wait on PGlite, PostgreSQL and child processes much of the time, so two at once use the second
// core; each file has its own database, so they do not meet.
const workers = Math.max(2, os.availableParallelism() - 1);

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tools/**/*.test.ts'],
    globalSetup: ['src/testing/global-setup.ts'],
    pool: 'forks',
    maxWorkers: workers,
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
