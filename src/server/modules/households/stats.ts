import { and, count, isNull } from 'drizzle-orm';
import type { HouseholdStats } from '../../../contracts/api/households';
import type { Ctx } from '../../platform/context';
import { inScope, regionAtLevel, scopeOf, underRegion } from '../../platform/scope';
import { regionNames } from '../regions/region-view';
import { households } from './tables';

/**
 * 户类型统计: living households by poverty status per township, in the caller's scope, in one grouped query.
 */
export const householdStats = async (ctx: Ctx, query: { regionCode?: string }): Promise<HouseholdStats> => {
  const township = regionAtLevel(households.regionCode, 'township');
  const rows = await ctx.db
    .select({ township, status: households.povertyStatus, n: count() })
    .from(households)
    .where(
      and(
        inScope(households.regionCode, scopeOf(ctx.actor)),
        query.regionCode ? underRegion(households.regionCode, query.regionCode) : undefined,
        isNull(households.deletedAt),
      ),
    )
    .groupBy(township, households.povertyStatus);
  const byTownship = new Map<
    string,
    { escaped: number; monitored: number; general: number; total: number }
  >();
  for (const r of rows) {
    const t = byTownship.get(r.township) ?? { escaped: 0, monitored: 0, general: 0, total: 0 };
    if (r.status === 'escaped' || r.status === 'monitored' || r.status === 'general') t[r.status] += r.n;
    t.total += r.n;
    byTownship.set(r.township, t);
  }
  const codes = [...byTownship.keys()].sort();
  const names = await regionNames(ctx.db, codes);
  return {
    items: codes.map((code) => ({
      regionCode: code,
      regionName: names.get(code) ?? code,
      ...(byTownship.get(code) as {
        escaped: number;
        monitored: number;
        general: number;
        total: number;
      }),
    })),
  };
};
