import { and, eq, isNull } from 'drizzle-orm';
import type { Ctx } from '../../platform/context';
import { inScope, scopeOf } from '../../platform/scope';
import { grids } from './tables';

// Look-ups of the grid imports: living grids of the caller's scope by code or by name.

const living = (ctx: Ctx) => and(inScope(grids.regionCode, scopeOf(ctx.actor)), isNull(grids.deletedAt));
const fields = { id: grids.id, tier: grids.tier, code: grids.code, regionCode: grids.regionCode };

export type FoundGrid = { id: string; tier: string; code: string; regionCode: string };

/** A living grid of the scope by its 16-digit code. */
export const gridByCode = async (ctx: Ctx, code: string): Promise<FoundGrid | undefined> => {
  const [row] = await ctx.db
    .select(fields)
    .from(grids)
    .where(and(eq(grids.code, code), living(ctx)))
    .limit(1);
  return row;
};

/** The living grids of a village with this name (names are not unique). */
export const gridsNamed = (ctx: Ctx, village: string, name: string): Promise<FoundGrid[]> =>
  ctx.db
    .select(fields)
    .from(grids)
    .where(and(eq(grids.regionCode, village), eq(grids.name, name), living(ctx)));

/** Whether a code was ever given (deleted grids keep theirs: codes are never reused). */
export const codeTaken = async (ctx: Ctx, code: string): Promise<boolean> => {
  const [row] = await ctx.db.select({ id: grids.id }).from(grids).where(eq(grids.code, code)).limit(1);
  return Boolean(row);
};
