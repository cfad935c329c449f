import { and, count, isNull, sql } from 'drizzle-orm';
import type { HouseholdStats } from '../../../contracts/api/households';
import { levelOfCode, regionPrefix } from '../../../contracts/region-code';
import type { Ctx } from '../../platform/context';
import { inScope, scopeOf } from '../../platform/scope';
import { regionNames } from '../regions/region-view';
import { households } from './tables';

/**
 * 户类型统计: living households by poverty status per township (the first 9 digits of the region
 * code), in the caller's scope, in one grouped query.
 */
export const householdStats = async (ctx: Ctx, query: { regionCode?: string }): Promise<HouseholdStats> => {
  const township = sql<string>`substr(${households.regionCode}, 1, 9)`;
  const rows = await ctx.db
    .select({ township, status: households.povertyStatus, n: count() })
    .from(households)
    .where(
      and(
        inScope(households.regionCode, scopeOf(ctx.actor)),
        query.regionCode
          ? inScope(households.regionCode, {
              prefix: regionPrefix(query.regionCode, levelOfCode(query.regionCode)),
            })
          : undefined,
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
  const codes = [...byTownship.keys()].sort().map((t) => `${t}000`);
  const names = await regionNames(ctx.db, codes);
  return {
    items: codes.map((code) => ({
      regionCode: code,
      regionName: names.get(code) ?? code,
      ...(byTownship.get(code.slice(0, 9)) as {
        escaped: number;
        monitored: number;
        general: number;
        total: number;
      }),
    })),
  };
};
