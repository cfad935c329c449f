import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { buildApp } from '../src/server/app';
import { loadConfig } from '../src/server/platform/config';
import { wrapPglite } from '../src/server/platform/db/open';
import { openFileStore } from '../src/server/platform/files/open';
import { PiiCipher } from '../src/server/platform/pii/crypto';
import { runCli } from './cli';

// npm run openapi          writes docs/openapi.json from the routes' schemas
// npm run openapi -- --check   fails when the committed snapshot differs from the code

const SNAPSHOT = path.resolve('docs/openapi.json');

runCli(async () => {
  const config = loadConfig({
    LOG_LEVEL: 'silent',
    DATA_DIR: '/nonexistent',
    ZHENXING_SECRET_KEY: '00'.repeat(32),
  });
  const database = wrapPglite(await PGlite.create());
  const keys = { encryption: Buffer.alloc(32), blindIndex: Buffer.alloc(32) };
  const app = await buildApp(
    { config, database, pii: new PiiCipher(keys), files: openFileStore(config) },
    { logger: false, webRoot: '/nonexistent' },
  );
  const spec = `${JSON.stringify(app.swagger(), null, 2)}\n`;
  await app.close();
  await database.close();
  if (!process.argv.includes('--check')) {
    fs.writeFileSync(SNAPSHOT, spec);
    console.log(`wrote ${SNAPSHOT}`);
    return 0;
  }
  if (!fs.existsSync(SNAPSHOT) || fs.readFileSync(SNAPSHOT, 'utf8') !== spec) {
    console.error(
      'docs/openapi.json 与代码不一致：请运行 npm run openapi 并提交 (OpenAPI snapshot is stale)',
    );
    return 1;
  }
  console.log('OpenAPI snapshot matches the code.');
  return 0;
});
