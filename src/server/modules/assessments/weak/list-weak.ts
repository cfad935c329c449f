import { and, count, desc, eq, type SQL } from 'drizzle-orm';
import type { WeakListQuery } from '../../../../contracts/api/assess-weak';
import type { Ctx } from '../../../platform/context';
import { inScope, scopeOf, underRegion } from '../../../platform/scope';
import { weakOrgs } from '../tables';
import { measureCounts, overdueWhere, toItems } from './weak-view';

// 整顿台账列表: by year, state, township and overdue, newest year first, paged on the server.

export const weakWhere = (ctx: Ctx, q: Omit<WeakListQuery, 'page' | 'pageSize'>): SQL | undefined =>
  and(
    inScope(weakOrgs.regionCode, scopeOf(ctx.actor)),
    q.year ? eq(weakOrgs.year, q.year) : undefined,
    q.status ? eq(weakOrgs.status, q.status) : undefined,
    q.township ? underRegion(weakOrgs.regionCode, q.township) : undefined,
    q.overdue ? overdueWhere() : undefined,
  );

export const listWeak = async (ctx: Ctx, q: WeakListQuery) => {
  const where = weakWhere(ctx, q);
  const [[{ n }], rows] = await Promise.all([
    ctx.db.select({ n: count() }).from(weakOrgs).where(where),
    ctx.db
      .select({ org: weakOrgs, ...measureCounts() })
      .from(weakOrgs)
      .where(where)
      .orderBy(desc(weakOrgs.year), weakOrgs.regionCode, weakOrgs.id)
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
  ]);
  const items = await toItems(
    ctx.db,
    rows.map((r) => ({ ...r.org, ...r })),
  );
  return { items, total: n, page: q.page, pageSize: q.pageSize };
};
