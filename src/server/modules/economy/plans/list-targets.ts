import { asc } from 'drizzle-orm';
import type { Ctx } from '../../../platform/context';
import { economyTargets } from '../tables';
import { toTargetViews, visibleTargets } from './target-view';

// 目标: the county's targets (and a township's own), the nearest year first.

export const listTargets = async (ctx: Ctx) => {
  const rows = await ctx.db
    .select()
    .from(economyTargets)
    .where(visibleTargets(ctx))
    .orderBy(asc(economyTargets.byYear), asc(economyTargets.regionCode), asc(economyTargets.id));
  return { items: await toTargetViews(ctx, rows) };
};
