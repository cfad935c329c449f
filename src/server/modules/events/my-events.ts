import { and, desc, eq, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { MyEvent, myEventsQuerySchema } from '../../../contracts/api/events-report';
import { attachmentCounts } from '../../platform/attachments/views';
import type { Ctx } from '../../platform/context';
import { inScope, scopeOf } from '../../platform/scope';
import { regionNames } from '../regions/region-view';
import { EVENT_STATUS_LABELS, eventNumber } from './event-view';
import { eventWorkflowKind } from './kinds';
import { followerCounts } from './similar-events';
import { eventCategories, eventFollowers, events } from './tables';

// 我的上报: the reports the caller filed and the ones they follow (跟进), newest first, with their
// status. Other people's names never appear: a followed report shows what its number, title and
// status say.

type MyEventsQuery = z.output<typeof myEventsQuerySchema>;

export const myEvents = async (ctx: Ctx, q: MyEventsQuery) => {
  const me = ctx.actor.userId;
  const followed = inArray(
    events.id,
    ctx.db.select({ id: eventFollowers.eventId }).from(eventFollowers).where(eq(eventFollowers.userId, me)),
  );
  const reported = eq(events.reporterId, me);
  const whose: SQL | undefined =
    q.relation === 'reported' ? reported : q.relation === 'followed' ? followed : or(reported, followed);
  const where = and(whose, inScope(events.regionCode, scopeOf(ctx.actor)));
  const [rows, [{ total }]] = await Promise.all([
    ctx.db
      .select({ e: events, categoryName: eventCategories.name })
      .from(events)
      .leftJoin(eventCategories, eq(eventCategories.id, events.categoryId))
      .where(where)
      .orderBy(desc(events.reportedAt), desc(events.id))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    ctx.db.select({ total: sql<number>`count(*)::int` }).from(events).where(where),
  ]);
  const ids = rows.map((r) => r.e.id);
  const [names, photos, { counts }] = await Promise.all([
    regionNames(
      ctx.db,
      rows.map((r) => r.e.regionCode),
    ),
    attachmentCounts(ctx, eventWorkflowKind, ids),
    followerCounts(ctx, ids),
  ]);
  const items: MyEvent[] = rows.map(({ e, categoryName }) => ({
    id: e.id,
    number: eventNumber(e),
    categoryName: categoryName ?? e.categoryCode,
    regionName: names.get(e.regionCode) ?? null,
    title: e.title,
    status: e.status,
    statusLabel: EVENT_STATUS_LABELS[e.status].zh,
    reportedAt: e.reportedAt.toISOString(),
    closedAt: e.closedAt?.toISOString() ?? null,
    rating: e.rating,
    photoCount: photos.get(e.id) ?? 0,
    followers: counts.get(e.id) ?? 0,
    relation: e.reporterId === me ? 'reported' : 'followed',
  }));
  return { items, total, page: q.page, pageSize: q.pageSize };
};
