import path from 'node:path';
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { registerBulkCopy } from './bulk';
import { lockDataDir } from './lock';
import type { Database, Db, Snapshot } from './types';

export const openPglite = async (dataDir: string): Promise<Database> => {
  const unlock = lockDataDir(dataDir);
  try {
    const client = await PGlite.create(path.join(dataDir, 'pg'));
    return wrapPglite(client, unlock);
  } catch (error) {
    unlock();
    throw error;
  }
};

const copySql = (table: string, columns: string[], source: string) =>
  `copy ${pg.escapeIdentifier(table)} (${columns.map((c) => pg.escapeIdentifier(c)).join(', ')}) from ${source} with (format csv)`;

const copyOutSql = (query: string, target: string) => `copy (${query}) to ${target} with (format csv)`;

/** Writes `bytes` to `out`, waiting when its buffer is full. */
const writeOut = async (out: Writable, bytes: Uint8Array) => {
  if (!out.write(bytes)) await new Promise((resolve) => out.once('drain', resolve));
};

/** PGlite reads COPY input from a Blob on its /dev/blob device: send it in pieces of about 8 MB. */
const PGLITE_COPY_BYTES = 8 * 1024 * 1024;

export const wrapPglite = (client: PGlite, onClose: () => void = () => {}): Database =>
  registerBulkCopy({
    db: drizzlePglite({ client }) as unknown as Db,
    kind: 'pglite',
    rawQuery: async <R>(text: string, params?: unknown[]) => (await client.query<R>(text, params)).rows,
    copyCsv: async (table, columns, chunks) => {
      let pending: string[] = [];
      let size = 0;
      let total = 0;
      const send = async () => {
        if (size === 0) return;
        await client.query(copySql(table, columns, "'/dev/blob'"), [], { blob: new Blob(pending) });
        total += size;
        pending = [];
        size = 0;
      };
      for await (const chunk of chunks) {
        pending.push(chunk);
        size += Buffer.byteLength(chunk);
        if (size >= PGLITE_COPY_BYTES) await send();
      }
      await send();
      return total;
    },
    // PGlite's transaction holds its only connection: the snapshot is consistent by construction.
    readSnapshot: (work) =>
      client.transaction((tx) =>
        work({
          query: async <R>(text: string, params?: unknown[]) => (await tx.query<R>(text, params)).rows,
          copyOut: async (query, out) => {
            const result = await tx.query(copyOutSql(query, "'/dev/blob'"), [], {});
            if (result.blob) await writeOut(out, new Uint8Array(await result.blob.arrayBuffer()));
          },
        }),
      ),
    close: async () => {
      await client.close();
      onClose();
    },
  });

export const openPostgres = async (url: string, max = 10): Promise<Database> => {
  const pool = new pg.Pool({ connectionString: url, max });
  // A pool error on an idle client must not crash the process; the next query reconnects.
  pool.on('error', () => {});
  await pool.query('select 1');
  return registerBulkCopy({
    db: drizzlePg({ client: pool }) as unknown as Db,
    kind: 'postgres',
    url,
    rawQuery: async <R>(text: string, params?: unknown[]) => (await pool.query(text, params)).rows as R[],
    copyCsv: async (table, columns, chunks) => {
      const client = await pool.connect();
      try {
        let total = 0;
        const counted = async function* () {
          for await (const chunk of chunks) {
            total += Buffer.byteLength(chunk);
            yield chunk;
          }
        };
        await pipeline(Readable.from(counted()), client.query(copyFrom(copySql(table, columns, 'stdin'))));
        return total;
      } finally {
        client.release();
      }
    },
    readSnapshot: async (work) => {
      const client = await pool.connect();
      try {
        await client.query('begin isolation level repeatable read read only');
        const snapshot: Snapshot = {
          query: async <R>(text: string, params?: unknown[]) =>
            (await client.query(text, params)).rows as R[],
          copyOut: async (query, out) => {
            const stream = client.query(copyTo(copyOutSql(query, 'stdout')));
            for await (const chunk of stream) await writeOut(out, chunk as Buffer);
          },
        };
        const result = await work(snapshot);
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  });
};

export const openDatabase = (config: { DATABASE_URL?: string; dataDir: string }): Promise<Database> =>
  config.DATABASE_URL ? openPostgres(config.DATABASE_URL) : openPglite(config.dataDir);
