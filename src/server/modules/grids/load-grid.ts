import type { Ctx } from '../../platform/context';
import { NotFound } from '../../platform/errors';
import { getInScope, scopeOf } from '../../platform/scope';
import { grids } from './tables';

/** A living grid in the caller's scope, or NotFound. */
export const loadGridInScope = async (ctx: Ctx, gridId: string, forUpdate = false) => {
  const grid = await getInScope(ctx.db, grids, gridId, scopeOf(ctx.actor), { forUpdate });
  if (grid.deletedAt) throw new NotFound('网格不存在或无权访问');
  return grid;
};

export type GridRow = typeof grids.$inferSelect;
