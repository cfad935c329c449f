import { and, asc, count, eq, isNull } from 'drizzle-orm';
import { chinaDay, loadCalendar } from '../server/modules/events/calendar';
import { eventCategories, eventDispatches, eventStages, events } from '../server/modules/events/tables';
import { households } from '../server/modules/households/tables';
import { writeAudit } from '../server/platform/audit/write';
import { copyRows } from '../server/platform/db/copy-rows';
import type { Database } from '../server/platform/db/types';
import { countyCodeOf, underRegion } from '../server/platform/scope';
import { type FastCalendar, fastCalendar } from './events-calendar';
import { type DispatchRow, type EventRow, type StageRow, simulateLife } from './events-life';
import { CATEGORY_WEIGHTS, EVENT_TEXTS, SOURCES } from './events-texts';
import { Rng } from './random';

// Grid events for a county the generator has filled: `count` reports over the two years before
// `today`, spread over the county's households (so over its villages and small grids), categories
// by weight, each living through the workflow of docs/events.md (events-life.ts): most closed and
// rated, some open, overdue, escalated or dispatched to departments, with their stage and dispatch
// rows. Deterministic per seed; copied in bulk in batches.

export interface EventsOptions {
  countyCode: string;
  seed: number;
  /** How many events. */
  count: number;
  /** The end of the two years; now when absent. */
  today?: Date;
  /** Hours before `today` in which the sweep has not run (its work for the benchmark); 24 by default. */
  backlogHours?: number;
  /** Years of history; 2 by default. */
  years?: number;
}

export interface EventsResult {
  events: number;
  stages: number;
  dispatches: number;
  open: number;
  ms: number;
}

const BATCH_EVENTS = 20_000;
const DAY = 86_400_000;
const SYSTEM = { actor: null, meta: { requestId: 'generator', ip: null } };

/** A report time: more on working days, in the day (07:00–21:00 China time). */
const reportTime = (rng: Rng, from: number, today: number, calendar: FastCalendar): number => {
  for (;;) {
    const day = from + Math.floor(rng.float() * Math.ceil((today - from) / DAY)) * DAY;
    if (!calendar.isWorkday(chinaDay(new Date(day + DAY / 2))) && rng.chance(0.35)) continue;
    // `from` is a China midnight; 07:00–21:00 China time, before today.
    const at = day + Math.round((7 + rng.float() * 14) * 3_600_000);
    if (at < today) return at;
  }
};

const flush = async (
  database: Database,
  rows: { events: EventRow[]; stages: StageRow[]; dispatches: DispatchRow[] },
) => {
  const copy = async <T extends Parameters<typeof copyRows>[1]>(table: T, list: T['$inferInsert'][]) => {
    const keys = new Set<string>();
    for (const row of list) for (const key of Object.keys(row)) keys.add(key);
    if (list.length) await copyRows(database, table, [...keys] as never, list);
  };
  await copy(events, rows.events);
  await copy(eventDispatches, rows.dispatches);
  await copy(eventStages, rows.stages);
};

