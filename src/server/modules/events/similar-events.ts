import { and, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { OPEN_EVENT_STATUSES } from '../../../contracts/api/events';
import type { SimilarEvents, similarQuerySchema } from '../../../contracts/api/events-report';
import type { Ctx } from '../../platform/context';
import { invalidField } from '../../platform/errors';
import { inScope, isInScope, scopeOf, underRegion, villageOf } from '../../platform/scope';
import { gridSummaries } from '../grids/lookups';
import { EVENT_STATUS_LABELS, eventNumber } from './event-view';
import { defaultPlace } from './report-context';
import { type EventStatus, eventFollowers, events } from './tables';

// 是不是这些事？ Before filing, the open reports of the same category in the same grid (else in
// the village), so a villager can follow one (跟进) instead of filing a duplicate. Only number,
// title, status, date and the number of followers: never who reported it.

const LIMIT = 10;
const OPEN = OPEN_EVENT_STATUSES as EventStatus[];

type SimilarQuery = z.output<typeof similarQuerySchema>;

/** The grid and village to look in: the ones asked for, else where the caller's report would go. */
const whereToLook = async (ctx: Ctx, q: SimilarQuery) => {
  if (q.gridId) {
    const grid = (await gridSummaries(ctx, [q.gridId])).get(q.gridId);
    if (!grid) throw invalidField('gridId', '网格不存在或不在您的管辖范围内');
    return { gridId: grid.id, village: villageOf(q.regionCode ?? grid.regionCode) };
  }
  if (q.regionCode) {
    if (!isInScope(q.regionCode, scopeOf(ctx.actor)))
      throw invalidField('regionCode', '所选村不在您的管辖范围内');
    return { gridId: null, village: villageOf(q.regionCode) };
  }
  const place = await defaultPlace(ctx);
  if (!place) throw invalidField('regionCode', '请选择事件所在的村（社区）');
  return { gridId: place.gridId, village: villageOf(place.regionCode) };
};

const openOfCategory = (ctx: Ctx, categoryId: string, where: SQL) =>
  ctx.db
    .select()
    .from(events)
    .where(
      and(
        eq(events.categoryId, categoryId),
        inArray(events.status, OPEN),
        inScope(events.regionCode, scopeOf(ctx.actor)),
        where,
      ),
    )
    .orderBy(desc(events.reportedAt))
    .limit(LIMIT);

/** Followers of each event, and which of them the caller follows. */
export const followerCounts = async (ctx: Ctx, ids: string[]) => {
  if (ids.length === 0) return { counts: new Map<string, number>(), mine: new Set<string>() };
  const rows = await ctx.db
    .select({
      eventId: eventFollowers.eventId,
      n: sql<number>`count(*)::int`,
      me: sql<boolean>`bool_or(${eventFollowers.userId} = ${ctx.actor.userId})`,
    })
    .from(eventFollowers)
    .where(inArray(eventFollowers.eventId, ids))
    .groupBy(eventFollowers.eventId);
  return {
    counts: new Map(rows.map((r) => [r.eventId, r.n])),
    mine: new Set(rows.filter((r) => r.me).map((r) => r.eventId)),
  };
};

export const similarEvents = async (ctx: Ctx, q: SimilarQuery): Promise<SimilarEvents> => {
  const place = await whereToLook(ctx, q);
  let within: SimilarEvents['within'] = 'grid';
  let rows = place.gridId ? await openOfCategory(ctx, q.categoryId, eq(events.gridId, place.gridId)) : [];
  if (rows.length === 0) {
    within = 'village';
    rows = await openOfCategory(ctx, q.categoryId, underRegion(events.regionCode, place.village));
  }
  const { counts, mine } = await followerCounts(
    ctx,
    rows.map((r) => r.id),
  );
  return {
    within,
    items: rows.map((r) => ({
      id: r.id,
      number: eventNumber(r),
      title: r.title,
      status: r.status,
      statusLabel: EVENT_STATUS_LABELS[r.status].zh,
      reportedAt: r.reportedAt.toISOString(),
      followers: counts.get(r.id) ?? 0,
      following: mine.has(r.id),
      mine: r.reporterId === ctx.actor.userId,
    })),
  };
};
