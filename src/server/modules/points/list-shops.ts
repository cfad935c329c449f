import { and, asc, isNull } from 'drizzle-orm';
import type { Ctx } from '../../platform/context';
import { inScope, scopeOf, underRegion } from '../../platform/scope';
import { shopViews } from './shop-view';
import { pointsShops } from './tables';

export const listShops = async (ctx: Ctx, q: { regionCode?: string }) => {
  const rows = await ctx.db
    .select()
    .from(pointsShops)
    .where(
      and(
        inScope(pointsShops.regionCode, scopeOf(ctx.actor)),
        q.regionCode ? underRegion(pointsShops.regionCode, q.regionCode) : undefined,
        isNull(pointsShops.deletedAt),
      ),
    )
    .orderBy(asc(pointsShops.regionCode), asc(pointsShops.name));
  return shopViews(ctx, rows);
};
