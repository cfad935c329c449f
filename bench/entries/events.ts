import { eq } from 'drizzle-orm';
import { eventListQuerySchema } from '../../src/contracts/api/events-queue';
import { type EventsResult, generateEventsForCounties } from '../../src/generator/events';
import { countiesOf } from '../../src/generator/prefecture';
import { generateCountiesInThreads } from '../../src/generator/threads';
import { eventBoard } from '../../src/server/modules/events/board';
import { workingCalendar } from '../../src/server/modules/events/calendar';
import { listEvents } from '../../src/server/modules/events/list-events';
import { type SweepResult, sweepDeadlines } from '../../src/server/modules/events/sweep';
import { actorOf } from '../../src/server/platform/auth/session';
import { users } from '../../src/server/platform/auth/tables';
import type { Ctx } from '../../src/server/platform/context';
import type { BenchEntry, BenchEnv } from '../harness';
import type { Scale } from './households';

// Grid events (issue 12): two years of generated events — 1M over 黔东南 at prefecture scale, about
// one per household of 田东 at county scale — and the reads people wait for on them: a
// department's queue, a township's overdue list, the county's KPI board (app vs raw SQL), the
// deadline sweep over all of them, and reports filed through the real server (events-http.ts).
// ZX_BENCH_EVENTS sets the number of events; ZX_BENCH_EVENTS_VILLAGES limits the villages per
// county when the households are generated here (--only events), to keep a trial run short.

export interface EventsFixture {
  scale: Scale;
  counties: string[];
  result: EventsResult;
  ms: number;
  /** The county the reads look at (田东, or 黔东南's county with most events) and its busiest township. */
  county: string;
  township: string;
  /** The department with most open dispatches in that county. */
  department: string;
  /** Use-case contexts: the county's administrator, the township, the department's handler. */
  countyCtx: Ctx;
  townshipCtx: Ctx;
  departmentCtx: Ctx;
}

const fixtures = new WeakMap<object, Promise<EventsFixture>>();

const householdsIn = async (env: BenchEnv, prefix: string) => {
  const [{ n }] = await env.services.database.rawQuery<{ n: number }>(
    `select count(*)::int as n from households where region_code >= '${prefix}' and region_code < '${prefix}z'`,
  );
  return n;
};

export const eventsFixture = (env: BenchEnv, scale: Scale) => {
  const key = env.services.database;
  if (!fixtures.has(key))
    fixtures.set(
      key,
      (async (): Promise<EventsFixture> => {
        const counties = scale === 'county' ? ['451022'] : await countiesOf('5226');
        // The households entry has generated them when it ran first; alone (--only events) this does.
        if ((await householdsIn(env, counties[0])) === 0) {
          const villages = process.env.ZX_BENCH_EVENTS_VILLAGES;
          const { ZHENXING_SECRET_KEY: secret, dataDir } = env.services.config;
          await generateCountiesInThreads(
            env.services.database,
            { secret, dataDir },
            counties.map((countyCode) => ({
              countyCode,
              seed: 2026,
              villages: villages ? Number(villages) : undefined,
              profile: countyCode === '451022' ? 'tiandong-2020' : undefined,
            })),
          );
        }
        const total = Number(process.env.ZX_BENCH_EVENTS ?? (scale === 'county' ? 100_000 : 1_000_000));
        const q = env.services.database.rawQuery;
        const t0 = performance.now();
        // A database filled by npm run gen (ZX_BENCH_DATABASE) may have its events already.
        const [had] = await q<EventsResult>(
          `select (select count(*)::int from events) as events, (select count(*)::int from event_stages) as stages,
             (select count(*)::int from event_dispatches) as dispatches,
             (select count(*)::int from events where status in ${OPEN_STATUSES}) as open, 0 as ms`,
        );
        const result =
          had.events > 0
            ? had
            : await generateEventsForCounties(env.services.database, counties, total, { seed: 2026 });
        const ms = had.events > 0 ? Number.NaN : performance.now() - t0;
        const [{ county }] = await q<{ county: string }>(
          `select left(region_code, 6) as county from events group by 1 order by count(*) desc, 1 limit 1`,
        );
        const [{ township }] = await q<{ township: string }>(
          `select left(region_code, 9) || '000' as township from events
           where region_code >= '${county}' and region_code < '${county}z' group by 1 order by count(*) desc, 1 limit 1`,
        );
        const [{ department }] = await q<{ department: string }>(
          `select department from event_dispatches where status in ('sent', 'acknowledged')
             and region_code >= '${county}' and region_code < '${county}z' group by 1 order by count(*) desc, 1 limit 1`,
        );
        const [user] = await env.services.database.db
          .select()
          .from(users)
          .where(eq(users.id, env.ctx.actor.userId));
        const as = (role: typeof user.role, regionCode: string, dept: string | null = null): Ctx => ({
          ...env.ctx,
          actor: actorOf({ ...user, role, regionCode, department: dept as typeof user.department }),
        });
        return {
          scale,
          counties,
          result,
          ms,
          county,
          township,
          department,
          countyCtx: as('county_admin', `${county}000000`),
          townshipCtx: as('township', township),
          departmentCtx: as('department', `${county}000000`, department),
        };
      })(),
    );
  return fixtures.get(key)!;
};

