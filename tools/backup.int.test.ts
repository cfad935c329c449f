import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { generateCounty } from '../src/generator/county';
import { makeHousehold } from '../src/server/modules/households/test-factories';
import { verifyAuditChains } from '../src/server/platform/audit/verify';
import { countRows } from '../src/server/platform/backup/catalog';
import {
  backupSocketPath,
  backupThroughServer,
  serveBackups,
} from '../src/server/platform/backup/control-socket';
import type { BackupManifest } from '../src/server/platform/backup/manifest';
import { restoreBackup } from '../src/server/platform/backup/restore-backup';
import { writeBackup } from '../src/server/platform/backup/write-backup';
import { runAdminSql, withDatabase } from '../src/server/platform/db/admin';
import { appliedMigrationTag, latestMigrationTag } from '../src/server/platform/db/migrate';
import { openPglite, openPostgres } from '../src/server/platform/db/open';
import type { Database } from '../src/server/platform/db/types';
import { LocalFileStore } from '../src/server/platform/files/local-store';
import type { FileStore } from '../src/server/platform/files/store';
import { sessionAs, testRegions } from '../src/testing/factories';
import { createHarness, type TestHarness } from '../src/testing/harness';
import { testPhoto } from '../src/testing/photos';
import { unpackPglite } from '../src/testing/test-db';

// A backup taken while households are being created restores, on either kind of database, to
// exactly the snapshot's rows: the counts of the manifest, an unbroken audit chain, the same ID
// numbers under the same key, the same stored files; and a PGlite county moves to PostgreSQL
// and back. The PostgreSQL side uses ZX_TEST_DB (npm run test:pg) or ZX_BACKUP_PG, else the
// local server of the development machine.

const PG_URL =
  process.env.ZX_TEST_DB ?? process.env.ZX_BACKUP_PG ?? 'postgres://postgres@127.0.0.1:5432/test';
const pgReachable = await openPostgres(PG_URL, 1).then(
  (d) => d.close().then(() => true),
  () => false,
);

interface Target {
  database: Database;
  files: FileStore;
  close(): Promise<void>;
}

const tmp: string[] = [];
let dbCounter = 0;

const pgliteTarget = async (): Promise<Target> => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhenxing-restore-'));
  tmp.push(dir);
  // What initdb leaves, unpacked from the run's copy rather than made again (2–3 s of CPU each).
  unpackPglite(inject('dbTemplate'), 'blank', path.join(dir, 'pg'));
  const database = await openPglite(dir);
  return { database, files: new LocalFileStore(path.join(dir, 'files')), close: () => database.close() };
};

const postgresTarget = async (): Promise<Target> => {
  const name = `zx_restore_${process.pid}_${dbCounter++}`;
  await runAdminSql(PG_URL, `create database ${name}`);
  const database = await openPostgres(withDatabase(PG_URL, name), 4);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhenxing-restore-files-'));
  tmp.push(dir);
  return {
    database,
    files: new LocalFileStore(dir),
    close: async () => {
      await database.close();
      await runAdminSql(PG_URL, `drop database if exists ${name} with (force)`);
    },
  };
};

const targets = { pglite: pgliteTarget, postgres: postgresTarget };

/** A backup of `source` as bytes. */
const backupOf = async (source: { database: Database; files: FileStore }) => {
  const out = new PassThrough();
  const pieces: Buffer[] = [];
  out.on('data', (piece: Buffer) => pieces.push(piece));
  const manifest = await writeBackup({ ...source, pii: h.services.pii }, out);
  return { manifest, bytes: Buffer.concat(pieces) };
};

const restoreInto = (target: Target, bytes: Buffer) =>
  restoreBackup({ ...target, pii: h.services.pii }, Readable.from([bytes]).pipe(createGunzip()));

let h: TestHarness;
const storedFiles = new Map<string, Buffer>();

beforeAll(async () => {
  h = await createHarness();
  await generateCounty(h.services.database, h.services.pii, {
    countyCode: '451022',
    seed: 5,
    villages: 2,
    householdsPerVillage: 25,
    today: new Date(Date.UTC(2026, 10, 25)),
  });
  const photo = await testPhoto();
  const longKey = `attachments/451022100001/${'c'.repeat(36)}/${'d'.repeat(36)}-thumb.jpg`;
  for (const key of [
    'attachments/451022100001/a/photo.jpg',
    longKey,
    'attachments/451022100002/b/report.pdf',
  ]) {
    const bytes = key.endsWith('.pdf') ? Buffer.from('%PDF-1.4 生成的测试文件\n') : photo;
    await h.services.files.put(key, bytes, 'application/octet-stream');
    storedFiles.set(key, bytes);
  }
}, 120_000);

afterAll(async () => {
  await h.close();
  for (const dir of tmp) fs.rmSync(dir, { recursive: true, force: true });
});

