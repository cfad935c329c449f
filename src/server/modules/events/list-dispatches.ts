import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { DutyItem } from '../../../contracts/api/events-queue';
import type { Ctx } from '../../platform/context';
import { inScope, scopeOf } from '../../platform/scope';
import { dispatchViews } from './event-detail';
import { eventViews } from './event-view';
import { eventDispatches, events } from './tables';

// 部门报到: a department's dispatches in its county — to do (sent, acknowledged: the oldest
// deadline first) or done (handled, returned, cancelled: the latest first). Other roles see the
// dispatches of the events in their scope.

export type DispatchRow = typeof eventDispatches.$inferSelect;

export const WAITING_DISPATCH = ['sent', 'acknowledged'] as const;
const DONE_DISPATCH = ['handled', 'returned', 'cancelled'] as const;

/** The dispatches a department works on: its own, in its county. */
export const myDispatches = (ctx: Ctx) =>
  ctx.actor.role === 'department'
    ? and(
        inScope(eventDispatches.regionCode, scopeOf(ctx.actor)),
        eq(eventDispatches.department, ctx.actor.department ?? ('' as never)),
      )
    : inScope(eventDispatches.regionCode, scopeOf(ctx.actor));

export const listDispatches = async (
  ctx: Ctx,
  q: { view: 'todo' | 'done'; page: number; pageSize: number },
): Promise<{ items: DutyItem[]; total: number; page: number; pageSize: number }> => {
  const todo = q.view === 'todo';
  const where = and(
    myDispatches(ctx),
    inArray(eventDispatches.status, [...(todo ? WAITING_DISPATCH : DONE_DISPATCH)]),
  );
  const due = sql`coalesce(${eventDispatches.handleDueAt}, ${eventDispatches.ackDueAt})`;
  const [rows, [{ total }]] = await Promise.all([
    ctx.db
      .select()
      .from(eventDispatches)
      .where(where)
      .orderBy(
        ...(todo
          ? [sql`${due} asc nulls last`, asc(eventDispatches.sentAt)]
          : [desc(sql`coalesce(${eventDispatches.handledAt}, ${eventDispatches.sentAt})`)]),
        asc(eventDispatches.id),
      )
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    ctx.db.select({ total: sql<number>`count(*)::int` }).from(eventDispatches).where(where),
  ]);
  const eventRows = rows.length
    ? await ctx.db
        .select()
        .from(events)
        .where(
          inArray(
            events.id,
            rows.map((r) => r.eventId),
          ),
        )
    : [];
  const [eventList, dispatchList] = await Promise.all([eventViews(ctx, eventRows), dispatchViews(ctx, rows)]);
  const views = new Map(eventList.map((e) => [e.id, e]));
  // Each dispatch with what the caller may do on it now (报到, 办理, 退回).
  const items = dispatchList.flatMap((dispatch) => {
    const event = views.get(dispatch.eventId);
    return event ? [{ dispatch, event }] : [];
  });
  return { items, total: Number(total), page: q.page, pageSize: q.pageSize };
};
