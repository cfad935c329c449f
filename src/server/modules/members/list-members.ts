import { and, asc, count, desc, eq, inArray, isNull, type SQL } from 'drizzle-orm';
import type { ListMembersQuery } from '../../../contracts/api/members';
import type { Ctx } from '../../platform/context';
import { inScope, scopeOf, underRegion } from '../../platform/scope';
import { personIdsNamed } from '../households/lookups';
import { toMemberViews } from './member-view';
import { partyMembers } from './tables';

const SORT_COLUMNS = {
  joinedOn: partyMembers.joinedOn,
  fullOn: partyMembers.fullOn,
  createdAt: partyMembers.createdAt,
} as const;

/** Members in scope, filtered by branch, status and region, searched by name, paginated. */
export const listMembers = async (ctx: Ctx, query: ListMembersQuery) => {
  const conditions: SQL[] = [
    inScope(partyMembers.regionCode, scopeOf(ctx.actor)),
    isNull(partyMembers.deletedAt),
  ];
  if (query.regionCode) conditions.push(underRegion(partyMembers.regionCode, query.regionCode));
  if (query.orgId) conditions.push(eq(partyMembers.orgId, query.orgId));
  if (query.status) conditions.push(eq(partyMembers.status, query.status));
  if (query.q) conditions.push(inArray(partyMembers.personId, personIdsNamed(ctx, query.q)));
  const where = and(...conditions);
  const order = query.order === 'asc' ? asc : desc;
  const [rows, [{ total }]] = await Promise.all([
    ctx.db
      .select()
      .from(partyMembers)
      .where(where)
      .orderBy(order(SORT_COLUMNS[query.sort]), asc(partyMembers.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    ctx.db.select({ total: count() }).from(partyMembers).where(where),
  ]);
  return { items: await toMemberViews(ctx, rows), total, page: query.page, pageSize: query.pageSize };
};