/** `alias.region_code` under a code prefix, as a range the region indexes serve. */
export const under = (prefix: string, alias: string) =>
  `${alias}.region_code >= '${prefix}' and ${alias}.region_code < '${prefix}z'`;

export const OPEN_STATUSES = `('reported', 'village', 'township', 'dispatched', 'reviewing')`;

/** What eventViews adds to each row: category and village names, photo count. */
const VIEW_COLUMNS = `e.*, c.name as category_name, r.name as region_name,
  (select count(*)::int from attachments a where a.record_kind = 'event' and a.record_id = e.id) as photos`;
const VIEW_JOINS = `join event_categories c on c.id = e.category_id left join regions r on r.code = e.region_code`;

/** A page of 20 and the count, as the lists read them. */
const page = async (env: BenchEnv, where: string, order: string) => {
  const q = env.services.database.rawQuery;
  const [rows] = await Promise.all([
    q(`select ${VIEW_COLUMNS} from events e ${VIEW_JOINS} where ${where} order by ${order} limit 20`),
    q(`select count(*)::int as n from events e where ${where}`),
  ]);
  return rows;
};

/** The board's period: the last 365 days of China dates. */
const boardPeriod = () => {
  const day = (ms: number) => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10);
  return { from: day(Date.now() - 365 * 86_400_000), to: day(Date.now()) };
};

interface SweepFigures {
  ms: number;
  sweeps: SweepResult[];
  escalatedStages: number;
  steps: number;
  duplicates: number;
}

/**
 * The sweep's backlog (a day without a sweep, see the generator) taken by two sweeps at once, as
 * two server instances would; then every escalated stage must have exactly one history step.
 */
const sweepTwice = async (env: BenchEnv): Promise<SweepFigures> => {
  const q = env.services.database.rawQuery;
  const started = new Date();
  const t0 = performance.now();
  const sweeps = await Promise.all([
    sweepDeadlines(env.services.database.db),
    sweepDeadlines(env.services.database.db),
  ]);
  const ms = performance.now() - t0;
  const [{ n: escalatedStages }] = await q<{ n: number }>(
    'select count(*)::int as n from event_stages where escalated_at >= $1',
    [started.toISOString()],
  );
  const [{ n: steps }] = await q<{ n: number }>(
    `select count(*)::int as n from workflow_history where record_kind = 'event' and action = 'auto_escalate' and created_at >= $1`,
    [started.toISOString()],
  );
  const [{ n: duplicates }] = await q<{ n: number }>(
    `select count(*)::int as n from (select 1 from workflow_history where record_kind = 'event' and action = 'auto_escalate'
       group by record_id, data->>'stage', coalesce(data->>'dispatchId', data->>'dueAt') having count(*) > 1) d`,
  );
  return { ms, sweeps, escalatedStages, steps, duplicates };
};

