import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { MODULES } from '../server/modules';
import { importCounty } from '../server/modules/regions/import-county';
import { runAdminSql, withDatabase } from '../server/platform/db/admin';
import { migrate } from '../server/platform/db/migrate';
import { openPostgres, wrapPglite } from '../server/platform/db/open';
import type { Database } from '../server/platform/db/types';
import { installModules } from '../server/platform/modules/registry';

// Test databases: migrated once per run into templates (PostgreSQL template databases, or dumped
// PGlite data directories), then copied for each test file so no file sees another's rows.

/** Counties every test database holds: two townships of 田东 give "own" and "other" sides, 凌云 another county. */
export const TEST_COUNTIES = ['451022', '451027'] as const;

/**
 * The run's templates. PGlite: data-directory tarballs in `dir` (blank.tar: just initdb; empty.tar:
 * migrated; full.tar: migrated with the test counties). PostgreSQL: `name` (full) and `name`_empty,
 * and blank.tar in `dir` too for the tests that use a PGlite database on either run.
 */
export type DbTemplate =
  | { kind: 'pglite'; dir: string }
  | { kind: 'postgres'; baseUrl: string; name: string; dir: string };

type PgliteStage = 'blank' | 'empty' | 'full';

const SYSTEM = { actor: null, meta: { requestId: 'test-setup', ip: null } };

const emptyName = (name: string) => `${name}_empty`;

/**
 * Settings of every PGlite test database. Opening one cost about 2 s of CPU, most of it spent
 * clearing the 128 MB of shared buffers PGlite asks for; a test database holds a few megabytes.
 */
const PGLITE_START = [...PGlite.defaultStartParams, '-c', 'shared_buffers=16MB'];

/**
 * The templates are made with 1 MB WAL segments and keep only the segments in use (a 16 MB
 * segment was a third of each copy), and without the template0/template1 databases that only
 * CREATE DATABASE reads, which nothing does on PGlite: each copy to unpack is 18 MB, not 46 MB.
 */
const createPgliteTemplates = async (dir: string, stages: PgliteStage[]): Promise<void> => {
  const client = await PGlite.create({
    initDbStartParams: ['--wal-segsize=1'],
    startParams: [...PGLITE_START, '-c', 'min_wal_size=2MB', '-c', 'max_wal_size=64MB'],
  });
  try {
    for (const db of ['template0', 'template1']) {
      await client.exec(`alter database ${db} is_template false`);
      await client.exec(`drop database ${db}`);
    }
    const dump = async (stage: PgliteStage) => {
      await client.exec('checkpoint');
      const tarball = await client.dumpDataDir('none');
      fs.writeFileSync(path.join(dir, `${stage}.tar`), new Uint8Array(await tarball.arrayBuffer()));
    };
    await dump('blank');
    if (!stages.includes('full')) return;
    const database = wrapPglite(client);
    await migrate(database);
    await dump('empty');
    installModules(MODULES);
    for (const county of TEST_COUNTIES) await importCounty(database.db, SYSTEM, county);
    await dump('full');
  } finally {
    await client.close();
  }
};

export const dropPgDatabase = (baseUrl: string, name: string) =>
  runAdminSql(baseUrl, `drop database if exists ${name} with (force)`);

/** A migrated template and, copied from it, one that also holds the test counties. */
const createPgTemplates = async (baseUrl: string, name: string): Promise<void> => {
  for (const db of [name, emptyName(name)]) await dropPgDatabase(baseUrl, db);
  await runAdminSql(baseUrl, `create database ${emptyName(name)}`);
  const empty = await openPostgres(withDatabase(baseUrl, emptyName(name)), 2);
  try {
    await migrate(empty);
  } finally {
    await empty.close();
  }
  await runAdminSql(baseUrl, `create database ${name} template ${emptyName(name)}`);
  const full = await openPostgres(withDatabase(baseUrl, name), 2);
  try {
    installModules(MODULES);
    for (const county of TEST_COUNTIES) await importCounty(full.db, SYSTEM, county);
  } finally {
    await full.close();
  }
};

