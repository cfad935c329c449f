import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type * as schema from '../../schema';

/** One type for both drivers (PGlite and node-postgres); a transaction handle is also a Db. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
export type DbKind = 'pglite' | 'postgres';

export interface Database {
  db: Db;
  kind: DbKind;
  /** The connection string, for PostgreSQL. */
  url?: string;
  /** Plain SQL through the driver itself, bypassing Drizzle: for bulk paths and benchmarks. */
  rawQuery<R = Record<string, unknown>>(text: string, params?: unknown[]): Promise<R[]>;
  /** Drops the connection(s) and releases the data-directory lock. */
  close(): Promise<void>;
}