export const generateEvents = async (database: Database, o: EventsOptions): Promise<EventsResult> => {
  const started = performance.now();
  const county = countyCodeOf(o.countyCode);
  const db = database.db;
  const categories = await db
    .select()
    .from(eventCategories)
    .where(and(eq(eventCategories.regionCode, county), eq(eventCategories.active, true)))
    .orderBy(asc(eventCategories.sort));
  if (categories.length === 0) throw new Error(`区划 ${o.countyCode} 没有事件类别（导入区划时写入）`);
  const homes = await db
    .select({ id: households.id, regionCode: households.regionCode, gridId: households.gridId })
    .from(households)
    .where(and(underRegion(households.regionCode, county), isNull(households.deletedAt)))
    .orderBy(asc(households.householdNo), asc(households.id));
  if (homes.length === 0) throw new Error('所选的县还没有农户：先生成农户再生成事件');
  const [taken] = await db
    .select({ id: events.id })
    .from(events)
    .where(underRegion(events.regionCode, county))
    .limit(1);
  if (taken) throw new Error('所选的县已有网格事件：生成器只写入没有事件的县');

  const today = (o.today ?? new Date()).getTime();
  const years = o.years ?? 2;
  // The first China midnight of the period.
  const from = Date.parse(`${chinaDay(new Date(today - years * 365 * DAY))}T00:00:00+08:00`);
  // Stages end up to about a year after they open; later days are asked of the calendar directly.
  const calendar = fastCalendar(
    await loadCalendar(db, county, chinaDay(new Date(from))),
    from,
    today + 60 * DAY,
  );
  const byCode = new Map(categories.map((c) => [c.code, c]));
  const weights = CATEGORY_WEIGHTS.filter(([code]) => byCode.has(code));
  const rng = new Rng(o.seed).fork(`events-${o.countyCode}`);
  // The plan: when, where and what, sorted by time so that serial numbers follow it.
  const plan = Array.from({ length: o.count }, () => ({
    at: reportTime(rng, from, today, calendar),
    home: homes[rng.int(0, homes.length - 1)],
    code: rng.weighted(weights),
    seed: rng.int(0, 0x7fffffff),
  })).sort((a, b) => a.at - b.at);
  const serials = new Map<string, number>();
  const ids = new Rng(o.seed).fork(`event-ids-${o.countyCode}`);
  const newId = () => ids.uuid();
  const sweptUntil = today - (o.backlogHours ?? 24) * 3_600_000;
  const result = { events: 0, stages: 0, dispatches: 0, open: 0 };
  for (let i = 0; i < plan.length; i += BATCH_EVENTS) {
    const batch = { events: [] as EventRow[], stages: [] as StageRow[], dispatches: [] as DispatchRow[] };
    for (const p of plan.slice(i, i + BATCH_EVENTS)) {
      const r = new Rng(p.seed);
      const category = byCode.get(p.code)!;
      const reportedAt = new Date(p.at);
      const year = reportedAt.getUTCFullYear();
      const serialKey = `${year}:${p.home.regionCode}`;
      const serial = (serials.get(serialKey) ?? 0) + 1;
      serials.set(serialKey, serial);
      const texts = EVENT_TEXTS[p.code] ?? ['群众反映的问题'];
      const description = r.pick(texts);
      const withHousehold = category.requiredFields.includes('household') || r.chance(0.3);
      const life = simulateLife({
        rng: r,
        newId,
        calendar,
        category,
        today,
        sweptUntil,
        event: {
          id: newId(),
          regionCode: p.home.regionCode,
          serial,
          year,
          categoryId: category.id,
          categoryCode: category.code,
          gridId: p.home.gridId,
          householdId: withHousehold ? p.home.id : null,
          source: r.weighted(SOURCES),
          title: description.slice(0, 30),
          description,
          status: 'reported',
          level: 'village',
          reportedAt,
          createdAt: reportedAt,
        },
      });
      batch.events.push(life.event);
      batch.stages.push(...life.stages);
      batch.dispatches.push(...life.dispatches);
      if (life.stages.some((s) => s.endedAt == null)) result.open++;
    }
    result.events += batch.events.length;
    result.stages += batch.stages.length;
    result.dispatches += batch.dispatches.length;
    await flush(database, batch);
  }
  for (const table of ['events', 'event_stages', 'event_dispatches'])
    await database.rawQuery(`analyze ${table}`);
  await db.transaction((tx) =>
    writeAudit(tx, SYSTEM, {
      action: 'generator.events',
      entity: 'region',
      entityId: null,
      regionCode: county,
      diff: { seed: o.seed, ...result },
    }),
  );
  return { ...result, ms: performance.now() - started };
};

/**
 * `total` events shared among `counties` by their households (npm run gen, the benchmarks); each
 * county from its own seed, seed + its code, as the county generator does.
 */
export const generateEventsForCounties = async (
  database: Database,
  counties: string[],
  total: number,
  o: { seed: number; today?: Date; onCounty?: (code: string, r: EventsResult) => void },
): Promise<EventsResult> => {
  const sizes = await Promise.all(
    counties.map(async (code) => {
      const [row] = await database.db
        .select({ n: count() })
        .from(households)
        .where(and(underRegion(households.regionCode, countyCodeOf(code)), isNull(households.deletedAt)));
      return row?.n ?? 0;
    }),
  );
  const all = sizes.reduce((s, n) => s + n, 0);
  const sum: EventsResult = { events: 0, stages: 0, dispatches: 0, open: 0, ms: 0 };
  for (const [i, code] of counties.entries()) {
    const n = Math.round((total * sizes[i]) / Math.max(all, 1));
    if (n === 0) continue;
    const r = await generateEvents(database, {
      countyCode: code,
      seed: o.seed + Number(code),
      count: n,
      today: o.today,
    });
    o.onCounty?.(code, r);
    for (const k of ['events', 'stages', 'dispatches', 'open', 'ms'] as const) sum[k] += r[k];
  }
  return sum;
};
