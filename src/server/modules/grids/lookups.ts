import { and, inArray } from 'drizzle-orm';
import type { Ctx } from '../../platform/context';
import { inScope, scopeOf } from '../../platform/scope';
import { grids } from './tables';

// What other modules may know of grids (the one-household view shows a household's grid).

export interface GridSummary {
  id: string;
  tier: string;
  parentId: string | null;
  code: string;
  name: string;
  regionCode: string;
}

/** Grids by id in the caller's scope (deleted ones keep their name and code). */
export const gridSummaries = async (ctx: Ctx, ids: string[]): Promise<Map<string, GridSummary>> => {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await ctx.db
    .select({
      id: grids.id,
      tier: grids.tier,
      parentId: grids.parentId,
      code: grids.code,
      name: grids.name,
      regionCode: grids.regionCode,
    })
    .from(grids)
    .where(and(inArray(grids.id, unique), inScope(grids.regionCode, scopeOf(ctx.actor))));
  return new Map(rows.map((r) => [r.id, r]));
};
