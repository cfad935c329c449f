import { and, asc, count, desc, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { listTalentsQuerySchema } from '../../../contracts/api/talents';
import type { Ctx } from '../../platform/context';
import { inScope, scopeOf, underRegion } from '../../platform/scope';
import { queueStatuses } from './policy';
import { talents } from './tables';
import { toTalentViews } from './talent-view';

type Query = z.infer<typeof listTalentsQuerySchema>;

/** Talents in scope by status and category; `queue=mine` keeps what waits for the caller's step. */
export const listTalents = async (ctx: Ctx, query: Query) => {
  const conditions: SQL[] = [
    inScope(talents.regionCode, scopeOf(ctx.actor)),
    isNull(talents.deletedAt) as SQL,
  ];
  if (query.regionCode) conditions.push(underRegion(talents.regionCode, query.regionCode));
  if (query.status) conditions.push(eq(talents.status, query.status));
  if (query.category) conditions.push(eq(talents.category, query.category));
  if (query.queue === 'mine') {
    const statuses = queueStatuses(ctx.actor.role);
    conditions.push(statuses.length ? inArray(talents.status, statuses) : sql`false`);
  }
  const where = and(...conditions);
  const [rows, [{ total }]] = await Promise.all([
    ctx.db
      .select()
      .from(talents)
      .where(where)
      .orderBy(desc(talents.updatedAt), asc(talents.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    ctx.db.select({ total: count() }).from(talents).where(where),
  ]);
  return { items: await toTalentViews(ctx, rows), total, page: query.page, pageSize: query.pageSize };
};
