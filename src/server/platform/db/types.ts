import type { Writable } from 'node:stream';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';

/**
 * One type for both drivers (PGlite and node-postgres); a transaction handle is also a Db. No
 * schema: queries name their tables (no `db.query`), so the platform knows no module's tables.
 */
export type Db = PgDatabase<PgQueryResultHKT, Record<string, never>>;
export type DbKind = 'pglite' | 'postgres';

export interface Database {
  db: Db;
  kind: DbKind;
  /** The connection string, for PostgreSQL. */
  url?: string;
  /** Plain SQL through the driver itself, bypassing Drizzle: for bulk paths and benchmarks. */
  rawQuery<R = Record<string, unknown>>(text: string, params?: unknown[]): Promise<R[]>;
  /**
   * The bulk path: COPY of CSV text (chunks of whole lines) into `table (columns)`, streamed on
   * PostgreSQL, in blobs of a few MB on PGlite. Outside any transaction of the caller; no
   * validation of its own: callers check rows before they copy them. Returns the bytes copied.
   */
  copyCsv(
    table: string,
    columns: string[],
    chunks: AsyncIterable<string> | Iterable<string>,
  ): Promise<number>;
  /**
   * Runs `work` on one read-only snapshot of the whole database: a REPEATABLE READ transaction on
   * PostgreSQL (writers go on), PGlite's transaction on PGlite (which runs alone: every other query
   * waits until it ends). For backups.
   */
  readSnapshot<T>(work: (snapshot: Snapshot) => Promise<T>): Promise<T>;
  /** Drops the connection(s) and releases the data-directory lock. */
  close(): Promise<void>;
}

/** What a backup reads through: plain queries and COPY out, all in one snapshot. */
export interface Snapshot {
  query<R = Record<string, unknown>>(text: string, params?: unknown[]): Promise<R[]>;
  /** `COPY (query) TO STDOUT WITH (FORMAT csv)` into `out` (left open). */
  copyOut(query: string, out: Writable): Promise<void>;
}
