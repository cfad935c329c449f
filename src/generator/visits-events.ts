import { and, asc, eq } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { chinaDay, loadCalendar } from '../server/modules/events/calendar';
import { eventCategories, eventDispatches, eventStages, events } from '../server/modules/events/tables';
import { copyRows } from '../server/platform/db/copy-rows';
import type { Database } from '../server/platform/db/types';
import { fastCalendar } from './events-calendar';
import { type DispatchRow, type EventRow, type StageRow, simulateLife } from './events-life';
import type { Rng } from './random';
import type { VisitPlan } from './visits-plan';

// The problems a visit passed on become grid events (source 'visit', origin_id = the visit, the
// problem's event_id = the event), each living through the events workflow as the events
// generator's do (events-life.ts), numbered after the county's existing events of its village and
// year. A county without event categories keeps its passed-on problems without events.

const DAY = 86_400_000;

/** COPY of typed rows, with the columns any of them sets. */
export const copyAll = async <T extends PgTable>(database: Database, table: T, rows: T['$inferInsert'][]) => {
  const keys = new Set<string>();
  for (const row of rows) for (const key of Object.keys(row as object)) keys.add(key);
  if (rows.length) await copyRows(database, table, [...keys] as never, rows);
};

export const passOn = async (
  database: Database,
  rng: Rng,
  uuid: () => string,
  plan: VisitPlan,
  o: { county: string; today: number },
): Promise<number> => {
  const passed = plan.problems
    .filter((p) => p.outcome === 'event')
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : 1));
  if (passed.length === 0) return 0;
  const categories = await database.db
    .select()
    .from(eventCategories)
    .where(and(eq(eventCategories.regionCode, o.county), eq(eventCategories.active, true)))
    .orderBy(asc(eventCategories.sort));
  const byCode = new Map(categories.map((c) => [c.code, c]));
  if (categories.length === 0) return 0;
  const prefix = o.county.slice(0, 6);
  const serials = new Map(
    (
      await database.rawQuery<{ key: string; n: number }>(
        `select year || ':' || region_code as key, max(serial)::int as n from events
         where region_code >= $1 and region_code < $2 group by year, region_code`,
        [prefix, `${prefix}z`],
      )
    ).map((r) => [r.key, r.n]),
  );
  const from = Date.parse(`${chinaDay(new Date(o.today - 400 * DAY))}T00:00:00+08:00`);
  const calendar = fastCalendar(
    await loadCalendar(database.db, o.county, chinaDay(new Date(from))),
    from,
    o.today + 60 * DAY,
  );
  const rows = { events: [] as EventRow[], stages: [] as StageRow[], dispatches: [] as DispatchRow[] };
  for (const p of passed) {
    const category = byCode.get(p.text.category) ?? byCode.get('E06') ?? categories[0];
    const reportedAt = new Date(p.createdAt.getTime() + 10 * 60_000);
    const year = Number(chinaDay(reportedAt).slice(0, 4));
    const key = `${year}:${p.regionCode}`;
    const serial = (serials.get(key) ?? 0) + 1;
    serials.set(key, serial);
    const id = uuid();
    p.eventId = id;
    const life = simulateLife({
      rng: rng.fork(p.id),
      newId: uuid,
      calendar,
      category,
      today: o.today,
      sweptUntil: o.today,
      event: {
        id,
        regionCode: p.regionCode,
        serial,
        year,
        categoryId: category.id,
        categoryCode: category.code,
        gridId: p.home.gridId,
        householdId: p.householdId,
        source: 'visit',
        title: p.description.slice(0, 30),
        description: p.description,
        status: 'reported',
        level: 'village',
        originId: p.visitId,
        reportedAt,
        createdAt: reportedAt,
      },
    });
    rows.events.push(life.event);
    rows.stages.push(...life.stages);
    rows.dispatches.push(...life.dispatches);
  }
  await copyAll(database, events, rows.events);
  await copyAll(database, eventDispatches, rows.dispatches);
  await copyAll(database, eventStages, rows.stages);
  return rows.events.length;
};
