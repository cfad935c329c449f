import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { DutyDispatch, DutyItem } from '../../../contracts/api/events-queue';
import type { Ctx } from '../../platform/context';
import { inScope, scopeOf } from '../../platform/scope';
import { eventViews } from './event-view';
import { eventDispatches, events } from './tables';

// 部门报到: a department's dispatches in its county — to do (sent, acknowledged: the oldest
// deadline first) or done (handled, returned, cancelled: the latest first). Other roles see the
// dispatches of the events in their scope.

export type DispatchRow = typeof eventDispatches.$inferSelect;

export const dutyDispatchView = (d: DispatchRow): DutyDispatch => ({
  id: d.id,
  eventId: d.eventId,
  department: d.department,
  status: d.status,
  round: d.round,
  note: d.note,
  sentAt: d.sentAt.toISOString(),
  ackDueAt: d.ackDueAt?.toISOString() ?? null,
  acknowledgedAt: d.acknowledgedAt?.toISOString() ?? null,
  handleDueAt: d.handleDueAt?.toISOString() ?? null,
  handledAt: d.handledAt?.toISOString() ?? null,
  result: d.result,
  reason: d.reason,
});

export const TODO_DISPATCH = ['sent', 'acknowledged'] as const;
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
    inArray(eventDispatches.status, [...(todo ? TODO_DISPATCH : DONE_DISPATCH)]),
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
  const views = new Map((await eventViews(ctx, eventRows)).map((e) => [e.id, e]));
  const items = rows.flatMap((d) => {
    const event = views.get(d.eventId);
    return event ? [{ dispatch: dutyDispatchView(d), event }] : [];
  });
  return { items, total: Number(total), page: q.page, pageSize: q.pageSize };
};
