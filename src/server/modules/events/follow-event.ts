import { and, eq, sql } from 'drizzle-orm';
import { OPEN_EVENT_STATUSES } from '../../../contracts/api/events';
import type { FollowView } from '../../../contracts/api/events-report';
import { writeAudit } from '../../platform/audit/write';
import { type Ctx, inTransaction } from '../../platform/context';
import { Conflict } from '../../platform/errors';
import { getInScope, scopeOf } from '../../platform/scope';
import { eventNumber } from './event-view';
import { type EventStatus, eventFollowers, events } from './tables';

// 跟进: a villager says "this is my problem too" instead of filing a duplicate, and sees the
// report in 我的上报 from then on. Following twice changes nothing; leaving is allowed any time.

const countFollowers = async (ctx: Ctx, eventId: string) => {
  const [row] = await ctx.db
    .select({ n: sql<number>`count(*)::int` })
    .from(eventFollowers)
    .where(eq(eventFollowers.eventId, eventId));
  return row?.n ?? 0;
};

export const followEvent = (ctx: Ctx, eventId: string): Promise<FollowView> =>
  inTransaction(ctx, async (tx) => {
    const event = await getInScope(tx.db, events, eventId, scopeOf(tx.actor));
    if (event.reporterId === tx.actor.userId) throw new Conflict('这是您自己上报的事件，无需跟进');
    if (!OPEN_EVENT_STATUSES.includes(event.status as EventStatus))
      throw new Conflict(`事件${event.status === 'draft' ? '尚未提交' : '已不在办理中'}，不能跟进`);
    const added = await tx.db
      .insert(eventFollowers)
      .values({ eventId, userId: tx.actor.userId, regionCode: event.regionCode })
      .onConflictDoNothing()
      .returning({ eventId: eventFollowers.eventId });
    if (added.length > 0)
      await writeAudit(tx.db, tx, {
        action: 'events.event.follow',
        entity: 'event',
        entityId: eventId,
        regionCode: event.regionCode,
        diff: { number: eventNumber(event) },
      });
    return { eventId, following: true, followers: await countFollowers(tx, eventId) };
  });

export const unfollowEvent = (ctx: Ctx, eventId: string): Promise<FollowView> =>
  inTransaction(ctx, async (tx) => {
    const event = await getInScope(tx.db, events, eventId, scopeOf(tx.actor));
    const removed = await tx.db
      .delete(eventFollowers)
      .where(and(eq(eventFollowers.eventId, eventId), eq(eventFollowers.userId, tx.actor.userId)))
      .returning({ eventId: eventFollowers.eventId });
    if (removed.length > 0)
      await writeAudit(tx.db, tx, {
        action: 'events.event.unfollow',
        entity: 'event',
        entityId: eventId,
        regionCode: event.regionCode,
        diff: { number: eventNumber(event) },
      });
    return { eventId, following: false, followers: await countFollowers(tx, eventId) };
  });
