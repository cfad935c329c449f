import type { SQL } from 'drizzle-orm';
import type { Db } from './types';

/**
 * Rows of a hand-written SELECT through Drizzle (inside the caller's transaction, if any): both
 * drivers answer `execute` with `{ rows }`. For queries the query builder cannot express well.
 */
export const selectRows = async <R extends Record<string, unknown>>(db: Db, query: SQL): Promise<R[]> =>
  ((await db.execute(query)) as unknown as { rows: R[] }).rows;
