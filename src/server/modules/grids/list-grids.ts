import { and, eq, isNull, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { listGridsQuerySchema } from '../../../contracts/api/grids';
import type { Ctx } from '../../platform/context';
import { inScope, scopeOf, underRegion } from '../../platform/scope';
import { gridsByCode, toGridViews } from './grid-view';
import { loadGridInScope } from './load-grid';
import { grids } from './tables';

type Query = z.infer<typeof listGridsQuerySchema>;

/** One level of the tree (lazy): the children of a grid, or the big grids of the scope. */
export const listGrids = async (ctx: Ctx, query: Query) => {
  const conditions: SQL[] = [inScope(grids.regionCode, scopeOf(ctx.actor)), isNull(grids.deletedAt) as SQL];
  if (query.parentId) {
    await loadGridInScope(ctx, query.parentId);
    conditions.push(eq(grids.parentId, query.parentId));
  } else {
    conditions.push(eq(grids.tier, 'big'));
  }
  if (query.regionCode) conditions.push(underRegion(grids.regionCode, query.regionCode));
  const rows = await ctx.db
    .select()
    .from(grids)
    .where(and(...conditions))
    .orderBy(gridsByCode)
    .limit(1000);
  return { items: await toGridViews(ctx, rows) };
};
