import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import openapiTS, { astToString, COMMENT_HEADER } from 'openapi-typescript';
import { buildApp } from '../src/server/app';
import { loadConfig } from '../src/server/platform/config';
import { wrapPglite } from '../src/server/platform/db/open';
import { openFileStore } from '../src/server/platform/files/open';
import { PiiCipher } from '../src/server/platform/pii/crypto';
import { runCli } from './cli';

// npm run openapi          writes docs/openapi.json from the routes' schemas, and the web client's
//                          types (src/web/app/api-schema.d.ts) from that document
// npm run openapi -- --check   fails when either committed file differs from the code

const SNAPSHOT = path.resolve('docs/openapi.json');
const WEB_TYPES = path.resolve('src/web/app/api-schema.d.ts');

/** The `paths` type that openapi-fetch's client is built on. Biome leaves this file alone (biome.json). */
const webTypes = async (spec: string): Promise<string> => {
  const ast = await openapiTS(JSON.parse(spec), { alphabetize: true });
  return `${COMMENT_HEADER}// Generated from docs/openapi.json by npm run openapi; do not edit.\n\n${astToString(ast)}`;
};

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
  const types = await webTypes(spec);
  if (!process.argv.includes('--check')) {
    fs.writeFileSync(SNAPSHOT, spec);
    fs.writeFileSync(WEB_TYPES, types);
    console.log(`wrote ${SNAPSHOT}\nwrote ${WEB_TYPES}`);
    return 0;
  }
  const stale = (file: string, text: string) =>
    !fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== text;
  if (stale(SNAPSHOT, spec)) {
    console.error(
      'docs/openapi.json 与代码不一致：请运行 npm run openapi 并提交 (OpenAPI snapshot is stale)',
    );
    return 1;
  }
  if (stale(WEB_TYPES, types)) {
    console.error(
      'src/web/app/api-schema.d.ts 与 docs/openapi.json 不一致：请运行 npm run openapi 并提交 (web client types are stale)',
    );
    return 1;
  }
  console.log('OpenAPI snapshot and web client types match the code.');
  return 0;
});
