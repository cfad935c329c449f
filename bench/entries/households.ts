import type { GenerateResult } from '../../src/generator/county';
import { countiesOf } from '../../src/generator/prefecture';
import { generateCountiesInThreads } from '../../src/generator/threads';
import { householdFile } from '../../src/server/modules/household-file/household-file';
import { listHouseholds } from '../../src/server/modules/households/list-households';
import { householdStats } from '../../src/server/modules/households/stats';
import type { BenchEntry, BenchEnv } from '../harness';

// County scale: 田东 generated in full (tiandong-2020 profile, ~110k households, ~400k persons).
// Prefecture scale: the 16 counties of 黔东南 (5226, ~1M households). The generator's own speed
// is the first entry; the others read what it wrote.

export type Scale = 'county' | 'prefecture';

const generated = new WeakMap<
  object,
  Promise<{ results: GenerateResult[]; ms: number; householdId: string }>
>();

const generate = (env: BenchEnv, scale: Scale) => {
  const key = env.services.database;
  if (!generated.has(key))
    generated.set(
      key,
      (async () => {
        const t0 = performance.now();
        const counties = scale === 'county' ? ['451022'] : await countiesOf('5226');
        const { ZHENXING_SECRET_KEY: secret, dataDir } = env.services.config;
        const results = await generateCountiesInThreads(
          env.services.database,
          { secret, dataDir },
          counties.map((countyCode) => ({
            countyCode,
            seed: 2026,
            profile: countyCode === '451022' ? 'tiandong-2020' : undefined,
          })),
        );
        const [{ id }] = await env.services.database.rawQuery<{ id: string }>(
          `select id from households where region_code like '${prefixOf(scale)}%' order by household_no offset 4242 limit 1`,
        );
        return { results, ms: performance.now() - t0, householdId: id };
      })(),
    );
  return generated.get(key)!;
};

/** The region the read entries look at: 田东, or the whole prefecture. */
const prefixOf = (scale: Scale) => (scale === 'county' ? '451022' : '5226');
const ctxOf = (env: BenchEnv, scale: Scale) => (scale === 'county' ? env.ctx : env.prefectureCtx);
/** `>= ${range(p, 'h')}` reads "h.region_code >= 'p' and h.region_code < 'p+1'". */
const range = (prefix: string, alias?: string) =>
  `'${prefix}' and ${alias ? `${alias}.` : ''}region_code < '${prefix.slice(0, -1)}${Number(prefix.slice(-1)) + 1}'`;

const totals = (results: GenerateResult[]) => ({
  households: results.reduce((s, r) => s + r.households, 0),
  persons: results.reduce((s, r) => s + r.persons, 0),
});

const rawSearch = (prefix: string) =>
  `select h.*, (select count(*)::int from persons p where p.household_id = h.id and p.deleted_at is null) as members
  from households h where h.region_code >= ${range(prefix, 'h')} and h.deleted_at is null
  and h.id in (select household_id from persons where region_code >= ${range(prefix)} and deleted_at is null and id_last4 = '1234')
  order by h.household_no, h.id limit 20`;
const rawCount = (
  prefix: string,
) => `select count(*)::int from households h where h.region_code >= ${range(prefix, 'h')} and h.deleted_at is null
  and h.id in (select household_id from persons where region_code >= ${range(prefix)} and deleted_at is null and id_last4 = '1234')`;
const rawStats = (
  prefix: string,
) => `select substr(region_code, 1, 9) as township, poverty_status, count(*)::int as n
  from households where region_code >= '${prefix}' and region_code < '${prefix.slice(0, -1)}${Number(prefix.slice(-1)) + 1}' and deleted_at is null
  group by 1, 2`;

