import { defineConfig } from 'vitest/config';

// Browser tests against the built app served by the real server (run `npm run build` first). Two
// files run at a time, each worker against its own server (e2e/global-setup.ts): while one page
// waits for its data or LibreOffice, the other uses the second core. ZX_E2E_SERVERS=1 runs one.
const servers = Math.max(1, Number(process.env.ZX_E2E_SERVERS ?? 2));
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    globalSetup: ['e2e/global-setup.ts'],
    pool: 'forks',
    fileParallelism: servers > 1,
    maxWorkers: servers,
    // A test drives a real browser against a real server on a two-core machine that runs another
    // such pair beside it: journeys that took 35–50 s in CI left too little room under one minute.
    testTimeout: 120_000,
    hookTimeout: 60_000,
    // expect.poll waits for a page that is still loading its data; its default of one second
    // failed a public board on a loaded CI machine, so it waits as long as a page may take.
    expect: { poll: { timeout: 15_000 } },
  },
});
