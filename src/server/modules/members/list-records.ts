import { and, asc, count, eq, inArray, isNull, type SQL } from 'drizzle-orm';
import type { ListRecordsQuery } from '../../../contracts/api/members';
import type { Ctx } from '../../platform/context';
import { inScope, scopeOf, underRegion } from '../../platform/scope';
import { personIdsNamed } from '../households/lookups';
import { toRecordViews } from './record-view';
import { developmentRecords } from './tables';

/** Development records in scope by stage, branch and region, searched by name. */
export const listRecords = async (ctx: Ctx, query: ListRecordsQuery) => {
  const conditions: SQL[] = [
    inScope(developmentRecords.regionCode, scopeOf(ctx.actor)),
    isNull(developmentRecords.deletedAt),
  ];
  if (query.regionCode) conditions.push(underRegion(developmentRecords.regionCode, query.regionCode));
  if (query.stage) conditions.push(eq(developmentRecords.stage, query.stage));
  if (query.orgId) conditions.push(eq(developmentRecords.orgId, query.orgId));
  if (query.q) conditions.push(inArray(developmentRecords.personId, personIdsNamed(ctx, query.q)));
  const where = and(...conditions);
  const [rows, [{ total }]] = await Promise.all([
    ctx.db
      .select()
      .from(developmentRecords)
      .where(where)
      .orderBy(asc(developmentRecords.createdAt), asc(developmentRecords.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    ctx.db.select({ total: count() }).from(developmentRecords).where(where),
  ]);
  return { items: await toRecordViews(ctx, rows), total, page: query.page, pageSize: query.pageSize };
};
