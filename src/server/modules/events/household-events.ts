import { and, count, desc, eq } from 'drizzle-orm';
import type { HouseholdEvents } from '../../../contracts/api/events-queue';
import { can } from '../../../contracts/roles';
import type { Ctx } from '../../platform/context';
import { eventViews } from './event-view';
import { eventsWhere } from './queue-where';
import { events } from './tables';

const SHOWN = 10;

/**
 * 一户一档's events: what was reported about the household, newest first, with its status and
 * whether its open stage is late. Null for roles that do not read events.
 */
export const householdEvents = async (ctx: Ctx, householdId: string): Promise<HouseholdEvents | null> => {
  if (!can(ctx.actor.role, 'events.read')) return null;
  // The caller's scope; a department only the events dispatched to it.
  const where = and(
    eq(events.householdId, householdId),
    await eventsWhere(ctx, { view: 'all', sort: 'reported-desc' }),
  );
  const [[{ n }], rows] = await Promise.all([
    ctx.db.select({ n: count() }).from(events).where(where),
    ctx.db.select().from(events).where(where).orderBy(desc(events.reportedAt), desc(events.id)).limit(SHOWN),
  ]);
  const items = (await eventViews(ctx, rows)).map((e) => ({
    id: e.id,
    number: e.number,
    title: e.title,
    categoryName: e.categoryName,
    status: e.status,
    statusLabel: e.statusLabel,
    reportedAt: e.reportedAt,
    closedAt: e.closedAt,
    overdue: e.overdue,
  }));
  return { total: Number(n), items };
};
