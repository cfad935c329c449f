import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import * as schema from '../../schema';
import { lockDataDir } from './lock';
import type { Database, Db } from './types';

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

export const wrapPglite = (client: PGlite, onClose: () => void = () => {}): Database => ({
  db: drizzlePglite({ client, schema }) as unknown as Db,
  kind: 'pglite',
  rawQuery: async <R>(text: string, params?: unknown[]) => (await client.query<R>(text, params)).rows,
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
  return {
    db: drizzlePg({ client: pool, schema }) as unknown as Db,
    kind: 'postgres',
    url,
    rawQuery: async <R>(text: string, params?: unknown[]) => (await pool.query(text, params)).rows as R[],
    close: () => pool.end(),
  };
};

export const openDatabase = (config: { DATABASE_URL?: string; dataDir: string }): Promise<Database> =>
  config.DATABASE_URL ? openPostgres(config.DATABASE_URL) : openPglite(config.dataDir);
