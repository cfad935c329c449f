import { eq } from 'drizzle-orm';
import { countiesOf } from '../../src/generator/prefecture';
import { generateCountiesInThreads } from '../../src/generator/threads';
import { dashboard } from '../../src/server/modules/figures/dashboard';
import { STANDARD_DASHBOARD } from '../../src/server/modules/figures/policy';
import { reportSheet } from '../../src/server/modules/figures/report-sheet';
import { saveDashboardLayout } from '../../src/server/modules/figures/save-dashboard-layout';
import { importCounty } from '../../src/server/modules/regions/import-county';
import { actorOf } from '../../src/server/platform/auth/session';
import { users } from '../../src/server/platform/auth/tables';
import type { Ctx } from '../../src/server/platform/context';
import type { BenchEntry, BenchEnv } from '../harness';
import type { Scale } from './households';

// 驾驶舱 and 一表通 (issue 16): the county's and the prefecture's dashboards (14 standard figures with
// the year before, a bar per township or county and the categories) opened first (computed) and
// again (kept), the time from a write to the dashboard showing it, and a one-sheet report of every
// village × 20 registry figures against 20 grouped statements written by hand.
// npm run bench -- --only dashboards [--scale prefecture].

const SYSTEM = { actor: null, meta: { requestId: 'bench', ip: null } };
const YEAR = 2026;

interface Fixture {
  county: string;
  prefecture: string;
  countyCtx: Ctx;
  prefectureCtx: Ctx;
  villages: number;
}
const fixtures = new WeakMap<object, Promise<Fixture>>();

const fixture = (env: BenchEnv, scale: Scale) => {
  const key = env.services.database;
  if (!fixtures.has(key))
    fixtures.set(
      key,
      (async (): Promise<Fixture> => {
        const counties = scale === 'county' ? ['451022'] : await countiesOf('5226');
        const q = env.services.database.rawQuery;
        const missing: string[] = [];
        for (const code of counties) {
          const [had] = await q(`select 1 from regions where code = '${code}000000'`);
          if (!had) await importCounty(env.services.database.db, SYSTEM, code);
          const [rows] = await q(
            `select 1 from households where region_code >= '${code}' and region_code < '${code}z' limit 1`,
          );
          if (!rows) missing.push(code);
        }
        if (missing.length) {
          const { ZHENXING_SECRET_KEY: secret, dataDir } = env.services.config;
          await generateCountiesInThreads(
            env.services.database,
            { secret, dataDir },
            missing.map((countyCode) => ({ countyCode, seed: 2026 })),
          );
        }
        const county = counties[0];
        const prefecture = `${county.slice(0, 4)}00000000`;
        const [user] = await env.services.database.db
          .select()
          .from(users)
          .where(eq(users.id, env.ctx.actor.userId));
        const as = (role: typeof user.role, regionCode: string): Ctx => ({
          ...env.ctx,
          actor: actorOf({ ...user, role, regionCode }),
        });
        const [{ n }] = await q<{ n: number }>(
          `select count(*)::int as n from regions where level = 'village' and code >= '${prefecture.slice(0, 4)}' and code < '${prefecture.slice(0, 4)}z'`,
        );
        return {
          county: `${county}000000`,
          prefecture,
          countyCtx: as('county_admin', `${county}000000`),
          prefectureCtx: as('region_admin', prefecture),
          villages: n,
        };
      })(),
    );
  return fixtures.get(key)!;
};

