import { eq } from 'drizzle-orm';
import { atRiskQuerySchema } from '../../src/contracts/api/visits-monitoring';
import { countiesOf } from '../../src/generator/prefecture';
import { generateCountiesInThreads } from '../../src/generator/threads';
import { generateVisits, type VisitsResult } from '../../src/generator/visits';
import { listAtRisk } from '../../src/server/modules/visits/monitoring/at-risk';
import { runMonitoringSweep, type SweepResult } from '../../src/server/modules/visits/monitoring/sweep';
import { actorOf } from '../../src/server/platform/auth/session';
import { users } from '../../src/server/platform/auth/tables';
import type { Ctx } from '../../src/server/platform/context';
import type { BenchEntry, BenchEnv } from '../harness';
import type { Scale } from './households';

// Visits and return-to-poverty monitoring (issue 15): a year of generated visits, rigid spending,
// cases and signals over every county — 田东 (with its seed totals) at county scale, 黔东南's 16
// counties (1M households) at prefecture scale — then the monitoring sweep over all of them, a
// first run (signals to open) and a second with nothing new, in households per second; and a
// township's at-risk list (the work queue) through the use case against raw SQL doing the same work.
// npm run bench -- --only visits [--scale prefecture]. ZX_BENCH_VISITS_VILLAGES limits the villages
// per county when the households are generated here, to keep a trial run short.

interface VisitsFixture {
  counties: string[];
  results: VisitsResult[];
  ms: number;
}

interface Swept {
  ms: number;
  result: SweepResult;
}

const fixtures = new WeakMap<object, Promise<VisitsFixture>>();
const sweeps = new WeakMap<object, Swept[]>();

const visitsFixture = (env: BenchEnv, scale: Scale) => {
  const key = env.services.database;
  if (!fixtures.has(key))
    fixtures.set(
      key,
      (async (): Promise<VisitsFixture> => {
        const counties = scale === 'county' ? ['451022'] : await countiesOf('5226');
        const q = env.services.database.rawQuery;
        const has = async (table: string, code: string) =>
          (
            await q(
              `select 1 from ${table} where region_code >= '${code}' and region_code < '${code}z' limit 1`,
            )
          ).length > 0;
        // The households entry has generated them when it ran first; alone (--only visits) this does.
        const missing = [];
        for (const code of counties) if (!(await has('households', code))) missing.push(code);
        if (missing.length) {
          const villages = process.env.ZX_BENCH_VISITS_VILLAGES;
          const { ZHENXING_SECRET_KEY: secret, dataDir } = env.services.config;
          await generateCountiesInThreads(
            env.services.database,
            { secret, dataDir },
            missing.map((countyCode) => ({
              countyCode,
              seed: 2026,
              villages: villages ? Number(villages) : undefined,
              profile: countyCode === '451022' ? 'tiandong-2020' : undefined,
            })),
          );
        }
        const t0 = performance.now();
        const results: VisitsResult[] = [];
        for (const code of counties)
          if (!(await has('visit_records', code)))
            results.push(
              await generateVisits(env.services.database, {
                countyCode: code,
                seed: 2026 + Number(code),
                seedShape: code === '451022' ? 'tiandong' : undefined,
              }),
            );
        return { counties, results, ms: performance.now() - t0 };
      })(),
    );
  return fixtures.get(key)!;
};

/** The sweep over every county of the fixture, one after the other, as the scheduler runs it. */
const sweepAll = async (env: BenchEnv, scale: Scale): Promise<Swept> => {
  const f = await visitsFixture(env, scale);
  const t0 = performance.now();
  const result: SweepResult = { households: 0, opened: 0, refreshed: 0, cleared: 0 };
  for (const countyCode of f.counties) {
    const r = await runMonitoringSweep(env.services.database.db, { countyCode });
    for (const k of ['households', 'opened', 'refreshed', 'cleared'] as const) result[k] += r[k];
  }
  const swept = { ms: performance.now() - t0, result };
  sweeps.set(env.services.database, [...(sweeps.get(env.services.database) ?? []), swept]);
  return swept;
};

const describeSweep = (s: Swept | undefined) =>
  s
    ? `${s.result.households} households in ${(s.ms / 1000).toFixed(1)} s = ${Math.round(s.result.households / (s.ms / 1000))} households/s; ${s.result.opened} opened, ${s.result.refreshed} refreshed, ${s.result.cleared} cleared`
    : '';

