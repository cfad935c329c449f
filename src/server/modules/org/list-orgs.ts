import { and, asc, count, eq, ilike, isNotNull, isNull, type SQL } from 'drizzle-orm';
import type { ListOrgsQuery } from '../../../contracts/api/org';
import type { Ctx } from '../../platform/context';
import { escapeLike } from '../../platform/db/like';
import { inScope, scopeOf, underRegion } from '../../platform/scope';
import { toOrgViews } from './org-view';
import { partyOrgs } from './tables';

/** Organizations in scope, filtered and paginated; `deleted=true` lists the deleted ones for restore. */
export const listOrgs = async (ctx: Ctx, query: ListOrgsQuery) => {
  const conditions: SQL[] = [
    inScope(partyOrgs.regionCode, scopeOf(ctx.actor)),
    query.deleted === 'true' ? isNotNull(partyOrgs.deletedAt) : isNull(partyOrgs.deletedAt),
  ];
  if (query.regionCode) conditions.push(underRegion(partyOrgs.regionCode, query.regionCode));
  if (query.level) conditions.push(eq(partyOrgs.level, query.level));
  if (query.kind) conditions.push(eq(partyOrgs.kind, query.kind));
  if (query.q) conditions.push(ilike(partyOrgs.name, `%${escapeLike(query.q)}%`));
  const where = and(...conditions);
  const [rows, [{ total }]] = await Promise.all([
    ctx.db
      .select()
      .from(partyOrgs)
      .where(where)
      .orderBy(asc(partyOrgs.regionCode), asc(partyOrgs.sortOrder), asc(partyOrgs.name), asc(partyOrgs.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    ctx.db.select({ total: count() }).from(partyOrgs).where(where),
  ]);
  return { items: await toOrgViews(ctx.db, rows), total, page: query.page, pageSize: query.pageSize };
};
