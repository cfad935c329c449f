import os from 'node:os';
import { defineConfig } from 'vitest/config';

// Vitest runs one file at a time on a two-core machine (its default is cores − 1). The test files
// wait on PGlite, PostgreSQL and child processes much of the time, so two at once use the second
// core; each file has its own database, so they do not meet. Files share a worker's loaded modules
// (no isolation): loading the app for each file again cost more than half of the run. Module state
// is the installed-module list and caches keyed by database or request, the same for every file.
const workers = Math.max(2, os.availableParallelism() - 1);

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tools/**/*.test.ts'],
    globalSetup: ['src/testing/global-setup.ts'],
    pool: 'forks',
    maxWorkers: workers,
    isolate: false,
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