/** Makes the run's templates (global setup); the function returned removes them. */
export const createTemplates = async (template: DbTemplate): Promise<() => Promise<void>> => {
  const removeDir = async () => fs.rmSync(template.dir, { recursive: true, force: true });
  fs.mkdirSync(template.dir, { recursive: true });
  try {
    if (template.kind === 'pglite') {
      await createPgliteTemplates(template.dir, ['blank', 'empty', 'full']);
      return removeDir;
    }
    await createPgliteTemplates(template.dir, ['blank']);
    await createPgTemplates(template.baseUrl, template.name);
  } catch (error) {
    await removeDir();
    throw error;
  }
  return async () => {
    await removeDir();
    for (const db of [template.name, emptyName(template.name)]) await dropPgDatabase(template.baseUrl, db);
  };
};

// Each worker reads a tarball once and hands PGlite the same bytes for every file. A Node Blob
// (`new Blob([bytes])`) cost about half a second of CPU per copy to make and to read back; PGlite
// only calls `arrayBuffer()` on it and copies each file out of the result into its own memory.
const tarballs = new Map<string, ArrayBuffer>();
const tarballOf = (file: string) => {
  let bytes = tarballs.get(file);
  if (!bytes) {
    bytes = new Uint8Array(fs.readFileSync(file)).buffer;
    tarballs.set(file, bytes);
  }
  const buffer = bytes;
  return { type: 'application/x-tar', arrayBuffer: async () => buffer } as unknown as Blob;
};

/** A PGlite database unpacked from one of the run's tarballs. */
const openPgliteCopy = (dir: string, stage: PgliteStage): Promise<PGlite> =>
  PGlite.create({ loadDataDir: tarballOf(path.join(dir, `${stage}.tar`)), startParams: PGLITE_START });

/**
 * Unpacks a PGlite data directory of the run into `pgDir` (empty or missing), for tests that open
 * a directory on disk through the server's own openPglite: `blank` as initdb leaves it (on either
 * run), `empty` migrated with nothing in it (PGlite runs only). False when the run has no such copy.
 */
export const unpackPglite = (template: DbTemplate, stage: 'blank' | 'empty', pgDir: string): boolean => {
  const file = path.join(template.dir, `${stage}.tar`);
  if (!fs.existsSync(file)) return false;
  fs.mkdirSync(pgDir, { recursive: true });
  const tar = spawnSync('tar', ['-xf', file, '-C', pgDir], { encoding: 'utf8' });
  if (tar.status !== 0) throw new Error(`tar failed: ${tar.stderr}`);
  return true;
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

/** A PostgreSQL database copied from `template` (or a new one from template1 when it is null). */
const openPgCopy = async (baseUrl: string, base: string, template: string | null): Promise<Database> => {
  const name = `${base}_f${process.pid}_${counter++}`;
  await runAdminSql(baseUrl, `create database ${name}${template ? ` template ${template}` : ''}`);
  const database = await openPostgres(withDatabase(baseUrl, name), 10);
  return droppedOnClose(database, baseUrl, name);
};

/** A database straight after initdb, with no migration applied: for tests of the migrations. */
export const openBlankDatabase = async (template: DbTemplate): Promise<Database> =>
  template.kind === 'pglite'
    ? wrapPglite(await openPgliteCopy(template.dir, 'blank'))
    : openPgCopy(template.baseUrl, template.name, null);

/** A PGlite client straight after initdb, on either run: for tests of the migrations on PGlite. */
export const openBlankPglite = (template: DbTemplate): Promise<PGlite> =>
  openPgliteCopy(template.dir, 'blank');

/** A migrated database with nothing in it (no regions, no accounts): an installation's first start. */
export const openEmptyDatabase = async (template: DbTemplate): Promise<Database> =>
  template.kind === 'pglite'
    ? wrapPglite(await openPgliteCopy(template.dir, 'empty'))
    : openPgCopy(template.baseUrl, template.name, emptyName(template.name));

/** A fresh database for one test file, copied from the run's template. */
export const openTestDatabase = async (template: DbTemplate): Promise<Database> =>
  template.kind === 'pglite'
    ? wrapPglite(await openPgliteCopy(template.dir, 'full'))
    : openPgCopy(template.baseUrl, template.name, template.name);
