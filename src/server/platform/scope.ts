import { and, type Column, eq, gte, lt, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { isWithinPrefix, prefixUpperBound } from '../../contracts/region-code';
import type { Actor } from './context';
import type { Db } from './db/types';
import { NotFound } from './errors';

// The one scoping mechanism (DOMAIN.md §0): a scope is a region-code prefix plus a role. List
// queries add `inScope(...)`; single records are loaded through `getInScope(...)`, which answers
// NotFound for anything outside, so an outsider learns nothing about what exists.

export interface Scope {
  prefix: string;
}

export const scopeOf = (actor: Pick<Actor, 'scopePrefix'>): Scope => ({ prefix: actor.scopePrefix });

/** `column >= prefix AND column < prefix+1`: a btree range on any collation. */
export const inScope = (column: Column, scope: Scope): SQL => {
  const upper = prefixUpperBound(scope.prefix);
  const lower = gte(column, scope.prefix);
  return upper === null ? lower : (and(lower, lt(column, upper)) as SQL);
};

export const isInScope = (regionCode: string, scope: Scope): boolean =>
  isWithinPrefix(regionCode, scope.prefix);

/** Throws NotFound (never Forbidden) when a region code lies outside the scope. */
export const assertInScope = (regionCode: string, scope: Scope): void => {
  if (!isInScope(regionCode, scope)) throw new NotFound();
};

type ScopedTable = PgTable & { id: Column; regionCode: Column };

/**
 * Loads one region-owned row by id, limited to the scope; NotFound when it does not exist or
 * lies outside. `forUpdate` locks the row on PostgreSQL for read-modify-write use cases.
 */
export const getInScope = async <T extends ScopedTable>(
  db: Db,
  table: T,
  id: string,
  scope: Scope,
  options: { forUpdate?: boolean } = {},
): Promise<T['$inferSelect']> => {
  const query = db
    .select()
    .from(table as PgTable)
    .where(and(eq(table.id, id), inScope(table.regionCode, scope)))
    .limit(1);
  const rows = options.forUpdate ? await query.for('update') : await query;
  if (rows.length === 0) throw new NotFound();
  return rows[0] as T['$inferSelect'];
};

/** A scope covering everything, for system jobs (imports from the CLI, demo seed). */
export const SYSTEM_SCOPE: Scope = { prefix: '' };
