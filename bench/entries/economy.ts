import { eq } from 'drizzle-orm';
import { type EconomyResult, generateEconomy } from '../../src/generator/economy';
import { countiesOf } from '../../src/generator/prefecture';
import { economyDrill } from '../../src/server/modules/economy/views/drill';
import { economySummary } from '../../src/server/modules/economy/views/summary';
import { importCounty } from '../../src/server/modules/regions/import-county';
import { actorOf } from '../../src/server/platform/auth/session';
import { users } from '../../src/server/platform/auth/tables';
import type { Ctx } from '../../src/server/platform/context';
import type { BenchEntry, BenchEnv } from '../harness';
import type { Scale } from './households';

// Collective economy (issue 14): five years of generated accounts for every village — 田东's 173
// at county scale, 黔东南's 16 counties at prefecture scale — and the reads the overview page waits
// on: the county's tier summary (per township, two years, target progress), the prefecture's (per
// county) and a drill-down page, each against raw SQL doing the same work.
// npm run bench -- --only economy [--scale prefecture].

const YEAR = 2026;
const SYSTEM = { actor: null, meta: { requestId: 'bench', ip: null } };

interface EconomyFixture {
  results: EconomyResult[];
  ms: number;
  county: string;
  prefecture: string;
  countyCtx: Ctx;
  prefectureCtx: Ctx;
}

const fixtures = new WeakMap<object, Promise<EconomyFixture>>();

const economyFixture = (env: BenchEnv, scale: Scale) => {
  const key = env.services.database;
  if (!fixtures.has(key))
    fixtures.set(
      key,
      (async (): Promise<EconomyFixture> => {
        const counties = scale === 'county' ? ['451022'] : await countiesOf('5226');
        const q = env.services.database.rawQuery;
        for (const code of counties) {
          const [had] = await q(`select 1 from regions where code = '${code}000000'`);
          if (!had) await importCounty(env.services.database.db, SYSTEM, code);
        }
        const t0 = performance.now();
        const results: EconomyResult[] = [];
        for (const code of counties) {
          const [had] = await q(`select 1 from economy_accounts where region_code like '${code}%' limit 1`);
          if (!had)
            results.push(
              await generateEconomy(env.services.database, { countyCode: code, seed: 2026, year: YEAR }),
            );
        }
        const ms = performance.now() - t0;
        const [{ county }] = await q<{ county: string }>(
          `select left(region_code, 6) as county from economy_accounts where year = ${YEAR} group by 1 order by count(*) desc, 1 limit 1`,
        );
        const prefecture = `${county.slice(0, 4)}00000000`;
        const [user] = await env.services.database.db
          .select()
          .from(users)
          .where(eq(users.id, env.ctx.actor.userId));
        const as = (role: typeof user.role, regionCode: string): Ctx => ({
          ...env.ctx,
          actor: actorOf({ ...user, role, regionCode }),
        });
        return {
          results,
          ms,
          county,
          prefecture,
          countyCtx: as('county_admin', `${county}000000`),
          prefectureCtx: as('region_admin', prefecture),
        };
      })(),
    );
  return fixtures.get(key)!;
};

const range = (prefix: string, column: string) => `${column} >= '${prefix}' and ${column} < '${prefix}z'`;

/** Tier bands as a CASE over the basis, as the app writes it. */
const bucketSql = (thresholds: number[], x: string) =>
  `(case ${thresholds
    .map((t, i) => ({ t, i }))
    .reverse()
    .map(({ t, i }) => `when ${x} >= ${t} then ${i + 1}`)
    .join(' ')} else 0 end)`;

/** The region, the county's bands and its targets in one statement, as a person would write it. */
const rawRegion = async (env: BenchEnv, regionCode: string, county: string | null) => {
  const [row] = await env.services.database.rawQuery<{
    bands: { minFen: number }[] | null;
    targets: Record<string, number>[];
  }>(
    `select r.name, r.level, s.basis, s.bands,
       (select coalesce(json_agg(t order by t.by_year), '[]'::json) from economy_targets t where t.region_code = $2) as targets
     from regions r left join economy_settings s on s.region_code = $2 where r.code = $1`,
    [regionCode, county],
  );
  return row;
};

/**
 * A summary by hand: the region with its bands and targets, then one grouped statement per child
 * region, year and band over two years (villages without an account as 0) with the children's names.
 */