/** 20 figures the generator fills, and each as a grouped statement by village written by hand. */
const REPORT: { key: string; sql: (range: string) => string }[] = (() => {
  const living =
    (table: string, cond = 'true') =>
    (range: string) =>
      `select left(region_code, 12) as v, count(*)::int as n from ${table} where ${range} and deleted_at is null and ${cond} group by 1`;
  const serving = '(ended_on is null or ended_on >= current_date)';
  return [
    { key: 'households.count', sql: living('households') },
    { key: 'persons.count', sql: living('persons') },
    { key: 'members.count', sql: living('party_members') },
    { key: 'members.full', sql: living('party_members', "status = 'full'") },
    { key: 'members.probationary', sql: living('party_members', "status = 'probationary'") },
    {
      key: 'members.pipeline',
      sql: living('development_records', "stage in ('applicant', 'activist', 'target')"),
    },
    { key: 'cadres.reserve', sql: living('cadres', `is_reserve and ${serving}`) },
    { key: 'cadres.village', sql: living('cadres', `not is_reserve and ${serving}`) },
    { key: 'cadres.workTeams', sql: living('work_teams', serving) },
    { key: 'coverage.units', sql: living('covered_units') },
    { key: 'coverage.organizational', sql: living('covered_units', 'party_org_id is not null') },
    {
      key: 'coverage.work',
      sql: living('covered_units', '(party_org_id is not null or instructor_name is not null)'),
    },
    {
      key: 'disclosure.published',
      sql: (r) =>
        `select left(region_code, 12) as v, count(*)::int as n from disclosure_items where ${r} and year = ${YEAR} and status = 'published' and change <> 'withdrawal' and deleted_at is null group by 1`,
    },
    {
      key: 'events.reported',
      sql: (r) =>
        `select left(region_code, 12) as v, count(*)::int as n from events where ${r} and status <> 'draft' and reported_at >= '${YEAR}-01-01T00:00:00+08:00' and reported_at < '${YEAR + 1}-01-01T00:00:00+08:00' group by 1`,
    },
    {
      key: 'events.closed',
      sql: (r) =>
        `select left(region_code, 12) as v, count(*)::int as n from events where ${r} and status in ('closed', 'rated') and reported_at >= '${YEAR}-01-01T00:00:00+08:00' and reported_at < '${YEAR + 1}-01-01T00:00:00+08:00' group by 1`,
    },
    {
      key: 'points.redemptions',
      sql: (r) =>
        `select left(region_code, 12) as v, count(*)::int as n from points_redemptions where ${r} and status <> 'cancelled' and created_at >= '${YEAR}-01-01T00:00:00+08:00' and created_at < '${YEAR + 1}-01-01T00:00:00+08:00' group by 1`,
    },
    {
      key: 'economy.operatingIncome',
      sql: (r) =>
        `select region_code as v, sum(operating_fen)::float8 / 100 as n from economy_accounts where ${r} and year = ${YEAR} group by 1`,
    },
    {
      key: 'economy.totalIncome',
      sql: (r) =>
        `select region_code as v, sum(total_fen)::float8 / 100 as n from economy_accounts where ${r} and year = ${YEAR} group by 1`,
    },
    {
      key: 'assess.flagsAwarded',
      sql: (r) =>
        `select left(region_code, 12) as v, count(*)::int as n from flag_awards where ${r} and status = 'awarded' and year = ${YEAR} group by 1`,
    },
    {
      key: 'assess.weakRectified',
      sql: (r) =>
        `select left(region_code, 12) as v, count(*)::int as n from weak_orgs where ${r} and status in ('closed', 'consolidated') and year = ${YEAR} group by 1`,
    },
  ];
})();

export const dashboardsEntries = (scale: Scale): BenchEntry[] => {
  const label = scale === 'county' ? '田东' : '黔东南';
  const opened = (level: 'county' | 'prefecture', fresh: boolean): BenchEntry => ({
    name: `dashboards: ${level} dashboard, 14 figures with last year, parts and categories, ${fresh ? 'first open (computed)' : 'opened again (kept)'} (${label})`,
    scale,
    prepare: async (env) => {
      const f = await fixture(env, scale);
      await dashboard(level === 'county' ? f.countyCtx : f.prefectureCtx, { year: YEAR });
    },
    app: async (env) => {
      const f = await fixture(env, scale);
      return dashboard(level === 'county' ? f.countyCtx : f.prefectureCtx, {
        year: YEAR,
        fresh: fresh ? '1' : undefined,
      });
    },
  });
  return [
    opened('county', true),
    opened('county', false),
    ...(scale === 'prefecture' ? [opened('prefecture', true), opened('prefecture', false)] : []),
    {
      name: `dashboards: a write, then the county dashboard showing it, 14 figures computed again (${label})`,
      scale,
      prepare: (env) => fixture(env, scale),
      app: async (env) => {
        const f = await fixture(env, scale);
        // An audited write in the county's chain: the kept values are computed again.
        await saveDashboardLayout(f.countyCtx, { regionCode: f.county, keys: [...STANDARD_DASHBOARD] });
        return dashboard(f.countyCtx, { year: YEAR, keys: undefined });
      },
    },
    {
      name: `dashboards: one-sheet report, every village of the ${scale} × 20 figures (use case reportSheet)`,
      scale,
      prepare: (env) => fixture(env, scale),
      app: async (env) => {
        const f = await fixture(env, scale);
        const region = scale === 'county' ? f.county : f.prefecture;
        const ctx = scale === 'county' ? f.countyCtx : f.prefectureCtx;
        return reportSheet(
          ctx,
          {
            id: 'bench',
            name: '基准报表',
            rowLevel: 'village',
            keys: REPORT.map((r) => r.key),
            note: null,
            regionCode: null,
            standard: true,
            updatedAt: null,
          },
          { regionCode: region, year: YEAR },
        );
      },
      raw: async (env) => {
        const f = await fixture(env, scale);
        const prefix = scale === 'county' ? f.county.slice(0, 6) : f.prefecture.slice(0, 4);
        const range = `region_code >= '${prefix}' and region_code < '${prefix}z'`;
        const q = env.services.database.rawQuery;
        const villages = await q(
          `select code, name from regions where level = 'village' and code >= '${prefix}' and code < '${prefix}z' order by code`,
        );
        const columns = [];
        for (const r of REPORT) columns.push(await q(r.sql(range)));
        return { villages, columns };
      },
      note: () => `${REPORT.length} figures`,
    },
  ];
};
