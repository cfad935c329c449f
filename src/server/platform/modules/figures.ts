import type { Column } from 'drizzle-orm';
import { and, count, isNull, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Ctx } from '../context';
import { assertInScope, inScope, scopeOf, underRegion } from '../scope';

type RegistryTable = PgTable & { regionCode: Column; deletedAt: Column };

/**
 * The usual registry figure: living rows of `table` under `regionCode`, which must lie in the
 * caller's scope (NotFound otherwise), with an optional further condition.
 */
export const countLivingUnder = async (
  ctx: Ctx,
  table: RegistryTable,
  regionCode: string,
  where?: SQL,
): Promise<number> => {
  const scope = scopeOf(ctx.actor);
  assertInScope(regionCode, scope);
  const [row] = await ctx.db
    .select({ n: count() })
    .from(table as PgTable)
    .where(
      and(
        inScope(table.regionCode, scope),
        underRegion(table.regionCode, regionCode),
        isNull(table.deletedAt),
        where,
      ),
    );
  return row.n;
};