const rawSummary = async (env: BenchEnv, regionCode: string, county: string | null, groupDigits: number) => {
  const row = await rawRegion(env, regionCode, county);
  const thresholds = row.bands
    ? [
        ...new Set([
          ...row.bands.map((b) => b.minFen),
          ...row.targets.flatMap((t) => [Number(t.every_min_fen), Number(t.share_min_fen)]),
        ]),
      ].sort((a, b) => a - b)
    : [0, 1, 5_000_000, 10_000_000, 20_000_000, 50_000_000, 100_000_000];
  const prefix = regionCode.replace(/(000)+$/, '').replace(/00$/, '');
  return env.services.database.rawQuery(
    `select g.*, (select name from regions where code = g.grp) from (
       select rpad(left(v.code, ${groupDigits}), 12, '0') as grp, y.year, ${bucketSql(thresholds, 'coalesce(a.operating_fen, 0)')} as bucket,
         count(*)::int as villages, count(a.id)::int as with_account,
         coalesce(sum(a.operating_fen), 0)::float8, coalesce(sum(a.total_fen), 0)::float8, coalesce(sum(a.contracting_fen), 0)::float8
       from regions v cross join (select unnest(array[${YEAR - 1}, ${YEAR}]) as year) y
       left join economy_accounts a on a.region_code = v.code and a.year = y.year
       where v.level = 'village' and ${range(prefix, 'v.code')}
       group by 1, 2, 3) g`,
  );
};

/** A drill-down page of 20 by hand: the villages of one band with their township, last year and window sums. */
const rawDrill = async (env: BenchEnv, county: string) => {
  await rawRegion(env, `${county}000000`, `${county}000000`);
  return env.services.database.rawQuery(
    `select v.code, v.name, t.code, t.name, a.id, coalesce(a.operating_fen, 0)::float8, coalesce(a.total_fen, 0)::float8,
       coalesce(a.contracting_fen, 0)::float8, case when p.id is null then null else coalesce(p.operating_fen, 0)::float8 end,
       count(*) over ()::int, sum(coalesce(a.operating_fen, 0)) over ()::float8, sum(coalesce(a.total_fen, 0)) over ()::float8,
       sum(coalesce(a.contracting_fen, 0)) over ()::float8
     from regions v
     left join economy_accounts a on a.region_code = v.code and a.year = ${YEAR}
     left join economy_accounts p on p.region_code = v.code and p.year = ${YEAR - 1}
     left join regions t on t.code = rpad(left(v.code, 9), 12, '0')
     where v.level = 'village' and ${range(county, 'v.code')}
       and coalesce(a.operating_fen, 0) >= 5000000 and coalesce(a.operating_fen, 0) < 10000000
     order by coalesce(a.operating_fen, 0) desc, v.code limit 20`,
  );
};

export const economyEntries = (scale: Scale): BenchEntry[] => {
  let last: EconomyFixture | null = null;
  const label = scale === 'county' ? '田东, 173 villages' : '黔东南, 16 counties';
  return [
    {
      name: `economy: generate five years of accounts (${label})`,
      scale,
      once: true,
      app: async (env) => {
        last = await economyFixture(env, scale);
      },
      note: () => {
        if (!last) return '';
        const sum = (k: 'villages' | 'accounts' | 'lines') => last!.results.reduce((s, r) => s + r[k], 0);
        return `${sum('villages')} villages, ${sum('accounts')} accounts, ${sum('lines')} lines in ${(last.ms / 1000).toFixed(1)} s; county ${last.county}`;
      },
    },
    {
      name: 'economy: county tier summary by township, two years and targets (use case economySummary)',
      scale,
      prepare: (env) => economyFixture(env, scale),
      app: async (env) => {
        const f = await economyFixture(env, scale);
        return economySummary(f.countyCtx, { year: YEAR });
      },
      raw: async (env) => {
        const f = await economyFixture(env, scale);
        return rawSummary(env, `${f.county}000000`, `${f.county}000000`, 9);
      },
    },
    {
      name: 'economy: prefecture tier summary by county, two years (use case economySummary)',
      scale,
      prepare: (env) => economyFixture(env, scale),
      app: async (env) => {
        const f = await economyFixture(env, scale);
        return economySummary(f.prefectureCtx, { year: YEAR, regionCode: f.prefecture });
      },
      raw: async (env) => {
        const f = await economyFixture(env, scale);
        return rawSummary(env, f.prefecture, null, 6);
      },
    },
    {
      name: 'economy: drill-down page of 20, one band of the county (use case economyDrill)',
      scale,
      prepare: (env) => economyFixture(env, scale),
      app: async (env) => {
        const f = await economyFixture(env, scale);
        return economyDrill(f.countyCtx, {
          year: YEAR,
          band: 'T2',
          page: 1,
          pageSize: 20,
          sort: 'basisDesc',
        });
      },
      raw: async (env) => rawDrill(env, (await economyFixture(env, scale)).county),
    },
  ];
};
