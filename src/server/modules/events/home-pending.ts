import { and, asc, count, gte, inArray, lte, or, type SQL, sql } from 'drizzle-orm';
import type { Department } from '../../../contracts/roles';
import { can } from '../../../contracts/roles';
import type { Ctx } from '../../platform/context';
import type { HomeEntry, HomePending, HomeShortcut } from '../../platform/modules/manifest';
import { eventNumber } from './event-view';
import { myDispatches } from './list-dispatches';
import { eventsWhere, tierOf } from './queue-where';
import { eventDispatches, events } from './tables';

// 工作台 items of grid events: 待受理事件 for the village and the township (and the county's
// escalated ones), 待报到派单 and 待办理派单 for a department, and 24 小时内到期 for whoever owns the
// stage, each with its count and the first few records (the nearest deadline first).

const SHOWN = 5;
const DAY_MS = 24 * 60 * 60 * 1000;

export const eventsShortcuts: readonly HomeShortcut[] = [
  {
    key: 'events.duty',
    label: { zh: '部门报到', en: 'Department duty' },
    path: '/events-duty',
    permission: 'events.handle',
    rank: { department: 1 },
  },
  {
    key: 'events.handle',
    label: { zh: '事件办理', en: 'Handle events' },
    path: '/events',
    permission: 'events.read',
    // Grid workers and residents start with reporting (上报事件, h-report); the queue is in their menu.
    rank: { township: 1, village: 3, county_admin: 4, department: 2 },
  },
];

const deadline = (at: Date | null) =>
  at ? `期限 ${at.toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false })}` : null;

/** An item from events matching `where`: the count and the nearest deadlines first. */
const eventItem = async (
  ctx: Ctx,
  where: SQL | undefined,
  item: Omit<HomePending, 'count' | 'entries'>,
): Promise<HomePending> => {
  const [[{ n }], rows] = await Promise.all([
    ctx.db.select({ n: count() }).from(events).where(where),
    ctx.db
      .select()
      .from(events)
      .where(where)
      .orderBy(sql`${events.stageDueAt} asc nulls last`, asc(events.reportedAt), asc(events.id))
      .limit(SHOWN),
  ]);
  const entries: HomeEntry[] = rows.map((e) => ({
    id: e.id,
    title: `${eventNumber(e)} ${e.title}`,
    reason: deadline(e.stageDueAt),
    path: `/events/${e.id}`,
    at: e.stageDueAt?.toISOString() ?? e.reportedAt.toISOString(),
  }));
  return { ...item, count: Number(n), entries };
};

/** A department's dispatches matching `where`, with their events' titles. */
const dispatchItem = async (
  ctx: Ctx,
  where: SQL | undefined,
  item: Omit<HomePending, 'count' | 'entries'>,
): Promise<HomePending> => {
  const due = sql<Date | null>`coalesce(${eventDispatches.handleDueAt}, ${eventDispatches.ackDueAt})`;
  const [[{ n }], rows] = await Promise.all([
    ctx.db.select({ n: count() }).from(eventDispatches).where(where),
    ctx.db
      .select({ d: eventDispatches, e: events })
      .from(eventDispatches)
      .innerJoin(events, sql`${events.id} = ${eventDispatches.eventId}`)
      .where(where)
      .orderBy(sql`${due} asc nulls last`, asc(eventDispatches.sentAt), asc(eventDispatches.id))
      .limit(SHOWN),
  ]);
  const entries: HomeEntry[] = rows.map(({ d, e }) => ({
    id: d.id,
    title: `${eventNumber(e)} ${e.title}`,
    reason: deadline(d.status === 'sent' ? d.ackDueAt : d.handleDueAt),
    path: '/events-duty',
    at: (d.status === 'sent' ? d.ackDueAt : d.handleDueAt)?.toISOString() ?? d.sentAt.toISOString(),
  }));
  return { ...item, count: Number(n), entries };
};

const departmentItems = async (ctx: Ctx, now: Date): Promise<HomePending[]> => {
  const soon = new Date(now.getTime() + DAY_MS);
  const mine = myDispatches(ctx);
  const status = (s: 'sent' | 'acknowledged') => and(mine, inArray(eventDispatches.status, [s]));
  return Promise.all([
    dispatchItem(ctx, status('sent'), {
      key: 'events.acknowledge',
      label: { zh: '待报到派单', en: 'Dispatches to acknowledge' },
      path: '/events-duty',
    }),
    dispatchItem(ctx, status('acknowledged'), {
      key: 'events.handle',
      label: { zh: '待办理派单', en: 'Dispatches to handle' },
      path: '/events-duty',
    }),
    dispatchItem(
      ctx,
      or(
        and(status('sent'), gte(eventDispatches.ackDueAt, now), lte(eventDispatches.ackDueAt, soon)),
        and(
          status('acknowledged'),
          gte(eventDispatches.handleDueAt, now),
          lte(eventDispatches.handleDueAt, soon),
        ),
      ),
      {
        key: 'events.due-soon',
        label: { zh: '24 小时内到期', en: 'Due within 24 hours' },
        path: '/events-duty',
      },
    ),
  ]);
};

/** What waits on the caller from grid events, by the level it works at. */
export const eventsHomePending = async (ctx: Ctx): Promise<HomePending[]> => {
  if (!can(ctx.actor.role, 'events.handle') || ctx.actor.role === 'grid_worker') return [];
  const now = new Date();
  if (tierOf(ctx.actor) === 'department') {
    return (ctx.actor.department as Department | null) ? departmentItems(ctx, now) : [];
  }
  const filters = { sort: 'due-asc' as const };
  const todo = await eventsWhere(ctx, { ...filters, view: 'todo' }, now);
  return Promise.all([
    eventItem(ctx, todo, {
      key: 'events.todo',
      label: { zh: '待受理事件', en: 'Events to handle' },
      path: '/events',
    }),
    eventItem(ctx, and(todo, await eventsWhere(ctx, { ...filters, view: 'due-soon' }, now)), {
      key: 'events.due-soon',
      label: { zh: '24 小时内到期', en: 'Due within 24 hours' },
      path: '/events?view=due-soon',
    }),
  ]);
};
