import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { freePort, repoRoot, spawnServer, stopServer, waitForHealth } from '../src/testing/server-process';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Starts the real server on a free port with a fresh data directory (PGlite, demo seed). */
export default async function setup(project: TestProject) {
  if (!existsSync(path.join(repoRoot, 'dist/web/index.html'))) {
    throw new Error('dist/web/index.html is missing: run `npm run build` before the e2e tests');
  }
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
  project.provide('baseUrl', server.baseUrl);
  return end;
}
