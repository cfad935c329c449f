import { and, asc, desc, eq, ne, sql } from 'drizzle-orm';
import type { FlagSummary } from '../../../../contracts/api/assess-flags';
import type { Ctx } from '../../../platform/context';
import { inScope, scopeOf, underRegion, villageColumn } from '../../../platform/scope';
import { flagAwards, flagKinds } from '../tables';
import { visibleKinds } from './kinds-county';

// 红旗统计 (reports: flags by kind and year): per kind the flags awarded and the distinct villages
// holding them (a group's or a household's flag counts for its village), the nominations still
// waiting, the total below township level (seed T: 34 villages won 44 flags) and the same per year.
// Each count opens its awards through the list (kind, year, status 已授旗, township).

export const flagSummary = async (
  ctx: Ctx,
  q: { year?: number; township?: string },
): Promise<FlagSummary> => {
  const awardsOf = and(
    inScope(flagAwards.regionCode, scopeOf(ctx.actor)),
    q.year ? eq(flagAwards.year, q.year) : undefined,
    q.township ? underRegion(flagAwards.regionCode, q.township) : undefined,
  );
  const awarded = sql`${flagAwards.status} = 'awarded'`;
  const village = villageColumn(flagAwards.regionCode);
  const belowTownship = and(awarded, ne(flagKinds.level, 'township'));
  const [kinds, [total], years] = await Promise.all([
    ctx.db
      .select({
        kindId: flagKinds.id,
        code: flagKinds.code,
        name: flagKinds.name,
        level: flagKinds.level,
        active: flagKinds.active,
        flags: sql<number>`count(${flagAwards.id}) filter (where ${awarded})::int`,
        villages: sql<number>`count(distinct ${village}) filter (where ${awarded})::int`,
        pending: sql<number>`count(${flagAwards.id}) filter (where ${flagAwards.status} in ('nominated', 'reviewed'))::int`,
      })
      .from(flagKinds)
      .leftJoin(flagAwards, and(eq(flagAwards.kindId, flagKinds.id), awardsOf))
      .where(visibleKinds(ctx))
      .groupBy(flagKinds.id)
      .orderBy(asc(flagKinds.regionCode), asc(flagKinds.sort), asc(flagKinds.code)),
    ctx.db
      .select({
        flags: sql<number>`count(*)::int`,
        villages: sql<number>`count(distinct ${village})::int`,
      })
      .from(flagAwards)
      .innerJoin(flagKinds, eq(flagKinds.id, flagAwards.kindId))
      .where(and(awardsOf, visibleKinds(ctx), belowTownship)),
    ctx.db
      .select({
        year: flagAwards.year,
        flags: sql<number>`count(*)::int`,
        villages: sql<number>`count(distinct ${village})::int`,
      })
      .from(flagAwards)
      .innerJoin(flagKinds, eq(flagKinds.id, flagAwards.kindId))
      .where(and(awardsOf, visibleKinds(ctx), belowTownship))
      .groupBy(flagAwards.year)
      .orderBy(desc(flagAwards.year)),
  ]);
  return {
    year: q.year ?? null,
    kinds: kinds
      .filter((k) => k.active || k.flags + k.pending > 0)
      .map(({ active: _active, ...k }) => ({ ...k, villages: k.level === 'township' ? null : k.villages })),
    total: { flags: total?.flags ?? 0, villages: total?.villages ?? 0 },
    byYear: years,
  };
};