export const eventsEntries = (scale: Scale): BenchEntry[] => {
  let last: EventsFixture | null = null;
  let swept: SweepFigures | null = null;
  return [
    {
      name: `generate grid events (${scale === 'county' ? '田东' : '黔东南'}, two years)`,
      scale,
      once: true,
      app: async (env) => {
        last = await eventsFixture(env, scale);
      },
      note: () =>
        last
          ? `${last.result.events} events (${last.result.open} open), ${last.result.stages} stages, ${last.result.dispatches} dispatches in ${(last.ms / 1000).toFixed(1)} s = ${Math.round(last.result.events / (last.ms / 1000))} events/s; reads on county ${last.county}, township ${last.township}, department ${last.department}`
          : '',
    },
    {
      // 事件办理 of a department handler: its dispatches waiting to be acknowledged or handled.
      name: "events: a department's queue, todo (use case listEvents)",
      scale,
      prepare: (env) => eventsFixture(env, scale),
      app: async (env) => {
        const f = await eventsFixture(env, scale);
        return listEvents(f.departmentCtx, eventListQuerySchema.parse({ view: 'todo', sort: 'due-asc' }));
      },
      raw: async (env) => {
        const f = await eventsFixture(env, scale);
        return page(
          env,
          `${under(f.county, 'e')} and e.status <> 'draft' and exists (select 1 from event_dispatches d
             where d.event_id = e.id and d.department = '${f.department}' and d.status in ('sent', 'acknowledged'))`,
          'e.stage_due_at asc nulls last, e.id',
        );
      },
    },
    {
      name: "events: a township's overdue list (use case listEvents)",
      scale,
      prepare: (env) => eventsFixture(env, scale),
      app: async (env) => {
        const f = await eventsFixture(env, scale);
        return listEvents(f.townshipCtx, eventListQuerySchema.parse({ view: 'overdue', sort: 'due-asc' }));
      },
      raw: async (env) => {
        const f = await eventsFixture(env, scale);
        return page(
          env,
          `${under(f.township.slice(0, 9), 'e')} and e.status <> 'draft' and e.status in ${OPEN_STATUSES}
             and e.stage_due_at is not null and e.stage_due_at < now()`,
          'e.stage_due_at asc nulls last, e.id',
        );
      },
    },
    {
      name: 'events: KPI board of a county by township, 365 days (use case eventBoard)',
      scale,
      prepare: (env) => eventsFixture(env, scale),
      app: async (env) => {
        const f = await eventsFixture(env, scale);
        return eventBoard(f.countyCtx, { unit: 'township', ...boardPeriod() });
      },
      raw: async (env) => rawBoard(env, await eventsFixture(env, scale)),
    },
    {
      name: 'events: deadline sweep, a day of backlog, two instances at once',
      scale,
      once: true,
      prepare: (env) => eventsFixture(env, scale),
      app: async (env) => {
        swept = await sweepTwice(env);
        const total = (k: keyof SweepResult) => swept!.sweeps.reduce((s, r) => s + r[k], 0);
        const escalated = total('toTownship') + total('toCounty') + total('departments');
        if (swept.duplicates > 0 || swept.steps !== swept.escalatedStages || escalated !== swept.steps)
          throw new Error(`重复上报：${JSON.stringify(swept)}`);
      },
      note: () => {
        if (!swept) return '';
        const [a, b] = swept.sweeps;
        const one = (r: SweepResult) =>
          `${r.warned} warned, ${r.toTownship} to township, ${r.toCounty} to county, ${r.departments} departments`;
        return `${(swept.ms / 1000).toFixed(2)} s; instance A: ${one(a)}; instance B: ${one(b)}; ${swept.escalatedStages} stages escalated, ${swept.steps} history steps, ${swept.duplicates} duplicate escalations`;
      },
    },
    {
      name: 'events: deadline sweep with nothing due (every minute)',
      scale,
      prepare: (env) => eventsFixture(env, scale),
      app: (env) => sweepDeadlines(env.services.database.db),
    },
  ];
};

