import fs from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { MODULES } from '../server/modules';
import { importCounty } from '../server/modules/regions/import-county';
import { runAdminSql, withDatabase } from '../server/platform/db/admin';
import { migrate } from '../server/platform/db/migrate';
import { openPostgres, wrapPglite } from '../server/platform/db/open';
import type { Database } from '../server/platform/db/types';
import { installModules } from '../server/platform/modules/registry';

// Test databases: migrated once per run into a template (a PostgreSQL template database, or a
// dumped PGlite data directory), then copied for each test file so no file sees another's rows.

/** Counties every test database holds: two townships of 田东 give "own" and "other" sides, 凌云 another county. */
export const TEST_COUNTIES = ['451022', '451027'] as const;

const SYSTEM = { actor: null, meta: { requestId: 'test-setup', ip: null } };

const fill = async (database: Database) => {
  await migrate(database);
  installModules(MODULES);
  for (const county of TEST_COUNTIES) await importCounty(database.db, SYSTEM, county);
};

export const createPgTemplate = async (baseUrl: string, name: string): Promise<void> => {
  await runAdminSql(baseUrl, `drop database if exists ${name}`);
  await runAdminSql(baseUrl, `create database ${name}`);
  const database = await openPostgres(withDatabase(baseUrl, name), 2);
  try {
    await fill(database);
  } finally {
    await database.close();
  }
};

export const dropPgDatabase = (baseUrl: string, name: string) =>
  runAdminSql(baseUrl, `drop database if exists ${name} with (force)`);

export const createPgliteTemplate = async (file: string): Promise<void> => {
  const client = await PGlite.create();
  const database = wrapPglite(client);
  await fill(database);
  const dump = await client.dumpDataDir('none');
  fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  await client.close();
};

let counter = 0;

/** A per-file PostgreSQL database that is dropped when it is closed. */
const droppedOnClose = (database: Database, baseUrl: string, name: string): Database => ({
  ...database,
  close: async () => {
    await database.close();
    await dropPgDatabase(baseUrl, name);
  },
});

/** A migrated database with nothing in it (no regions, no accounts): an installation's first start. */
export const openEmptyDatabase = async (
  template: { kind: 'pglite'; file: string } | { kind: 'postgres'; baseUrl: string; name: string },
): Promise<Database> => {
  if (template.kind === 'pglite') {
    const database = wrapPglite(await PGlite.create());
    await migrate(database);
    return database;
  }
  const name = `${template.name}_empty${process.pid}_${counter++}`;
  await runAdminSql(template.baseUrl, `create database ${name}`);
  const database = await openPostgres(withDatabase(template.baseUrl, name), 10);
  await migrate(database);
  return droppedOnClose(database, template.baseUrl, name);
};

/** A fresh database for one test file, copied from the run's template. */
export const openTestDatabase = async (
  template: { kind: 'pglite'; file: string } | { kind: 'postgres'; baseUrl: string; name: string },
): Promise<Database> => {
  if (template.kind === 'pglite') {
    const blob = new Blob([fs.readFileSync(template.file)]);
    return wrapPglite(await PGlite.create({ loadDataDir: blob }));
  }
  const name = `${template.name}_f${process.pid}_${counter++}`;
  await runAdminSql(template.baseUrl, `create database ${name} template ${template.name}`);
  const database = await openPostgres(withDatabase(template.baseUrl, name), 10);
  return droppedOnClose(database, template.baseUrl, name);
};