export const householdEntries = (scale: Scale): BenchEntry[] => {
  let last: { results: GenerateResult[]; ms: number } | null = null;
  const label = scale === 'county' ? '田东 451022' : '黔东南 5226';
  return [
    {
      name: `generate ${label} (npm run gen path)`,
      scale,
      once: true,
      app: async (env) => {
        last = await generate(env, scale);
      },
      note: () => {
        if (!last) return '';
        const t = totals(last.results);
        return `${t.households} households, ${t.persons} persons in ${(last.ms / 1000).toFixed(1)} s = ${Math.round(t.households / (last.ms / 1000))} households/s`;
      },
    },
    {
      name: 'households by poverty status per township, county (use case)',
      scale,
      prepare: (env) => generate(env, scale),
      app: (env) => householdStats(env.ctx, { regionCode: '451022000000' }),
      raw: (env) => env.services.database.rawQuery(rawStats('451022')),
    },
    ...(scale === 'prefecture'
      ? [
          {
            name: 'households by poverty status per township, prefecture (use case)',
            scale,
            prepare: (env: BenchEnv) => generate(env, scale),
            app: (env: BenchEnv) => householdStats(env.prefectureCtx, {}),
            raw: (env: BenchEnv) => env.services.database.rawQuery(rawStats('5226')),
          } satisfies BenchEntry,
        ]
      : []),
    {
      name: 'household search by last 4 ID digits (use case)',
      scale,
      prepare: (env) => generate(env, scale),
      app: (env) =>
        listHouseholds(ctxOf(env, scale), {
          q: '1234',
          page: 1,
          pageSize: 20,
          sort: 'householdNo',
          order: 'asc',
        }),
      raw: async (env) => {
        await env.services.database.rawQuery(rawSearch(prefixOf(scale)));
        return env.services.database.rawQuery(rawCount(prefixOf(scale)));
      },
    },
    {
      name: 'one household view 一户一档 (use case)',
      scale,
      prepare: (env) => generate(env, scale),
      app: async (env) => householdFile(ctxOf(env, scale), (await generate(env, scale)).householdId),
      // The same reads by hand: the household with village, head and member count; the members;
      // the moves with their values named; the small grid with the middle grid above it.
      raw: async (env) => {
        const id = (await generate(env, scale)).householdId;
        const q = env.services.database.rawQuery;
        const [h] = await q<{ grid_id: string | null }>(
          `select h.*, r.name as region_name, hp.name as head_name, hp.id_number_enc as head_id_enc, hp.phone_enc as head_phone_enc,
             (select count(*)::int from persons m where m.household_id = h.id and m.deleted_at is null) as member_count
           from households h left join regions r on r.code = h.region_code left join persons hp on hp.id = h.head_person_id
           where h.id = $1 and h.region_code >= ${range(prefixOf(scale), 'h')}`,
          [id],
        );
        await q('select * from persons where household_id = $1 order by created_at, id', [id]);
        await q(
          `select rh.*, case rh.kind when 'village' then (select name from regions where code = rh.from_value) end as from_label,
                  case rh.kind when 'village' then (select name from regions where code = rh.to_value) end as to_label
           from residence_history rh
           where rh.subject_id = $1 or rh.subject_id in (select id from persons where household_id = $1 and deleted_at is null)
           order by rh.at desc`,
          [id],
        );
        if (h.grid_id)
          await q(
            'select g.id, g.name, p.id, p.name from grids g left join grids p on p.id = g.parent_id where g.id = $1',
            [h.grid_id],
          );
        // The party side: contacting members and the household's own, with names and branches.
        await q(
          `select c.id, c.since, pm.id as member_id, pp.name, o.name as branch
           from member_contacts c join party_members pm on pm.id = c.member_id
           join persons pp on pp.id = pm.person_id left join party_orgs o on o.id = pm.org_id
           where c.household_id = $1 and c.deleted_at is null and pm.deleted_at is null`,
          [id],
        );
        await q(
          `select pm.id, pm.status, pm.plaque, pp.name, o.name as branch
           from persons pp join party_members pm on pm.person_id = pp.id and pm.deleted_at is null
           left join party_orgs o on o.id = pm.org_id
           where pp.household_id = $1 and pp.deleted_at is null`,
          [id],
        );
        // The civilization points: balance, this year's total, the latest five entries with rules.
        await q(
          `select a.id, a.balance,
             (select coalesce(sum(amount), 0)::int from points_ledger l
               where l.account_id = a.id and l.kind in ('award', 'deduction', 'reversal', 'import')
                 and l.occurred_on >= date_trunc('year', now())::date) as year_total,
             (select json_agg(e) from (select l.*, r.name as rule_name,
                (select id from points_ledger x where x.reverses_id = l.id) as reversed_by
               from points_ledger l left join points_rules r on r.id = l.rule_id
               where l.account_id = a.id order by l.created_at desc, l.id desc limit 5) e) as recent
           from points_accounts a where a.system = 'civil' and a.holder_id = $1`,
          [id],
        );
        return h;
      },
    },
  ];
};
