import { asc } from 'drizzle-orm';
import type { Ctx } from '../../../platform/context';
import { inScope, scopeOf } from '../../../platform/scope';
import { regionNameOf } from '../../regions/region-view';
import { regionBoundaries } from './tables';

/** Which regions in the caller's scope have a map of their children (the county, its townships). */
export const listBoundaries = async (ctx: Ctx) => {
  const rows = await ctx.db
    .select({
      regionCode: regionBoundaries.regionCode,
      regionName: regionNameOf(regionBoundaries.regionCode),
      featureCount: regionBoundaries.featureCount,
      updatedAt: regionBoundaries.updatedAt,
    })
    .from(regionBoundaries)
    .where(inScope(regionBoundaries.regionCode, scopeOf(ctx.actor)))
    .orderBy(asc(regionBoundaries.regionCode));
  return {
    items: rows.map((r) => ({
      ...r,
      regionName: r.regionName ?? r.regionCode,
      updatedAt: r.updatedAt.toISOString(),
    })),
  };
};
