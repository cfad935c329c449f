import { and, type Column, eq, gte, lt, or, type SQL, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import {
  isWithinPrefix,
  levelOfCode,
  prefixLength,
  prefixUpperBound,
  regionPrefix,
  toFullCode,
} from '../../contracts/region-code';
import type { RegionLevel } from '../../contracts/roles';
import type { Actor } from './context';
import type { Db } from './db/types';
import { NotFound } from './errors';

// The one scoping mechanism (DOMAIN.md §0). Everything that turns a region code into a filter or
// a check lives here: a scope is a code prefix (a subtree of regions, or of grids); lists add
// `inScope(...)` or `underRegion(...)`, single records come through `getInScope(...)`, which
// answers NotFound for anything outside, so an outsider learns nothing about what exists.
// Module code never slices, pads or compares region codes itself (tools/check-scope.ts, npm run lint).

export interface Scope {
  prefix: string;
}

/** The caller's scope: what its account's region covers. */
export const scopeOf = (actor: Pick<Actor, 'scopePrefix'>): Scope => ({ prefix: actor.scopePrefix });

/** The subtree under a region code (451022100000 → every code starting 451022100). */
export const regionScope = (code: string): Scope => ({ prefix: regionPrefix(code, levelOfCode(code)) });

/** A scope covering everything, for system jobs (imports from the CLI, demo seed). */
export const SYSTEM_SCOPE: Scope = { prefix: '' };

// —— region-code arithmetic ——

/** The village a region code belongs to (a villager group's first 12 digits). */
export const villageOf = (regionCode: string): string => regionCode.slice(0, 12);

/** The county's 6-digit prefix: the audit chain, file-store folders and partitions go by county. */
export const countyOf = (regionCode: string): string => regionCode.slice(0, 6);

/** The county's own 12-digit code (451022100001 → 451022000000). */
export const countyCodeOf = (regionCode: string): string => toFullCode(countyOf(regionCode));

/** The whole county of a region code (451022100001 → every code starting 451022): county-wide numbering. */
export const countyScope = (code: string): Scope => ({ prefix: countyOf(code) });

/** The region at `level` that contains `regionCode`, as a 12-digit code (or 15 for a group). */
export const ancestorAt = (regionCode: string, level: RegionLevel): string =>
  level === 'group' ? regionCode : toFullCode(regionPrefix(regionCode, level));

/** True when `code` lies in the subtree of `ancestor` (a region contains itself). */
export const isUnder = (code: string, ancestor: string): boolean =>
  isWithinPrefix(code, regionScope(ancestor).prefix);

/**
 * The regions that own rules for a place, from the county down to its village: a village's
 * catalogue is the county's, its township's and its own (村规民约).
 */
export const ownersAbove = (place: string): string[] => {
  const level = levelOfCode(place);
  const owners = [countyCodeOf(place)];
  if (level === 'township' || level === 'village' || level === 'group')
    owners.push(ancestorAt(place, 'township'));
  if (level === 'village' || level === 'group') owners.push(villageOf(place));
  return owners;
};

/** True when a region code is one of the caller's (its scope covers the code). */
export const isInScope = (regionCode: string, scope: Scope): boolean =>
  isWithinPrefix(regionCode, scope.prefix);

/** Throws NotFound (never Forbidden) when a region code lies outside the scope. */
export const assertInScope = (regionCode: string, scope: Scope): void => {
  if (!isInScope(regionCode, scope)) throw new NotFound();
};

/** True when the region (a rule's owner, a catalogue's level) is at or above the caller's scope. */
export const coversActor = (actor: Pick<Actor, 'scopeCode'>, regionCode: string): boolean =>
  isUnder(actor.scopeCode, regionCode);

/** True when the region is strictly above the caller's own level (a township's rule for a village user). */
export const isAboveActor = (actor: Pick<Actor, 'scopePrefix' | 'scopeCode'>, regionCode: string): boolean =>
  regionScope(regionCode).prefix.length < actor.scopePrefix.length && coversActor(actor, regionCode);

// —— SQL ——

/** `column >= prefix AND column < prefix+1`: a btree range on any collation. */
export const inScope = (column: Column | SQL, scope: Scope): SQL => {
  const upper = prefixUpperBound(scope.prefix);
  // gte/lt take a column or an SQL expression by separate overloads.
  const c = column as Column;
  const lower = gte(c, scope.prefix);
  return upper === null ? lower : (and(lower, lt(c, upper)) as SQL);
};

/**
 * A row that belongs to two regions (a pairing: the weak village and the strong one) is in the
 * scope when either of its region-code columns is.
 */
export const eitherInScope = (a: Column, b: Column, scope: Scope): SQL =>
  or(inScope(a, scope), inScope(b, scope)) as SQL;

/** The filter "under this region" of a list's `regionCode` query parameter. */
export const underRegion = (column: Column | SQL, code: string): SQL => inScope(column, regionScope(code));

/**
 * The region at `level` that holds the row, for grouping (a household's township). The length is
 * written into the SQL, not bound: PostgreSQL matches a GROUP BY expression to the select list
 * only when both are the same text, and two bound parameters ($1, $2) never are.
 */
export const regionAtLevel = (column: Column | SQL, level: Exclude<RegionLevel, 'group'>): SQL<string> =>
  sql<string>`rpad(left(${column}, ${sql.raw(String(prefixLength(level)))}), 12, '0')`;

/** The village (12 digits) of a region-code column, for joins of group-level rows to villages. */
export const villageColumn = (column: Column | SQL): SQL<string> => sql<string>`left(${column}, 12)`;

/** The row's village (its region code's first 12 digits) is `village` (a village-code column). */
export const inVillage = (column: Column | SQL, village: Column | SQL): SQL =>
  sql`${villageColumn(column)} = ${village}`;

// —— grid subtrees (精准赋码: village code + 2 digits middle grid + 2 digits small grid) ——

type GridTier = 'big' | 'middle' | 'small';
const GRID_PREFIX: Record<GridTier, number> = { big: 12, middle: 14, small: 16 };

/** A grid and everything below it, as a scope over grid codes (the tier as stored; small grids are leaves). */
export const gridSubtree = (grid: { code: string; tier: GridTier | (string & {}) }): Scope => ({
  prefix: grid.code.slice(0, GRID_PREFIX[grid.tier as GridTier] ?? grid.code.length),
});

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
