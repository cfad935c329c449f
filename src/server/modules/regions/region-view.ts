import { and, asc, type Column, eq, getTableColumns, inArray, type SQL, sql } from 'drizzle-orm';
import { levelOfCode } from '../../../contracts/region-code';
import { REGION_LEVELS } from '../../../contracts/roles';
import type { Db } from '../../platform/db/types';
import { ancestorAt, underRegion } from '../../platform/scope';
import { regions } from './tables';

/** Region columns plus the number of direct children, for tree nodes. */
export const regionWithChildCount = {
  ...getTableColumns(regions),
  // Spelled out: Drizzle leaves columns unqualified in a single-table select, which a correlated
  // subquery on the same table would misread.
  childCount: sql<number>`(select count(*)::int from "regions" as "child" where "child"."parent_code" = "regions"."code")`,
};

export type RegionRow = typeof regions.$inferSelect & { childCount: number };

export const toRegion = (r: RegionRow) => ({
  code: r.code,
  parentCode: r.parentCode,
  level: r.level,
  name: r.name,
  initials: r.initials,
  childCount: r.childCount,
});

/** The codes of a region's ancestors and itself, computed from the code (no recursive query). */
export const ancestorCodes = (code: string): string[] => {
  const level = levelOfCode(code);
  const upTo = REGION_LEVELS.indexOf(level);
  return REGION_LEVELS.slice(0, upTo + 1).map((l) => ancestorAt(code, l));
};

/** Path from the province down to each given region, in one query for all of them. */
export const pathsOf = async (db: Db, codes: string[]) => {
  const wanted = [...new Set(codes.flatMap(ancestorCodes))];
  const rows = wanted.length
    ? await db
        .select({ code: regions.code, name: regions.name, level: regions.level })
        .from(regions)
        .where(inArray(regions.code, wanted))
    : [];
  const byCode = new Map(rows.map((r) => [r.code, r]));
  return (code: string) => ancestorCodes(code).flatMap((c) => byCode.get(c) ?? []);
};

export const regionName = async (db: Db, code: string): Promise<string> => {
  const [row] = await db.select({ name: regions.name }).from(regions).where(eq(regions.code, code)).limit(1);
  return row?.name ?? code;
};

/**
 * The name of the region in a region-code column of another module's query, as a column of
 * that query (a primary-key look-up per row): other modules need not know the regions table.
 */
export const regionNameOf = (code: Column | SQL): SQL<string | null> =>
  sql<string | null>`(select ${regions.name} from ${regions} where ${regions.code} = ${code})`;

/**
 * The villages as a relation (columns code, name) for another module's report to select from and
 * join its records to, under `alias` (`from ${villagesRelation('v')} left join …`): reports that
 * must count villages without records need them, and need not know the regions table. The caller
 * filters on `alias.code` with platform/scope.ts.
 */
export const villagesRelation = (alias: string): SQL =>
  sql`(select ${regions.code} as code, ${regions.name} as name from ${regions} where ${regions.level} = 'village') as ${sql.identifier(alias)}`;

/** The codes of regions whose name matches a LIKE pattern, as a subquery (search by village name). */
export const regionCodesNamedLike = (pattern: string): SQL =>
  sql`(select ${regions.code} from ${regions} where ${regions.name} ilike ${pattern})`;

/** Names of many regions at once, for lists that show a scope or an owner. */
export const regionNames = async (db: Db, codes: string[]): Promise<Map<string, string>> => {
  const unique = [...new Set(codes)];
  if (unique.length === 0) return new Map();
  const rows = await db
    .select({ code: regions.code, name: regions.name })
    .from(regions)
    .where(inArray(regions.code, unique));
  return new Map(rows.map((r) => [r.code, r.name]));
};

export const childrenOf = (db: Db, parentCode: string) =>
  db
    .select(regionWithChildCount)
    .from(regions)
    .where(eq(regions.parentCode, parentCode))
    .orderBy(asc(regions.sortOrder), asc(regions.code));

/** The 12-digit codes of every imported county (system jobs: start-up seeding of catalogues). */
export const importedCounties = async (db: Db): Promise<string[]> =>
  (await db.select({ code: regions.code }).from(regions).where(eq(regions.level, 'county'))).map(
    (r) => r.code,
  );

/** The regions of a level under a region (the rows of a one-sheet report), in code order. */
export const regionsAtLevelUnder = (db: Db, code: string, level: 'township' | 'village') =>
  db
    .select({ code: regions.code, name: regions.name })
    .from(regions)
    .where(and(eq(regions.level, level), underRegion(regions.code, code)))
    .orderBy(asc(regions.code));
