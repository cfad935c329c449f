import { eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context';
import { NotFound } from '../../platform/errors';
import { assertInScope, scopeOf } from '../../platform/scope';
import { pathsOf, regionWithChildCount, toRegion } from './region-view';
import { regions } from './tables';

/** One region with its path; NotFound outside the caller's scope. */
export const getRegion = async (ctx: Ctx, code: string) => {
  assertInScope(code, scopeOf(ctx.actor));
  const [row] = await ctx.db
    .select(regionWithChildCount)
    .from(regions)
    .where(eq(regions.code, code))
    .limit(1);
  if (!row) throw new NotFound('区划不存在或不在您的管辖范围内');
  const pathOf = await pathsOf(ctx.db, [code]);
  return { ...toRegion(row), path: pathOf(code) };
};
