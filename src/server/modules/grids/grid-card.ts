import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { Coded, gridTier } from '../../../contracts/registry/enums';
import type { Ctx } from '../../platform/context';
import { gridSubtree, inScope } from '../../platform/scope';
import { householdIdsInGrids } from '../households/grid-lookups';
import { householdSummaries } from '../households/lookups';
import { gridPathCodes } from './grid-code';
import { toGridView } from './grid-view';
import { loadGridInScope } from './load-grid';
import { grids, gridWorkers } from './tables';
import { toWorkerView } from './worker-view';

/** 网格卡片: the grid, its path from the big grid, its households (up to 500), workers and branch. */
export const gridCard = async (ctx: Ctx, gridId: string) => {
  const grid = await loadGridInScope(ctx, gridId);
  const path = await ctx.db
    .select({ id: grids.id, tier: grids.tier, code: grids.code, name: grids.name })
    .from(grids)
    .where(and(inArray(grids.code, gridPathCodes(grid.code)), isNull(grids.deletedAt)))
    .orderBy(asc(grids.code));
  const smallGrids = await ctx.db
    .select({ id: grids.id })
    .from(grids)
    .where(and(inScope(grids.code, gridSubtree(grid)), eq(grids.tier, 'small'), isNull(grids.deletedAt)));
  const workers = await ctx.db
    .select()
    .from(gridWorkers)
    .where(and(eq(gridWorkers.gridId, gridId), isNull(gridWorkers.deletedAt)))
    .orderBy(asc(gridWorkers.createdAt), asc(gridWorkers.id));
  const householdIds = await householdIdsInGrids(
    ctx,
    smallGrids.map((g) => g.id),
  );
  const summaries = await householdSummaries(ctx, householdIds);
  return {
    grid: await toGridView(ctx, grid),
    path: path.map((p) => ({ ...p, tier: p.tier as Coded<typeof gridTier> })),
    households: householdIds.flatMap((id) => {
      const h = summaries.get(id);
      return h ? [{ id: h.id, householdNo: h.householdNo, headName: h.headName, gridId: h.gridId }] : [];
    }),
    workers: workers.map((w) => toWorkerView(ctx, w)),
  };
};