/** The county board by hand: the same figures in one statement, working days on calendar arrays. */
const rawBoard = async (env: BenchEnv, f: EventsFixture) => {
  const { from, to } = boardPeriod();
  const q = env.services.database.rawQuery;
  const additions = await q<{ day: string; kind: 'holiday' | 'workday' }>(
    `select day::text as day, kind from event_calendar_days where region_code = $1 and day >= $2`,
    [`${f.county}000000`, from],
  );
  const calendar = workingCalendar(new Map(additions.map((a) => [a.day, a.kind])));
  const w: number[] = [];
  const c: number[] = [];
  const last = new Date(Date.now() + 8 * 3_600_000 + 86_400_000).toISOString().slice(0, 10);
  for (let t = Date.parse(`${from}T00:00:00Z`), n = 0; ; t += 86_400_000) {
    const day = new Date(t).toISOString().slice(0, 10);
    if (day > last && w.length > 0) break;
    const work = calendar.isWorkday(day) ? 1 : 0;
    n += work;
    w.push(work);
    c.push(n);
  }
  const base = Math.floor(Date.parse(`${from}T00:00:00Z`) / 86_400_000);
  const i = (t: string) =>
    `least(greatest(floor((extract(epoch from ${t}) + 28800) / 86400)::int - ${base} + 1, 1), ${w.length})`;
  const fr = (t: string) => `(mod((extract(epoch from ${t}) + 28800)::numeric, 86400) / 86400)`;
  const days = `(w[${i('reported_at')}] * (1 - ${fr('reported_at')}) + (coalesce(c[${i('closed_at')} - 1], 0) - c[${i('reported_at')}]) + w[${i('closed_at')}] * ${fr('closed_at')})`;
  const closed = `status in ('closed', 'rated')`;
  const timed = `s.ended_at is not null and s.due_at is not null and s.outcome <> 'cancelled'`;
  const rows = await q<{ unit: string }>(
    `with ev as (
       select id, rpad(left(region_code, 9), 12, '0') as unit, status, rating, redo_count, reported_at, closed_at
       from events where ${under(f.county, 'events')} and reported_at >= $1 and reported_at < $2 and status <> 'draft'),
     cal as (select $3::int[] as w, $4::int[] as c),
     agg as (
       select unit, count(*) as reported, count(*) filter (where ${closed}) as closed,
         count(*) filter (where ${closed} and redo_count > 0) as redo,
         count(*) filter (where status = 'rated' and rating is not null) as rated,
         sum(rating) filter (where status = 'rated') as rating_sum,
         count(*) filter (where status = 'rated' and rating >= 4) as satisfied,
         avg(${days}) filter (where ${closed} and closed_at is not null) as close_days
       from ev, cal group by unit),
     st as (
       select ev.unit, count(*) filter (where ${timed}) as timed,
         count(*) filter (where ${timed} and not s.ended_at > s.due_at) as on_time,
         avg(s.working_days) filter (where s.ended_at is not null and s.outcome <> 'cancelled') as stage_days,
         count(distinct s.event_id) filter (where s.ended_at is null) as open,
         count(distinct s.event_id) filter (where s.ended_at is null and s.due_at < now()) as overdue
       from event_stages s join ev on ev.id = s.event_id
       where s.dispatch_id is null and s.owner = 'township' group by 1)
     select agg.*, coalesce(st.timed, 0) as timed, coalesce(st.on_time, 0) as on_time, st.stage_days,
       coalesce(st.open, 0) as open, coalesce(st.overdue, 0) as overdue
     from agg left join st on st.unit = agg.unit order by agg.unit`,
    [
      new Date(`${from}T00:00:00+08:00`).toISOString(),
      new Date(Date.parse(`${to}T00:00:00+08:00`) + 86_400_000).toISOString(),
      `{${w.join(',')}}`,
      `{${c.join(',')}}`,
    ],
  );
  await q('select code, name from regions where code = any($1)', [rows.map((r) => r.unit)]);
  return rows;
};
