import { asc, desc, sql } from 'drizzle-orm';
import type { EventFilters, EventListQuery } from '../../../contracts/api/events-queue';
import type { Ctx } from '../../platform/context';
import { eventWithExtras, joinedEventViews } from './event-view';
import { eventsWhere } from './queue-where';
import { events } from './tables';

// 事件办理: events in the caller's scope by view (待办 / 将到期 / 已超期 / 全部) and filters, a page at
// a time, sorted by reported time or deadline.

const orderOf = (sort: EventFilters['sort']) => {
  switch (sort) {
    case 'reported-asc':
      return [asc(events.reportedAt), asc(events.id)];
    case 'due-asc':
      return [sql`${events.stageDueAt} asc nulls last`, asc(events.id)];
    case 'due-desc':
      return [sql`${events.stageDueAt} desc nulls last`, desc(events.id)];
    default:
      return [desc(events.reportedAt), desc(events.id)];
  }
};

export const listEvents = async (ctx: Ctx, q: EventListQuery) => {
  const where = await eventsWhere(ctx, q);
  const [rows, [{ total }]] = await Promise.all([
    ctx.db
      .select(eventWithExtras)
      .from(events)
      .where(where)
      .orderBy(...orderOf(q.sort))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    ctx.db.select({ total: sql<number>`count(*)::int` }).from(events).where(where),
  ]);
  return { items: joinedEventViews(rows), total: Number(total), page: q.page, pageSize: q.pageSize };
};
