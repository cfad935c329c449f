import { and, eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context';
import { NotFound } from '../../platform/errors';
import { getInScope, scopeOf } from '../../platform/scope';
import { type EventTies, isResident, maySeeEvent } from './policy';
import { eventCategories, eventDispatches, eventFollowers, events } from './tables';

// Loads what the visibility rule of policy.ts needs, asking only what the caller's role uses:
// a department handler's dispatches, a villager's following.

type EventRow = typeof events.$inferSelect;

export const tiesOf = async (ctx: Ctx, event: Pick<EventRow, 'id' | 'reporterId'>): Promise<EventTies> => {
  const { actor } = ctx;
  if (event.reporterId === actor.userId) return { departments: [], followerIds: [] };
  if (actor.role === 'department' && actor.department) {
    const rows = await ctx.db
      .select({ department: eventDispatches.department })
      .from(eventDispatches)
      .where(and(eq(eventDispatches.eventId, event.id), eq(eventDispatches.department, actor.department)))
      .limit(1);
    return { departments: rows.map((r) => r.department), followerIds: [] };
  }
  if (isResident(actor)) {
    const rows = await ctx.db
      .select({ userId: eventFollowers.userId })
      .from(eventFollowers)
      .where(and(eq(eventFollowers.eventId, event.id), eq(eventFollowers.userId, actor.userId)));
    return { departments: [], followerIds: rows.map((r) => r.userId) };
  }
  return { departments: [], followerIds: [] };
};

export const seesEvent = async (ctx: Ctx, event: Pick<EventRow, 'id' | 'reporterId'>): Promise<boolean> =>
  maySeeEvent(ctx.actor, event, await tiesOf(ctx, event));

/** The event in the caller's scope that the caller may see; NotFound otherwise. */
export const loadEvent = async (ctx: Ctx, eventId: string, forUpdate = false): Promise<EventRow> => {
  const event = await getInScope(ctx.db, events, eventId, scopeOf(ctx.actor), { forUpdate });
  if (!(await seesEvent(ctx, event))) throw new NotFound();
  return event;
};

/** The event's category (limits, departments, required fields). */
export const categoryOf = async (ctx: Ctx, event: Pick<EventRow, 'categoryId'>) => {
  const [row] = await ctx.db.select().from(eventCategories).where(eq(eventCategories.id, event.categoryId));
  if (!row) throw new NotFound('事件类别不存在');
  return row;
};
