import { and, type Column, type SQL } from 'drizzle-orm';
import type { Ctx } from '../../../platform/context';
import { assertInScope, inScope, scopeOf, underRegion } from '../../../platform/scope';

// What the reports share: the caller's scope (the county for county staff, the township for
// township staff) narrowed to a township when one is asked, and rows of a raw statement.

/** Rows under the caller's scope and, when asked, under the township (NotFound outside the scope). */
export const reportScope = (ctx: Ctx, column: Column, township?: string): SQL => {
  const scope = scopeOf(ctx.actor);
  if (!township) return inScope(column, scope);
  assertInScope(township, scope);
  return and(inScope(column, scope), underRegion(column, township)) as SQL;
};

export const rowsOf = async <T>(ctx: Ctx, query: SQL): Promise<T[]> =>
  ((await ctx.db.execute(query)) as unknown as { rows: T[] }).rows;

/** The year now in China. */
export const chinaYear = () => new Date(Date.now() + 8 * 3_600_000).getUTCFullYear();

export const offsetOf = (q: { page: number; pageSize: number }) => (q.page - 1) * q.pageSize;