/** Checks that `target` holds exactly the snapshot described by `manifest`. */
const expectSnapshot = async (target: Target, manifest: BackupManifest) => {
  const query = target.database.rawQuery;
  for (const table of manifest.tables)
    expect([table.name, await countRows(query, table.name)]).toEqual([table.name, table.rows]);
  expect(await appliedMigrationTag(query)).toBe(latestMigrationTag());
  const audit = await verifyAuditChains(target.database.db);
  expect(audit.broken).toBeNull();
  expect(audit.rows).toBe(manifest.tables.find((t) => t.name === 'audit_log')?.rows);
  const restored = await query<{ id: string; enc: string }>(
    'select id, id_number_enc as enc from persons order by id limit 25',
  );
  expect(restored.length).toBe(25);
  const source = await h.services.database.rawQuery<{ id: string; enc: string }>(
    'select id, id_number_enc as enc from persons where id = any($1::uuid[])',
    [restored.map((r) => r.id)],
  );
  const plain = (rows: { id: string; enc: string }[]) =>
    Object.fromEntries(rows.map((r) => [r.id, h.services.pii.decrypt(r.enc)]));
  expect(plain(restored)).toEqual(plain(source));
  for (const value of Object.values(plain(restored))) expect(value).toMatch(/^451022\d{11}[\dX]$/);
  for (const [key, bytes] of storedFiles) expect((await target.files.get(key))?.equals(bytes)).toBe(true);
};

describe('backup and restore', () => {
  it('backs up during concurrent writes and restores the snapshot into the other kind of database and back', async () => {
    const regions = await testRegions(h.services.database.db);
    const session = await sessionAs(h.app, h.services, 'county_admin', regions.county);
    const households = () => countRows(h.services.database.rawQuery, 'households');
    const before = await households();
    let writing = true;
    const writer = (async () => {
      let made = 0;
      while (writing || made < 3) {
        await makeHousehold(session, regions.ownVillage.code);
        made++;
      }
      return made;
    })();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const first = await backupOf(h.services);
    writing = false;
    const made = await writer;
    const after = await households();
    expect(after).toBe(before + made);
    const inBackup = first.manifest.tables.find((t) => t.name === 'households')?.rows ?? 0;
    expect(inBackup).toBeGreaterThanOrEqual(before);
    expect(inBackup).toBeLessThanOrEqual(after);
    expect(first.manifest).toMatchObject({ containsSecretKey: false, migration: latestMigrationTag() });
    expect(first.manifest.files.count).toBe(storedFiles.size);

    const kind = h.services.database.kind;
    const other = kind === 'pglite' ? 'postgres' : 'pglite';
    if (!pgReachable) console.warn(`PostgreSQL at ${PG_URL} not reachable: only PGlite targets run`);
    const route = pgReachable ? [other, kind] : ['pglite', 'pglite'];
    const there = await targets[route[0] as 'pglite'](); // the first hop: PGlite→PostgreSQL or back
    try {
      const report = await restoreInto(there, first.bytes);
      expect(report).toMatchObject({ key: 'match', files: storedFiles.size });
      await expectSnapshot(there, first.manifest);
      // …and back again, from the restored copy.
      const second = await backupOf(there);
      expect(second.manifest.tables.map((t) => [t.name, t.rows])).toEqual(
        first.manifest.tables.map((t) => [t.name, t.rows]),
      );
      const back = await targets[route[1] as 'pglite']();
      try {
        await restoreInto(back, second.bytes);
        await expectSnapshot(back, first.manifest);
      } finally {
        await back.close();
      }
    } finally {
      await there.close();
    }
  }, 240_000);

  it('refuses a target that already holds data, and a file that is not a backup', async () => {
    const { bytes } = await backupOf(h.services);
    const live = { database: h.services.database, files: h.services.files, close: async () => {} };
    await expect(restoreInto(live, bytes)).rejects.toThrow(/目标数据库不是空的/);
    const empty = await pgliteTarget();
    try {
      await empty.files.put('attachments/x.jpg', Buffer.from('x'), 'image/jpeg');
      await expect(restoreInto(empty, bytes)).rejects.toThrow(/目标文件存储不是空的/);
      await empty.files.delete('attachments/x.jpg');
      const junk = Readable.from([Buffer.alloc(2048, 7)]);
      await expect(restoreBackup({ ...empty, pii: null }, junk)).rejects.toThrow(/不是振兴备份文件/);
    } finally {
      await empty.close();
    }
  }, 120_000);

  it('lets `npm run backup` fetch the backup from the running server over a socket only its account may open', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhenxing-socket-'));
    tmp.push(dataDir);
    const server = await serveBackups(h.services, dataDir);
    try {
      expect(fs.statSync(path.dirname(backupSocketPath(dataDir))).mode & 0o777).toBe(0o700);
      expect(fs.statSync(backupSocketPath(dataDir)).mode & 0o777).toBe(0o600);
      const out = new PassThrough();
      const pieces: Buffer[] = [];
      out.on('data', (piece: Buffer) => pieces.push(piece));
      const [manifest, busy] = await Promise.allSettled([
        backupThroughServer(dataDir, out),
        new Promise((resolve) => setTimeout(resolve, 20)).then(() =>
          backupThroughServer(dataDir, new PassThrough()),
        ),
      ]);
      expect(busy).toMatchObject({
        status: 'rejected',
        reason: { message: expect.stringMatching(/已有一个备份正在进行/) },
      });
      if (manifest.status !== 'fulfilled') throw manifest.reason;
      for (const table of manifest.value.tables)
        expect(table.rows).toBe(await countRows(h.services.database.rawQuery, table.name));
      const target = await pgliteTarget();
      try {
        const report = await restoreInto(target, Buffer.concat(pieces));
        expect(report.manifest).toEqual(manifest.value);
      } finally {
        await target.close();
      }
    } finally {
      server.close();
    }
  }, 120_000);
});
