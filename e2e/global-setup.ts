import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { freePort, repoRoot, spawnServer, stopServer, waitForHealth } from '../src/testing/server-process';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrls: string[];
  }
}

/** How many servers (and test files at once): two keep both cores busy while a page waits. */
const E2E_SERVERS = Math.max(1, Number(process.env.ZX_E2E_SERVERS ?? 2));

/**
 * Starts the real server on a free port with a fresh data directory (PGlite, demo seed), once per
 * test worker: the files run two at a time, each worker against its own server (e2e/browser.ts
 * serverUrl), so no file meets another's writes half-way.
 */
export default async function setup(project: TestProject) {
  if (!existsSync(path.join(repoRoot, 'dist/web/index.html'))) {
    throw new Error('dist/web/index.html is missing: run `npm run build` before the e2e tests');
  }
  const ends: (() => Promise<void>)[] = [];
  const endAll = async () => {
    await Promise.all(ends.map((end) => end()));
  };
  try {
    const urls = await Promise.all(
      Array.from({ length: E2E_SERVERS }, async () => {
        const { url, end } = await startServer();
        ends.push(end);
        return url;
      }),
    );
    project.provide('baseUrls', urls);
  } catch (error) {
    await endAll();
    throw error;
  }
  return endAll;
}

const startServer = async () => {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'zhenxing-e2e-'));
  const server = spawnServer(await freePort(), {
    DATA_DIR: dataDir,
    ZHENXING_SECRET_KEY: undefined,
    DATABASE_URL: undefined,
  });
  let stopping = false;
  // A server that dies mid-run shows only as refused connections in the tests: say why here.
  server.child.once('exit', (code, signal) => {
    if (stopping) return;
    console.error(
      `\n[e2e] the server died (exit code ${code}, signal ${signal}); its last output:\n${server.output()}\n`,
    );
  });
  const end = async () => {
    stopping = true;
    await stopServer(server, 10_000);
    await rm(dataDir, { recursive: true, force: true });
  };
  try {
    await waitForHealth(server);
  } catch (error) {
    await end();
    throw error;
  }
  return { url: server.baseUrl, end };
};
