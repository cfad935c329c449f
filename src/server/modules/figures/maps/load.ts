import { eq } from 'drizzle-orm';
import type { Ctx } from '../../../platform/context';
import { NotFound } from '../../../platform/errors';
import { assertInScope, scopeOf } from '../../../platform/scope';
import { getRegion } from '../../regions/get-region';
import { childrenOf } from '../../regions/region-view';
import { regionBoundaries } from './tables';

/** A county or township in the caller's scope with its children (NotFound outside or unknown). */
export const regionWithChildren = async (ctx: Ctx, regionCode: string) => {
  const { name } = await getRegion(ctx, regionCode);
  const children = await childrenOf(ctx.db, regionCode);
  return { name, children: children.map((c) => ({ code: c.code, name: c.name })) };
};

/** The stored map of a region's children in the caller's scope, locked for a write; NotFound when none. */
export const loadBoundaries = async (ctx: Ctx, regionCode: string, forUpdate = false) => {
  assertInScope(regionCode, scopeOf(ctx.actor));
  const query = ctx.db
    .select()
    .from(regionBoundaries)
    .where(eq(regionBoundaries.regionCode, regionCode))
    .limit(1);
  const [row] = forUpdate ? await query.for('update') : await query;
  if (!row) throw new NotFound('该区域还没有上传下级区划边界');
  return row;
};
