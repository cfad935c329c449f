import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { inject } from 'vitest';
import { buildApp } from '../server/app';
import { loadConfig } from '../server/platform/config';
import { openFileStore } from '../server/platform/files/open';
import type { Services } from '../server/platform/http/types';
import { PiiCipher } from '../server/platform/pii/crypto';
import { loadPiiKeys } from '../server/platform/pii/keys';
import { unnamedAuditKeys } from './audit-names';
import { openEmptyDatabase, openTestDatabase } from './test-db';

export interface TestHarness {
  app: FastifyInstance;
  services: Services;
  close(): Promise<void>;
}

export interface HarnessOptions {
  /** A built web app to serve (default: none, so every non-API path is a 404). */
  webRoot?: string;
  /** More settings, as in the environment (`{ COOKIE_SECURE: 'true' }`). */
  env?: Record<string, string>;
  /** A migrated database without regions or accounts instead of the template's. */
  empty?: boolean;
}

/** An app on a fresh copy of the template database (PGlite, or PostgreSQL under `npm run test:pg`). */
export const createHarness = async (options: HarnessOptions = {}): Promise<TestHarness> => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhenxing-test-'));
  const config = loadConfig({
    ...options.env,
    DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    ZHENXING_SECRET_KEY: 'ab'.repeat(32),
  });
  const template = inject('dbTemplate');
  const database = await (options.empty ? openEmptyDatabase(template) : openTestDatabase(template));
  const services: Services = {
    config,
    database,
    pii: new PiiCipher(loadPiiKeys(config.ZHENXING_SECRET_KEY, dataDir)),
    files: openFileStore(config),
  };
  const app = await buildApp(services, {
    logger: false,
    webRoot: options.webRoot ?? path.join(dataDir, 'no-web'),
  });
  return {
    app,
    services,
    close: async () => {
      // Every action and record kind the file's tests wrote must have a name (审计日志 shows them).
      const unnamed = await unnamedAuditKeys(database.db);
      await app.close();
      await database.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
      if (unnamed.length) throw new Error(`audit rows without a name in any manifest: ${unnamed.join(', ')}`);
    },
  };
};
