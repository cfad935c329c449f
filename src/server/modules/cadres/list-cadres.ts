import { and, asc, count, eq, isNull, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { listCadresQuerySchema } from '../../../contracts/api/cadres';
import type { Ctx } from '../../platform/context';
import { inScope, scopeOf, underRegion } from '../../platform/scope';
import { toCadreViews } from './cadre-view';
import { cadres } from './tables';

type Query = z.infer<typeof listCadresQuerySchema>;

/** Living cadre records in scope (and under `regionCode` when given). */
export const cadreConditions = (ctx: Ctx, regionCode?: string): SQL[] => {
  const conditions = [inScope(cadres.regionCode, scopeOf(ctx.actor)), isNull(cadres.deletedAt) as SQL];
  if (regionCode) conditions.push(underRegion(cadres.regionCode, regionCode));
  return conditions;
};

export const listCadres = async (ctx: Ctx, query: Query) => {
  const conditions = cadreConditions(ctx, query.regionCode);
  if (query.background)
    conditions.push(sql`${cadres.backgrounds} @> ${JSON.stringify([query.background])}::jsonb`);
  if (query.isReserve) conditions.push(eq(cadres.isReserve, query.isReserve === 'true'));
  const where = and(...conditions);
  const [rows, [{ total }]] = await Promise.all([
    ctx.db
      .select()
      .from(cadres)
      .where(where)
      .orderBy(asc(cadres.regionCode), asc(cadres.createdAt), asc(cadres.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    ctx.db.select({ total: count() }).from(cadres).where(where),
  ]);
  return { items: await toCadreViews(ctx, rows), total, page: query.page, pageSize: query.pageSize };
};
