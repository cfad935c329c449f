import { and, asc, count, desc, eq, inArray, isNull, not, type SQL } from 'drizzle-orm';
import type { CaseListQuery } from '../../../../contracts/api/visits-cases';
import type { Ctx } from '../../../platform/context';
import { inScope, scopeOf, underRegion } from '../../../platform/scope';
import { householdIdsMatching } from '../../households/lookups';
import { monitoringCases as c } from '../tables';
import { overdueWhere, toItems } from './case-view';

// 监测对象识别台账: the cases of the caller's scope (under `regionCode` when given), by state,
// overdue or not, and the household's number or head's name; newest clue first by default.

const ORDER: Record<CaseListQuery['sort'], SQL[]> = {
  '-firstClueAt': [desc(c.firstClueAt)],
  firstClueAt: [asc(c.firstClueAt)],
  stepDueAt: [asc(c.stepDueAt)],
  '-stepDueAt': [desc(c.stepDueAt)],
};

export const listCases = async (ctx: Ctx, query: CaseListQuery) => {
  const now = new Date();
  const where = and(
    isNull(c.deletedAt),
    inScope(c.regionCode, scopeOf(ctx.actor)),
    query.regionCode ? underRegion(c.regionCode, query.regionCode) : undefined,
    query.state ? eq(c.state, query.state) : undefined,
    query.overdue === true ? overdueWhere(now) : query.overdue === false ? not(overdueWhere(now)) : undefined,
    query.q ? inArray(c.householdId, householdIdsMatching(ctx, query.q)) : undefined,
  );
  const [{ total }] = await ctx.db.select({ total: count() }).from(c).where(where);
  const rows = await ctx.db
    .select()
    .from(c)
    .where(where)
    .orderBy(...ORDER[query.sort], asc(c.id))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  return { items: await toItems(ctx, rows), total, page: query.page, pageSize: query.pageSize };
};