/** The township with most households at risk, and a township officer's context for it. */
const townshipOf = async (env: BenchEnv, scale: Scale): Promise<{ township: string; ctx: Ctx }> => {
  if (!sweeps.get(env.services.database)?.length) await sweepAll(env, scale);
  const [row] = await env.services.database.rawQuery<{ township: string }>(
    `select left(region_code, 9) || '000' as township from monitoring_signals where status = 'open'
     group by 1 order by count(distinct household_id) desc, 1 limit 1`,
  );
  if (!row) throw new Error('没有待核实的风险线索：扫描没有找到风险户');
  const [user] = await env.services.database.db
    .select()
    .from(users)
    .where(eq(users.id, env.ctx.actor.userId));
  return {
    township: row.township,
    ctx: { ...env.ctx, actor: actorOf({ ...user, role: 'township', regionCode: row.township }) },
  };
};

/**
 * The township's first page by hand: open signals grouped by household, newest first, 20 with the
 * total, then the page's households with number, head, village name, reasons and open case.
 */
const rawAtRisk = (env: BenchEnv, township: string) => {
  const prefix = township.slice(0, 9);
  return env.services.database.rawQuery(
    `with g as (
       select household_id, min(region_code) as region_code, min(first_seen_at) as first_seen, count(*)::int as n,
         count(*) over ()::int as total,
         jsonb_agg(jsonb_build_object('signalId', id, 'channel', channel, 'ruleCode', rule_code, 'ruleVersion', rule_version,
           'riskType', risk_type, 'reason', reason) order by first_seen_at, id) as reasons,
         jsonb_agg(distinct channel) as channels
       from monitoring_signals
       where status = 'open' and region_code >= $1 and region_code < $2
       group by household_id order by min(first_seen_at) desc, household_id limit 20)
     select g.*, h.household_no, p.name as head_name, v.name as village_name, c.id as case_id, c.state as case_state
     from g left join households h on h.id = g.household_id left join persons p on p.id = h.head_person_id
     left join regions v on v.code = left(g.region_code, 12)
     left join monitoring_cases c on c.household_id = g.household_id and c.deleted_at is null
       and c.state not in ('removed', 'not_identified')
     order by g.first_seen desc, g.household_id`,
    [prefix, `${prefix}z`],
  );
};

export const visitsEntries = (scale: Scale): BenchEntry[] => {
  let last: VisitsFixture | null = null;
  let lastEnv: BenchEnv | null = null;
  let listNote = '';
  const where = scale === 'county' ? '田东' : '黔东南, 16 counties';
  const listOf = new WeakMap<object, Promise<{ township: string; ctx: Ctx }>>();
  const listFixture = (env: BenchEnv) => {
    if (!listOf.has(env.services.database)) listOf.set(env.services.database, townshipOf(env, scale));
    return listOf.get(env.services.database)!;
  };
  return [
    {
      name: `visits: generate a year of visits and monitoring data (${where})`,
      scale,
      once: true,
      app: async (env) => {
        last = await visitsFixture(env, scale);
      },
      note: () => {
        if (!last) return '';
        const sum = (k: keyof VisitsResult) => last!.results.reduce((s, r) => s + r[k], 0);
        return `${sum('households')} households: ${sum('visited')} visited, ${sum('problems')} problems (${sum('solved')} solved, ${sum('passedOn')} passed on as ${sum('events')} events), ${sum('cases')} cases, ${sum('signals')} signals, ${sum('rigidSpending')} with rigid spending, in ${(last.ms / 1000).toFixed(1)} s`;
      },
    },
    {
      name: `visits: monitoring sweep over ${where}, first run (households/s)`,
      scale,
      once: true,
      prepare: (env) => visitsFixture(env, scale),
      app: async (env) => {
        lastEnv = env;
        await sweepAll(env, scale);
      },
      note: () => describeSweep(lastEnv ? sweeps.get(lastEnv.services.database)?.[0] : undefined),
    },
    {
      name: `visits: monitoring sweep over ${where}, second run (nothing new)`,
      scale,
      once: true,
      prepare: async (env) => {
        if (!sweeps.get(env.services.database)?.length) await sweepAll(env, scale);
      },
      app: async (env) => {
        lastEnv = env;
        await sweepAll(env, scale);
      },
      note: () => describeSweep(lastEnv ? sweeps.get(lastEnv.services.database)?.at(-1) : undefined),
    },
    {
      name: "visits: a township's at-risk list, first page of 20 (use case listAtRisk)",
      scale,
      prepare: (env) => listFixture(env),
      app: async (env) => {
        const { ctx } = await listFixture(env);
        return listAtRisk(ctx, atRiskQuerySchema.parse({}));
      },
      raw: async (env) => rawAtRisk(env, (await listFixture(env)).township),
      finish: async (env) => {
        const { ctx, township } = await listFixture(env);
        const page = await listAtRisk(ctx, atRiskQuerySchema.parse({}));
        listNote = `township ${township}: ${page.total} households at risk`;
      },
      note: () => listNote,
    },
  ];
};
