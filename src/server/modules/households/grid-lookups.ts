import { and, asc, count, inArray, isNull } from 'drizzle-orm';
import type { Ctx } from '../../platform/context';
import { inScope, scopeOf } from '../../platform/scope';
import { households } from './tables';

// For the grids module: which households sit in given small grids (households.grid_id), in the
// caller's scope. Names and masked data come from `householdSummaries`.

const inGrids = (ctx: Ctx, gridIds: string[]) =>
  and(
    inArray(households.gridId, gridIds),
    inScope(households.regionCode, scopeOf(ctx.actor)),
    isNull(households.deletedAt),
  );

/** Household ids of the grids, ordered by household number, at most `limit`. */
export const householdIdsInGrids = async (ctx: Ctx, gridIds: string[], limit = 500): Promise<string[]> => {
  if (gridIds.length === 0) return [];
  const rows = await ctx.db
    .select({ id: households.id })
    .from(households)
    .where(inGrids(ctx, gridIds))
    .orderBy(asc(households.householdNo), asc(households.id))
    .limit(limit);
  return rows.map((r) => r.id);
};

/** Number of households per grid id (grids without households are absent). */
export const householdCountsByGrid = async (ctx: Ctx, gridIds: string[]): Promise<Map<string, number>> => {
  if (gridIds.length === 0) return new Map();
  const rows = await ctx.db
    .select({ gridId: households.gridId, total: count() })
    .from(households)
    .where(inGrids(ctx, gridIds))
    .groupBy(households.gridId);
  return new Map(rows.map((r) => [r.gridId as string, r.total]));
};
