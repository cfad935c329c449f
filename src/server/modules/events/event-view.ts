import { eq, inArray, sql } from 'drizzle-orm';
import type { EventView } from '../../../contracts/api/events';
import { attachments } from '../../platform/attachments/tables';
import { attachmentCounts } from '../../platform/attachments/views';
import type { Ctx } from '../../platform/context';
import { regionNameOf, regionNames } from '../regions/region-view';
import { eventWorkflowKind } from './kinds';
import { type EventStatus, eventCategories, events } from './tables';

export type EventRow = typeof events.$inferSelect;

export const EVENT_STATUS_LABELS: Record<EventStatus, { zh: string; en: string }> = {
  draft: { zh: '未提交', en: 'Not sent' },
  reported: { zh: '待受理', en: 'Waiting to be accepted' },
  village: { zh: '村级办理中', en: 'Handled by the village' },
  township: { zh: '乡镇办理中', en: 'Handled by the township' },
  dispatched: { zh: '部门办理中', en: 'With departments' },
  reviewing: { zh: '待乡镇审核', en: 'Township review' },
  closed: { zh: '已办结待评价', en: 'Closed, awaiting rating' },
  rated: { zh: '已评价', en: 'Rated' },
  returned: { zh: '已退回', en: 'Returned' },
  merged: { zh: '已合并', en: 'Merged' },
  withdrawn: { zh: '已撤回', en: 'Withdrawn' },
};

/** 事件编号 for people: year, township and village digits, serial (2026-100201-0012). */
export const eventNumber = (e: Pick<EventRow, 'year' | 'regionCode' | 'serial'>): string =>
  `${e.year}-${e.regionCode.slice(6, 12)}-${String(e.serial).padStart(4, '0')}`;

/** Events as pages and the API show them (category and village names, photo count, overdue). */
export const eventViews = async (ctx: Ctx, rows: EventRow[]): Promise<EventView[]> => {
  if (rows.length === 0) return [];
  const categoryIds = [...new Set(rows.map((r) => r.categoryId))];
  const [categories, names, photos] = await Promise.all([
    ctx.db
      .select({ id: eventCategories.id, name: eventCategories.name })
      .from(eventCategories)
      .where(inArray(eventCategories.id, categoryIds)),
    regionNames(
      ctx.db,
      rows.map((r) => r.regionCode),
    ),
    attachmentCounts(
      ctx,
      eventWorkflowKind,
      rows.map((r) => r.id),
    ),
  ]);
  const categoryName = new Map(categories.map((c) => [c.id, c.name]));
  const now = Date.now();
  return rows.map((r) =>
    toEventView(r, {
      categoryName: categoryName.get(r.categoryId) ?? null,
      regionName: names.get(r.regionCode) ?? null,
      photoCount: photos.get(r.id) ?? 0,
      now,
    }),
  );
};

/** What a view shows beside the event's own row. */
export interface EventExtras {
  categoryName: string | null;
  regionName: string | null;
  photoCount: number;
  /** The time overdue is judged at (ms). */
  now: number;
}

/** One event as pages and the API show it. */
export const toEventView = (r: EventRow, x: EventExtras): EventView => ({
  id: r.id,
  number: eventNumber(r),
  regionCode: r.regionCode,
  regionName: x.regionName,
  categoryId: r.categoryId,
  categoryCode: r.categoryCode,
  categoryName: x.categoryName ?? r.categoryCode,
  gridId: r.gridId,
  householdId: r.householdId,
  source: r.source,
  originId: r.originId,
  title: r.title,
  description: r.description,
  lat: r.lat,
  lng: r.lng,
  address: r.address,
  status: r.status,
  statusLabel: EVENT_STATUS_LABELS[r.status].zh,
  level: r.level,
  reporterName: r.reporterName,
  reportedAt: r.reportedAt.toISOString(),
  closedAt: r.closedAt?.toISOString() ?? null,
  stageKind: r.stageKind,
  stageDueAt: r.stageDueAt?.toISOString() ?? null,
  overdue: r.stageDueAt != null && r.stageDueAt.getTime() < x.now,
  escalations: r.escalations,
  rating: r.rating,
  redoCount: r.redoCount,
  mergedInto: r.mergedInto,
  reason: r.reason,
  photoCount: x.photoCount,
});

/**
 * The columns of a list query that reads events with their category name, village name and photo
 * count in the same statement (lists of a page: one round trip instead of four).
 */
// Drizzle writes a one-table query's columns unqualified, so the subqueries name the outer row's
// columns with the table's name.
const outer = (column: string) => sql`${sql.identifier('events')}.${sql.identifier(column)}`;

export const eventWithExtras = {
  event: events,
  categoryName: sql<
    string | null
  >`(select c.name from ${eventCategories} c where c.id = ${outer('category_id')})`,
  regionName: regionNameOf(outer('region_code')),
  photoCount: sql<number>`(select count(*)::int from ${attachments} a where a.record_kind = ${eventWorkflowKind} and a.record_id = ${outer('id')})`,
};

/** Views of rows selected with `eventWithExtras`. */
export const joinedEventViews = (
  rows: { event: EventRow; categoryName: string | null; regionName: string | null; photoCount: number }[],
): EventView[] => {
  const now = Date.now();
  return rows.map((r) =>
    toEventView(r.event, {
      categoryName: r.categoryName,
      regionName: r.regionName,
      photoCount: Number(r.photoCount),
      now,
    }),
  );
};

/** The event a phone's idempotency key already filed, if any. */
export const eventByKey = async (ctx: Ctx, key: string): Promise<EventView | undefined> => {
  const rows = await ctx.db.select().from(events).where(eq(events.idempotencyKey, key));
  return rows.length ? (await eventViews(ctx, rows))[0] : undefined;
};
