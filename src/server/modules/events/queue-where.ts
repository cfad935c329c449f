import { and, eq, exists, gte, inArray, isNotNull, lt, lte, ne, or, type SQL, sql } from 'drizzle-orm';
import { OPEN_EVENT_STATUSES } from '../../../contracts/api/events';
import type { EventFilters, EventListView } from '../../../contracts/api/events-queue';
import { levelOfCode } from '../../../contracts/region-code';
import type { Actor, Ctx } from '../../platform/context';
import { containsPattern } from '../../platform/db/like';
import { inScope, scopeOf, underRegion } from '../../platform/scope';
import { eventNumber } from './event-view';
import { eventDispatches, events } from './tables';

// The SQL behind 事件办理's lists: the caller's scope, what waits on the caller (待办), the open
// stages past or near their deadline, and the filters of the page. A department sees only the
// events dispatched to it.

const DAY_MS = 24 * 60 * 60 * 1000;
const open = inArray(events.status, [...OPEN_EVENT_STATUSES]);

/** Whose queue the caller works: the level its role and scope stand for. */
export type Tier = 'village' | 'township' | 'county' | 'department';
export const tierOf = (actor: Actor): Tier => {
  if (actor.role === 'department') return 'department';
  if (actor.role === 'county_admin' || actor.role === 'region_admin') return 'county';
  if (actor.role === 'township') return 'township';
  return levelOfCode(actor.scopeCode) === 'township' ? 'township' : 'village';
};

/** A dispatch of the event to the caller's department (in these states, if given). */
const dispatchedToMe = (actor: Actor, statuses?: string[]) =>
  exists(
    sql`(select 1 from ${eventDispatches} where ${and(
      eq(eventDispatches.eventId, events.id),
      actor.department ? eq(eventDispatches.department, actor.department) : sql`false`,
      statuses ? inArray(eventDispatches.status, statuses as never[]) : undefined,
    )})`,
  );

/** 待办: what waits on the caller's level now. */
const todoOf = (actor: Actor): SQL | undefined => {
  switch (tierOf(actor)) {
    case 'village':
      return and(inArray(events.status, ['reported', 'village']), eq(events.level, 'village'));
    case 'township':
      return or(
        inArray(events.status, ['township', 'reviewing']),
        and(eq(events.status, 'reported'), eq(events.level, 'township')),
      );
    case 'county':
      return and(open, eq(events.level, 'county'));
    case 'department':
      return dispatchedToMe(actor, ['sent', 'acknowledged']);
  }
};

const viewOf = (actor: Actor, view: EventListView, now: Date): SQL | undefined => {
  if (view === 'todo') return todoOf(actor);
  if (view === 'overdue') return and(open, isNotNull(events.stageDueAt), lt(events.stageDueAt, now));
  if (view === 'due-soon')
    return and(open, gte(events.stageDueAt, now), lte(events.stageDueAt, new Date(now.getTime() + DAY_MS)));
  return undefined;
};

/** The start of a day in China (UTC+8): the page's dates are the county's days. */
const dayStart = (day: string, plusDays = 0) =>
  new Date(new Date(`${day}T00:00:00+08:00`).getTime() + plusDays * DAY_MS);

/** 事件编号 typed into the search: year and serial in SQL, the village digits checked on the few rows. */
const numberMatch = async (ctx: Ctx, base: SQL | undefined, q: string): Promise<SQL | undefined> => {
  const m = /^(\d{4})-(\d{6})-(\d{1,9})$/.exec(q);
  if (!m) return undefined;
  const rows = await ctx.db
    .select({ id: events.id, year: events.year, regionCode: events.regionCode, serial: events.serial })
    .from(events)
    .where(and(base, eq(events.year, Number(m[1])), eq(events.serial, Number(m[3]))));
  const ids = rows.filter((r) => eventNumber(r) === q).map((r) => r.id);
  return ids.length ? inArray(events.id, ids) : sql`false`;
};

/** The WHERE of a list: scope, department, view and filters. */
export const eventsWhere = async (ctx: Ctx, f: EventFilters, now = new Date()): Promise<SQL | undefined> => {
  const actor = ctx.actor;
  const base = and(
    inScope(events.regionCode, scopeOf(actor)),
    ne(events.status, 'draft'),
    tierOf(actor) === 'department' ? dispatchedToMe(actor) : undefined,
  );
  const q = f.q?.trim();
  const search = q
    ? ((await numberMatch(ctx, base, q)) ?? sql`${events.title} ilike ${containsPattern(q)}`)
    : undefined;
  return and(
    base,
    viewOf(actor, f.view, now),
    f.status ? eq(events.status, f.status) : undefined,
    f.category ? eq(events.categoryCode, f.category) : undefined,
    f.region ? underRegion(events.regionCode, f.region) : undefined,
    f.source ? eq(events.source, f.source) : undefined,
    f.reportedFrom ? gte(events.reportedAt, dayStart(f.reportedFrom)) : undefined,
    f.reportedTo ? lt(events.reportedAt, dayStart(f.reportedTo, 1)) : undefined,
    search,
  );
};

export const stillOpen = open;
