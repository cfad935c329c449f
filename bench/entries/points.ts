import { generateCounty } from '../../src/generator/county';
import { generatePoints, type PointsResult } from '../../src/generator/points';
import { getAccountView } from '../../src/server/modules/points/get-account-view';
import { monthlyStatement } from '../../src/server/modules/points/monthly-statement';
import { ranking } from '../../src/server/modules/points/ranking';
import { reconcile } from '../../src/server/modules/points/reconcile';
import type { BenchEntry, BenchEnv } from '../harness';

// Points at county scale: 田东 with about a million ledger entries (households from the county
// generator, points from the points generator). The app's use cases against the same reads as
// raw SQL: one household's balance, a township's ranking, a village shop's monthly statement.

const COUNTY = '451022';
const TARGET_ENTRIES = Number(process.env.ZX_BENCH_POINTS ?? 1_000_000);

interface Fixture {
  result: PointsResult;
  ms: number;
  accountId: string;
  township: string;
  shop: { id: string; name: string };
  /** The calendar year with most of the 12 months, and the last whole month. */
  year: string;
  month: string;
}

const fixtures = new WeakMap<object, Promise<Fixture>>();
let last: Fixture | null = null;

const fixture = (env: BenchEnv) => {
  const key = env.services.database;
  if (!fixtures.has(key))
    fixtures.set(
      key,
      (async () => {
        const q = env.services.database.rawQuery;
        const [{ n }] = await q<{ n: number }>(
          `select count(*)::int as n from households where region_code like '${COUNTY}%'`,
        );
        // The households entry generates 田东 when it runs first; alone (--only points) this does.
        if (n === 0)
          await generateCounty(env.services.database, env.services.pii, {
            countyCode: COUNTY,
            seed: 2026,
            profile: 'tiandong-2020',
          });
        const t0 = performance.now();
        const result = await generatePoints(env.services.database, {
          countyCode: COUNTY,
          seed: 2026,
          targetEntries: TARGET_ENTRIES,
        });
        const ms = performance.now() - t0;
        const [account] = await q<{ id: string }>(
          `select id from points_accounts where system = 'civil' and region_code like '${COUNTY}%' order by id offset 4242 limit 1`,
        );
        // The township with the most households, and the first shop in it.
        const [{ township }] = await q<{ township: string }>(
          `select substr(region_code, 1, 9) || '000' as township from households where region_code like '${COUNTY}%'
           group by 1 order by count(*) desc limit 1`,
        );
        const [shop] = await q<{ id: string; name: string }>(
          `select id, name from points_shops where region_code like '${township.slice(0, 9)}%' order by region_code limit 1`,
        );
        const last = new Date();
        last.setUTCDate(1);
        last.setUTCMonth(last.getUTCMonth() - 1);
        const year = String(new Date(Date.now() - 182 * 86_400_000).getUTCFullYear());
        return {
          result,
          ms,
          accountId: account.id,
          township,
          shop,
          year,
          month: last.toISOString().slice(0, 7),
        };
      })(),
    );
  return fixtures.get(key)!;
};

const SCORED = `('award', 'deduction', 'reversal', 'import')`;
const yearRange = (year: string) => `'${year}-01-01' and occurred_on < '${Number(year) + 1}-01-01'`;
const under = (code: string, alias: string) =>
  `${alias}.region_code >= '${code}' and ${alias}.region_code < '${code.slice(0, -1)}${Number(code.slice(-1)) + 1}'`;
/** A township's code as a prefix: 451022100000 → 451022100. */
const prefix = (township: string) => township.slice(0, 9);

