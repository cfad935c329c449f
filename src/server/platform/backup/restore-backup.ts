import { appliedMigrationTag, migrate, migrateTo, migrationTags } from '../db/migrate';
import type { Database } from '../db/types';
import type { FileStore } from '../files/store';
import type { PiiCipher } from '../pii/crypto';
import { countRows, listForeignKeys, listTables, quoteName } from './catalog';
import { csvRecordChunks } from './csv-records';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  type BackupManifest,
  FILES_PREFIX,
  KEY_CHECK_TEXT,
  MANIFEST_ENTRY,
  tableEntry,
} from './manifest';
import { readTar, type TarEntry } from './tar';

export class RestoreError extends Error {}

export interface RestoreTarget {
  database: Database;
  files: FileStore;
  /** The key the restored data will be read with, when present: checked against the backup's. */
  pii: PiiCipher | null;
}

export interface RestoreReport {
  manifest: BackupManifest;
  rows: number;
  files: number;
  /** 'match' | 'mismatch' | 'unknown' (no key here, or none recorded in the backup). */
  key: 'match' | 'mismatch' | 'unknown';
}

/** A restore goes only into a database without tables and a file store without files. */
export const assertEmptyTarget = async (target: Pick<RestoreTarget, 'database' | 'files'>) => {
  const query = target.database.rawQuery;
  if ((await appliedMigrationTag(query)) || (await listTables(query)).length > 0)
    throw new RestoreError(
      '目标数据库不是空的：只能恢复到空的数据目录或空数据库（target database is not empty）',
    );
  for await (const file of target.files.list('')) {
    throw new RestoreError(
      `目标文件存储不是空的（已有 ${file.key}）：只能恢复到空的存储（file store not empty）`,
    );
  }
};

const readAll = async (entry: TarEntry) => {
  const pieces: Buffer[] = [];
  for await (const piece of entry.body) pieces.push(piece);
  return Buffer.concat(pieces);
};

const checkManifest = (manifest: BackupManifest) => {
  if (manifest.format !== BACKUP_FORMAT) throw new RestoreError('不是振兴备份文件（not a Zhenxing backup）');
  if (manifest.formatVersion > BACKUP_FORMAT_VERSION)
    throw new RestoreError(`备份格式版本 ${manifest.formatVersion} 比本程序新：请先升级程序再恢复`);
  if (!migrationTags().includes(manifest.migration))
    throw new RestoreError(
      `备份来自更新的版本（数据库迁移 ${manifest.migration}，应用 ${manifest.appVersion}）：请先升级程序再恢复`,
    );
};

const MIME: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};
const mimeOf = (key: string) =>
  MIME[key.split('.').at(-1)?.toLowerCase() ?? ''] ?? 'application/octet-stream';

/**
 * Loads the rows at the backup's migration level: foreign keys are dropped and user triggers
 * (the append-only ones) switched off while the tables load in any order, then put back, which
 * checks every reference; sequences get their values; the counts must match the manifest.
 */
const loadTables = async (
  database: Database,
  manifest: BackupManifest,
  entries: AsyncGenerator<TarEntry>,
) => {
  const query = database.rawQuery;
  await migrateTo(database, manifest.migration);
  const here = new Map((await listTables(query)).map((t) => [t.name, t.columns.join(',')]));
  for (const table of manifest.tables)
    if (here.get(table.name) !== table.columns.join(','))
      throw new RestoreError(
        `表 ${table.name} 的列与备份不符（table ${table.name} does not match the backup）`,
      );
  const keys = await listForeignKeys(query);
  for (const key of keys) await query(`alter table ${key.table} drop constraint ${quoteName(key.name)}`);
  const wanted = new Map(manifest.tables.map((t) => [tableEntry(t.name), t]));
  let next = await entries.next();
  while (!next.done && wanted.has(next.value.name)) {
    const table = wanted.get(next.value.name)!;
    await query(`alter table ${quoteName(table.name)} disable trigger user`);
    await database.copyCsv(table.name, table.columns, csvRecordChunks(next.value.body));
    await query(`alter table ${quoteName(table.name)} enable trigger user`);
    next = await entries.next();
  }
  for (const key of keys)
    await query(`alter table ${key.table} add constraint ${quoteName(key.name)} ${key.definition}`);
  for (const s of manifest.sequences)
    await query('select setval($1::regclass, $2::bigint, $3)', [quoteName(s.name), s.lastValue, s.isCalled]);
  let rows = 0;
  for (const table of manifest.tables) {
    const count = await countRows(query, table.name);
    if (count !== table.rows)
      throw new RestoreError(`表 ${table.name} 恢复了 ${count} 行，备份中为 ${table.rows} 行`);
    rows += count;
  }
  return { rows, next };
};

/**
 * Restores a backup (the tar stream, already decompressed) into an empty database and file
 * store, then migrates to this build's level. Stops at the first problem with a Chinese message.
 */
export const restoreBackup = async (
  target: RestoreTarget,
  tar: AsyncIterable<Buffer>,
): Promise<RestoreReport> => {
  await assertEmptyTarget(target);
  const entries = readTar(tar);
  const first = await entries.next();
  if (first.done || first.value.name !== MANIFEST_ENTRY)
    throw new RestoreError('备份文件缺少清单 manifest.json（not a Zhenxing backup）');
  const manifest = JSON.parse((await readAll(first.value)).toString('utf8')) as BackupManifest;
  checkManifest(manifest);
  const loaded = await loadTables(target.database, manifest, entries);
  let next = loaded.next;
  await migrate(target.database);
  let files = 0;
  for (; !next.done; next = await entries.next()) {
    const entry = next.value;
    if (!entry.name.startsWith(FILES_PREFIX)) throw new RestoreError(`备份文件中有未知条目 ${entry.name}`);
    const key = entry.name.slice(FILES_PREFIX.length);
    await target.files.put(key, await readAll(entry), mimeOf(key));
    files++;
  }
  return { manifest, rows: loaded.rows, files, key: keyVerdict(manifest, target.pii) };
};

const keyVerdict = (manifest: BackupManifest, pii: PiiCipher | null): RestoreReport['key'] => {
  if (!manifest.keyCheck || !pii) return 'unknown';
  try {
    return pii.decrypt(manifest.keyCheck) === KEY_CHECK_TEXT ? 'match' : 'mismatch';
  } catch {
    return 'mismatch';
  }
};
