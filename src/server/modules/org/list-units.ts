import { and, asc, count, eq, ilike, isNull, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { listCoveredUnitsQuerySchema } from '../../../contracts/api/org';
import type { Ctx } from '../../platform/context';
import { escapeLike } from '../../platform/db/like';
import { inScope, scopeOf, underRegion } from '../../platform/scope';
import { loadUnitInScope } from './save-unit';
import { coveredUnits } from './tables';
import { toUnitViews } from './unit-view';

type Query = z.infer<typeof listCoveredUnitsQuerySchema>;

export const listUnits = async (ctx: Ctx, query: Query) => {
  const conditions: SQL[] = [
    inScope(coveredUnits.regionCode, scopeOf(ctx.actor)),
    isNull(coveredUnits.deletedAt),
  ];
  if (query.regionCode) conditions.push(underRegion(coveredUnits.regionCode, query.regionCode));
  if (query.unitType) conditions.push(eq(coveredUnits.unitType, query.unitType));
  if (query.q) conditions.push(ilike(coveredUnits.name, `%${escapeLike(query.q)}%`));
  const where = and(...conditions);
  const [rows, [{ total }]] = await Promise.all([
    ctx.db
      .select()
      .from(coveredUnits)
      .where(where)
      .orderBy(asc(coveredUnits.regionCode), asc(coveredUnits.name), asc(coveredUnits.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    ctx.db.select({ total: count() }).from(coveredUnits).where(where),
  ]);
  return { items: await toUnitViews(ctx, rows), total, page: query.page, pageSize: query.pageSize };
};

export const getUnit = async (ctx: Ctx, unitId: string) =>
  (await toUnitViews(ctx, [await loadUnitInScope(ctx, unitId)]))[0];
