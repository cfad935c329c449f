import { and, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Ctx } from '../../platform/context';
import type { HouseholdFilePart } from '../../platform/modules/manifest';
import { inScope, scopeOf } from '../../platform/scope';
import { grids } from './tables';

const parentGrid = alias(grids, 'parent_grid');

/**
 * The grids part of 一户一档: a household's small grid (十联户) and the middle grid above it, in one
 * query, in the caller's scope. `gridId` is the household's small grid, if assigned.
 */
export const householdGrids = async (
  ctx: Ctx,
  gridId: string | null,
): Promise<Pick<HouseholdFilePart, 'grid' | 'smallGridUnit'>> => {
  if (!gridId) return { grid: null, smallGridUnit: null };
  const [row] = await ctx.db
    .select({ id: grids.id, name: grids.name, parentId: parentGrid.id, parentName: parentGrid.name })
    .from(grids)
    .leftJoin(parentGrid, eq(parentGrid.id, grids.parentId))
    .where(and(eq(grids.id, gridId), inScope(grids.regionCode, scopeOf(ctx.actor))));
  return {
    grid: row?.parentId ? { id: row.parentId, name: row.parentName } : null,
    smallGridUnit: { id: gridId, name: row?.name ?? null },
  };
};
