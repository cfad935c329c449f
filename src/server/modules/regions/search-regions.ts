import { and, asc, ilike, like, or, sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/context';
import { escapeLike } from '../../platform/db/like';
import { inScope, scopeOf } from '../../platform/scope';
import { pathsOf, regionWithChildCount, toRegion } from './region-view';
import { regions } from './tables';

/** Regions in scope whose name contains `q`, or whose pinyin initials start with it (pmz → 平马镇). */
export const searchRegions = async (ctx: Ctx, q: string, limit: number) => {
  const term = escapeLike(q);
  const initials = /^[a-zA-Z]+$/.test(q) ? like(regions.initials, `${term.toLowerCase()}%`) : undefined;
  const rows = await ctx.db
    .select(regionWithChildCount)
    .from(regions)
    .where(and(inScope(regions.code, scopeOf(ctx.actor)), or(ilike(regions.name, `%${term}%`), initials)))
    .orderBy(asc(sql`length(${regions.code})`), asc(regions.code))
    .limit(limit);
  const pathOf = await pathsOf(
    ctx.db,
    rows.map((r) => r.code),
  );
  return { items: rows.map((r) => ({ ...toRegion(r), path: pathOf(r.code) })) };
};
