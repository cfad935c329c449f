import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { appliedMigrationTag } from '../db/migrate';
import type { Database } from '../db/types';
import type { FileStore } from '../files/store';
import type { PiiCipher } from '../pii/crypto';
import { countRows, listSequences, listTables, quoteName } from './catalog';
import {
  appVersion,
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  type BackupManifest,
  FILES_PREFIX,
  KEY_CHECK_TEXT,
  MANIFEST_ENTRY,
  tableEntry,
} from './manifest';
import { TarWriter } from './tar';

export interface BackupSource {
  database: Database;
  files: FileStore;
  /** The data's key, when this process has it: only to write the manifest's key check. */
  pii: PiiCipher | null;
}

/** Reads every table in one snapshot into files of `dir`; returns the manifest's database part. */
const snapshotTables = (database: Database, dir: string) =>
  database.readSnapshot(async (s) => {
    // Text that reads back the same on any server: UTC times, ISO dates, exact floats.
    await s.query(`select set_config('timezone', 'UTC', true), set_config('datestyle', 'ISO, YMD', true),
                          set_config('extra_float_digits', '3', true)`);
    const migration = await appliedMigrationTag(s.query);
    if (!migration) throw new Error('数据库还没有初始化，没有可备份的数据（the database is empty）');
    const tables: BackupManifest['tables'] = [];
    for (const table of await listTables(s.query)) {
      const out = fs.createWriteStream(path.join(dir, `${table.name}.csv`), { mode: 0o600 });
      const columns = table.columns.map(quoteName).join(', ');
      await s.copyOut(`select ${columns} from ${quoteName(table.name)}`, out);
      out.end();
      await finished(out);
      tables.push({ ...table, rows: await countRows(s.query, table.name) });
    }
    const sequences: BackupManifest['sequences'] = [];
    for (const name of await listSequences(s.query)) {
      const [row] = await s.query<{ v: string; called: boolean }>(
        `select last_value::text as v, is_called as called from ${quoteName(name)}`,
      );
      sequences.push({ name, lastValue: row.v, isCalled: row.called });
    }
    return { migration, tables, sequences };
  });

/**
 * Writes a backup (a gzip-compressed tar: manifest.json, tables/<table>.csv, files/<key>) to
 * `out`, which is left open. The tables come from one snapshot; the stored files are listed after
 * it, so every file a row of the snapshot points to is there (files are stored before their row
 * is written and removed only by files:sweep, long after their row). The secret key is not in it.
 */
export const writeBackup = async (source: BackupSource, out: Writable): Promise<BackupManifest> => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhenxing-backup-'));
  try {
    const snapshot = await snapshotTables(source.database, dir);
    const keys: string[] = [];
    for await (const file of source.files.list('')) keys.push(file.key);
    const manifest: BackupManifest = {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      appVersion: appVersion(),
      createdAt: new Date().toISOString(),
      source: source.database.kind,
      containsSecretKey: false,
      keyCheck: source.pii ? source.pii.encrypt(KEY_CHECK_TEXT) : null,
      ...snapshot,
      files: { count: keys.length },
    };
    const gzip = createGzip();
    gzip.pipe(out, { end: false });
    const tar = new TarWriter(gzip);
    const manifestBytes = Buffer.from(JSON.stringify(manifest, null, 2));
    await tar.entry(MANIFEST_ENTRY, manifestBytes.length, manifestBytes);
    for (const table of manifest.tables) {
      const file = path.join(dir, `${table.name}.csv`);
      await tar.entry(tableEntry(table.name), fs.statSync(file).size, fs.createReadStream(file));
      fs.rmSync(file);
    }
    for (const key of keys) {
      // A file swept away since the listing was an orphan: no row needs it.
      const bytes = await source.files.get(key);
      if (bytes) await tar.entry(`${FILES_PREFIX}${key}`, bytes.length, bytes);
    }
    await tar.finish();
    gzip.end();
    await finished(gzip);
    return manifest;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
};
