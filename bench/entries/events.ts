import { type EventsResult, generateEventsForCounties } from '../../src/generator/events';
import { countiesOf } from '../../src/generator/prefecture';
import { generateCountiesInThreads } from '../../src/generator/threads';
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
        const t0 = performance.now();
        const result = await generateEventsForCounties(env.services.database, counties, total, {
          seed: 2026,
        });
        const ms = performance.now() - t0;
        const q = env.services.database.rawQuery;
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
        return { scale, counties, result, ms, county, township, department };
      })(),
    );
  return fixtures.get(key)!;
};

/** `alias.region_code` under a code prefix, as a range the region indexes serve. */
export const under = (prefix: string, alias: string) =>
  `${alias}.region_code >= '${prefix}' and ${alias}.region_code < '${prefix}z'`;

export const OPEN_STATUSES = `('reported', 'village', 'township', 'dispatched', 'reviewing')`;

export const eventsEntries = (scale: Scale): BenchEntry[] => {
  let last: EventsFixture | null = null;
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
  ];
};
