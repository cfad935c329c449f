import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Ctx } from '../../platform/context';
import { inScope, scopeOf } from '../../platform/scope';
import { toGridViews } from './grid-view';
import { grids, gridWorkers } from './tables';

/** 我的网格: the grids the caller works in as a grid worker (its account is linked to the worker). */
export const myGrids = async (ctx: Ctx) => {
  const rows = await ctx.db
    .selectDistinct({ grid: grids })
    .from(gridWorkers)
    .innerJoin(grids, eq(grids.id, gridWorkers.gridId))
    .where(
      and(
        eq(gridWorkers.userId, ctx.actor.userId),
        isNull(gridWorkers.deletedAt),
        isNull(grids.deletedAt),
        inScope(grids.regionCode, scopeOf(ctx.actor)),
      ),
    )
    .orderBy(asc(grids.code));
  return {
    items: await toGridViews(
      ctx,
      rows.map((r) => r.grid),
    ),
  };
};
