import { and, eq, isNull } from 'drizzle-orm';
import type { LeaderLevel, MissingProjects } from '../../../../contracts/api/economy-projects';
import { levelOfCode, toFullCode } from '../../../../contracts/region-code';
import type { Ctx } from '../../../platform/context';
import { ancestorAt, assertInScope, scopeOf, underRegion } from '../../../platform/scope';
import { descendantsOf } from '../../regions/list-descendants';
import { regionNames } from '../../regions/region-view';
import { economyProjects } from '../tables';
import { leaderLevelOf } from './policy';

// 未领办: every county, township and village secretary leads at least one `led` project a year.
// The regions under the asked one (the caller's region by default), itself included, that have no
// led project of the year (a draft counts: it has been entered; deleted ones do not).

const BELOW: Record<LeaderLevel, LeaderLevel[]> = {
  county: ['township', 'village'],
  township: ['village'],
  village: [],
};

interface Place {
  regionCode: string;
  name: string;
  level: LeaderLevel;
}

/** The region itself (when a secretary's level) and every township and village below it. */
const placesUnder = async (ctx: Ctx, code: string): Promise<Place[]> => {
  const level = leaderLevelOf(code);
  const own = level ? [{ regionCode: code, name: (await regionNames(ctx.db, [code])).get(code), level }] : [];
  const below: Place[] = [];
  for (const l of level ? BELOW[level] : (['county', 'township', 'village'] as LeaderLevel[]))
    for (const r of await descendantsOf(ctx.db, code, l))
      below.push({ regionCode: r.code, name: r.name, level: l });
  return [...own.flatMap((o) => (o.name ? [{ ...o, name: o.name }] : [])), ...below];
};

const ledRegions = async (ctx: Ctx, code: string, year: number) =>
  new Set(
    (
      await ctx.db
        .selectDistinct({ regionCode: economyProjects.regionCode })
        .from(economyProjects)
        .where(
          and(
            underRegion(economyProjects.regionCode, code),
            eq(economyProjects.year, year),
            eq(economyProjects.kind, 'led'),
            isNull(economyProjects.deletedAt),
          ),
        )
    ).map((r) => r.regionCode),
  );

const missingUnder = async (ctx: Ctx, code: string, year: number) => {
  const [places, led] = [await placesUnder(ctx, code), await ledRegions(ctx, code, year)];
  return { places, missing: places.filter((p) => !led.has(p.regionCode)) };
};

export const missingProjects = async (
  ctx: Ctx,
  q: { year: number; regionCode?: string },
): Promise<MissingProjects> => {
  const code = toFullCode(q.regionCode ?? ctx.actor.scopeCode);
  assertInScope(code, scopeOf(ctx.actor));
  const { places, missing } = await missingUnder(ctx, code, q.year);
  const townships = await regionNames(
    ctx.db,
    missing.filter((p) => p.level === 'village').map((p) => ancestorAt(p.regionCode, 'township')),
  );
  return {
    year: q.year,
    regions: places.length,
    items: missing.map((p) => ({
      ...p,
      townshipName:
        p.level === 'county'
          ? null
          : p.level === 'township'
            ? p.name
            : (townships.get(ancestorAt(p.regionCode, 'township')) ?? null),
    })),
    total: missing.length,
  };
};

/** How many regions in the caller's scope lack a led project of the year (home page). */
export const missingCount = async (ctx: Ctx, year: number): Promise<number> => {
  if (levelOfCode(ctx.actor.scopeCode) === 'group') return 0;
  return (await missingUnder(ctx, ctx.actor.scopeCode, year)).missing.length;
};
