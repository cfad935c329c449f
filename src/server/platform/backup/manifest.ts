import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const BACKUP_FORMAT = 'zhenxing-backup';
/** Raised when the layout of the archive changes; a restore refuses versions it does not know. */
export const BACKUP_FORMAT_VERSION = 1;

export const MANIFEST_ENTRY = 'manifest.json';
export const tableEntry = (table: string) => `tables/${table}.csv`;
export const FILES_PREFIX = 'files/';

/**
 * The first entry of every backup. Rows are CSV as `COPY … WITH (FORMAT csv)` writes them, one
 * file per table, with the columns listed here; the stored files follow under files/.
 */
export interface BackupManifest {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  appVersion: string;
  /** The newest migration the database had applied: a restore migrates to it before loading. */
  migration: string;
  createdAt: string;
  /** The kind of database the backup was taken from (a restore may go to either kind). */
  source: 'pglite' | 'postgres';
  /** Never true: the secret key is backed up separately. */
  containsSecretKey: false;
  /** A known text encrypted with the data's key, so a restore can tell whether its key fits. */
  keyCheck: string | null;
  tables: { name: string; columns: string[]; rows: number }[];
  sequences: { name: string; lastValue: string; isCalled: boolean }[];
  files: { count: number };
}

export const KEY_CHECK_TEXT = 'zhenxing-backup-key-check';

export const appVersion = (): string => {
  const file = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../package.json');
  return (JSON.parse(fs.readFileSync(file, 'utf8')) as { version: string }).version;
};
