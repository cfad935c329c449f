import { asc, count, desc } from 'drizzle-orm';
import type { ListHouseholdsQuery } from '../../../contracts/api/households';
import type { Ctx } from '../../platform/context';
import { selectHouseholdViews, toView } from './household-view';
import { householdWhere, membersMatching } from './search';
import { households } from './tables';

const SORT = {
  householdNo: households.householdNo,
  createdAt: households.createdAt,
  incomePerCapita: households.incomePerCapita,
} as const;

/** 农户列表: scoped, filtered and sorted on the server, one page at a time. */
export const listHouseholds = async (ctx: Ctx, query: ListHouseholdsQuery) => {
  const where = householdWhere(ctx, query);
  const order = query.order === 'asc' ? asc : desc;
  const [rows, [{ total }]] = await Promise.all([
    selectHouseholdViews(ctx.db)
      .where(where)
      .orderBy(order(SORT[query.sort]), asc(households.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    ctx.db.select({ total: count() }).from(households).where(where),
  ]);
  const items = rows.map((r) => toView(ctx.pii, r));
  const matched = await membersMatching(ctx, query.q, items);
  return {
    items: query.q ? items.map((h) => ({ ...h, matchedMembers: matched.get(h.id) ?? [] })) : items,
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
};