export const pointsEntries: BenchEntry[] = [
  {
    name: `generate points 田东 ${COUNTY} (~${TARGET_ENTRIES / 1e6}M ledger entries)`,
    scale: 'county',
    once: true,
    app: async (env) => {
      last = await fixture(env);
    },
    note: () =>
      last
        ? `${last.result.entries} entries, ${last.result.claims} claims, ${last.result.redemptions} redemptions, ${last.result.accounts} accounts in ${(last.ms / 1000).toFixed(1)} s = ${Math.round(last.result.entries / (last.ms / 1000))} entries/s (rates ×${last.result.scale.toFixed(2)})`
        : '',
  },
  {
    name: 'points: balance of one household (use case)',
    scale: 'county',
    prepare: (env) => fixture(env),
    app: async (env) => getAccountView(env.ctx, (await fixture(env)).accountId),
    raw: async (env) => {
      const f = await fixture(env);
      return env.services.database.rawQuery(
        `select a.*, h.household_no, p.name as head_name,
           (select coalesce(sum(l.amount), 0)::int from points_ledger l where l.account_id = a.id
              and l.kind in ${SCORED} and l.occurred_on >= ${yearRange(f.year)}) as year_total
         from points_accounts a left join households h on h.id = a.holder_id and h.deleted_at is null
         left join persons p on p.id = h.head_person_id where a.id = $1`,
        [f.accountId],
      );
    },
  },
  {
    name: 'points: household ranking of a township, year, top 20 (use case)',
    scale: 'county',
    prepare: (env) => fixture(env),
    app: async (env) => {
      const f = await fixture(env);
      return ranking(env.ctx, { system: 'civil', regionCode: f.township, period: f.year, limit: 20 });
    },
    raw: async (env) => {
      const f = await fixture(env);
      return env.services.database.rawQuery(
        `select t.account_id, t.total, a.region_code, h.household_no, p.name, r.name as village
         from (select account_id, sum(amount)::int as total from points_ledger l
               where ${under(prefix(f.township), 'l')} and l.system = 'civil' and l.occurred_on >= ${yearRange(f.year)}
                 and l.kind in ${SCORED}
               group by account_id order by total desc, account_id limit 20) t
         join points_accounts a on a.id = t.account_id left join households h on h.id = a.holder_id
         left join persons p on p.id = h.head_person_id left join regions r on r.code = substr(a.region_code, 1, 12)
         order by t.total desc, t.account_id`,
      );
    },
  },
  {
    name: 'points: member ranking of a township, year, all members (use case)',
    scale: 'county',
    prepare: (env) => fixture(env),
    app: async (env) => {
      const f = await fixture(env);
      return ranking(env.ctx, { system: 'member', regionCode: f.township, period: f.year, limit: 100_000 });
    },
    raw: async (env) => {
      const f = await fixture(env);
      return env.services.database.rawQuery(
        `select m.id, p.name, m.region_code, o.name as org, r.name as village, coalesce(t.total, 0) as total
         from party_members m join persons p on p.id = m.person_id left join party_orgs o on o.id = m.org_id
         left join regions r on r.code = substr(m.region_code, 1, 12)
         left join points_accounts a on a.holder_id = m.id and a.system = 'member'
         left join (select account_id, sum(amount)::int as total from points_ledger l
                    where ${under(prefix(f.township), 'l')} and l.system = 'member' and l.occurred_on >= ${yearRange(f.year)}
                      and l.kind in ${SCORED} group by account_id) t on t.account_id = a.id
         where ${under(prefix(f.township), 'm')} and m.deleted_at is null
         order by total desc, p.name`,
      );
    },
  },
  {
    name: 'points: monthly statement of a village shop (use case)',
    scale: 'county',
    prepare: (env) => fixture(env),
    app: async (env) => {
      const f = await fixture(env);
      return monthlyStatement(env.ctx, f.shop, f.month);
    },
    raw: async (env) => {
      const f = await fixture(env);
      const start = `'${f.month}-01T00:00:00+08:00'`;
      const [y, m] = f.month.split('-').map(Number);
      const end = `'${m === 12 ? y + 1 : y}-${String(m === 12 ? 1 : m + 1).padStart(2, '0')}-01T00:00:00+08:00'`;
      const q = env.services.database.rawQuery;
      await q(
        `select g.id, g.name, g.unit, g.price,
           coalesce(sum(s.quantity) filter (where s.created_at < ${start}), 0)::int as opening,
           coalesce(sum(s.quantity) filter (where s.created_at >= ${start} and s.kind in ('in', 'adjust')), 0)::int as stock_in,
           coalesce(-sum(s.quantity) filter (where s.created_at >= ${start} and s.kind = 'redeem'), 0)::int as redeemed,
           coalesce(sum(s.quantity) filter (where s.created_at >= ${start} and s.kind = 'redeem_cancel'), 0)::int as returned
         from points_goods g left join points_stock_moves s on s.goods_id = g.id and s.shop_id = g.shop_id and s.created_at < ${end}
         where g.shop_id = $1 group by g.id order by g.sort_order, g.name`,
        [f.shop.id],
      );
      return q(
        `select count(*)::int as redemptions, count(*) filter (where status = 'cancelled')::int as cancelled,
           count(distinct account_id) filter (where status <> 'cancelled')::int as households,
           coalesce(sum(total) filter (where status <> 'cancelled'), 0)::int as points,
           (select jsonb_object_agg(goods_id, pts) from (
              select x->>'goodsId' as goods_id, sum((x->>'price')::int * (x->>'quantity')::int) as pts
              from points_redemptions r2, jsonb_array_elements(r2.lines) x
              where r2.shop_id = $1 and r2.status <> 'cancelled' and r2.created_at >= ${start} and r2.created_at < ${end}
              group by 1) g) as per_goods
         from points_redemptions where shop_id = $1 and created_at >= ${start} and created_at < ${end}`,
        [f.shop.id],
      );
    },
  },
  {
    name: 'points: reconcile the county (npm run points:reconcile)',
    scale: 'county',
    once: true,
    prepare: (env) => fixture(env),
    app: async (env) => {
      const report = await reconcile(env.services.database.db, COUNTY);
      if (report.differences.length) throw new Error(`对账差异 ${report.differences.length} 处`);
      return report;
    },
  },
];
