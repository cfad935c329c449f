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
import { openEmptyDatabase, openTestDatabase } from './test-db';

export interface TestHarness {
  app: FastifyInstance;
  services: Services;
  close(): Promise<void>;
}

/**
 * An app on a fresh copy of the template database (PGlite, or PostgreSQL under `npm run test:pg`);
 * `empty`: on a migrated database without regions or accounts instead.
 */
export const createHarness = async (options: { empty?: boolean } = {}): Promise<TestHarness> => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhenxing-test-'));
  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', ZHENXING_SECRET_KEY: 'ab'.repeat(32) });
  const template = inject('dbTemplate');
  const database = await (options.empty ? openEmptyDatabase(template) : openTestDatabase(template));
  const services: Services = {
    config,
    database,
    pii: new PiiCipher(loadPiiKeys(config.ZHENXING_SECRET_KEY, dataDir)),
    files: openFileStore(config),
  };
  const app = await buildApp(services, { logger: false, webRoot: path.join(dataDir, 'no-web') });
  return {
    app,
    services,
    close: async () => {
      await app.close();
      await database.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
};
