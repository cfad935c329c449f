import { householdProfile } from '../../src/server/modules/households/household-profile';
import { listHouseholds } from '../../src/server/modules/households/list-households';
import type { BenchEntry, BenchEnv } from '../harness';

// County scale: 100k households and 300k persons spread over 田东's villages, generated in SQL
// (ciphertexts are placeholders; the searches measured here use last-4 digits and ids).
const HOUSEHOLDS = 100_000;
// One seed per database (the harness runs PGlite, then PostgreSQL).
const seeded = new WeakMap<object, Promise<string>>();

const seed = (env: BenchEnv) => {
  const key = env.services.database;
  if (!seeded.has(key)) seeded.set(key, seedCounty(env));
  return seeded.get(key)!;
};

const seedCounty = async (env: BenchEnv) => {
  const q = env.services.database.rawQuery;
  await q(`insert into households (id, region_code, household_no, head_person_id, poverty_status)
      select md5('h' || n)::uuid, (select code from regions where code >= '451022' and code < '451023' and level = 'village' order by code offset (n % 173) limit 1),
             'B' || lpad(n::text, 7, '0'), md5('p' || n || '-0')::uuid, (array['escaped','monitored','general'])[1 + n % 3]
      from generate_series(1, ${HOUSEHOLDS}) n`);
  await q(
    `insert into persons (id, region_code, household_id, relation, name, initials, sex, birth_date, ethnicity, id_number_enc, id_number_idx, id_last4)
      select md5('p' || n || '-' || k)::uuid, h.region_code, h.id, case when k = 0 then 'head' else 'son' end,
             '农户' || n || '-' || k, 'nh' || n, 'male', '1980-01-01', '08', $1, md5('idx' || n || '-' || k), lpad(((n * 3 + k) % 10000)::text, 4, '0')
      from generate_series(1, ${HOUSEHOLDS}) n cross join generate_series(0, 2) k
      join households h on h.id = md5('h' || n)::uuid`,
    [env.services.pii.encrypt('451022198001010011')],
  );
  await q('analyze households');
  await q('analyze persons');
  return (await q<{ id: string }>(`select md5('h' || 4242)::uuid as id`))[0].id;
};

const RAW_SEARCH = `select h.*, (select count(*)::int from persons p where p.household_id = h.id and p.deleted_at is null) as members
  from households h where h.region_code >= '451022' and h.region_code < '451023' and h.deleted_at is null
  and h.id in (select household_id from persons where region_code >= '451022' and region_code < '451023' and deleted_at is null and id_last4 = '1234')
  order by h.household_no, h.id limit 20`;
const RAW_COUNT = `select count(*)::int from households h where h.region_code >= '451022' and h.region_code < '451023' and h.deleted_at is null
  and h.id in (select household_id from persons where region_code >= '451022' and region_code < '451023' and deleted_at is null and id_last4 = '1234')`;

export const householdEntries: BenchEntry[] = [
  {
    name: 'household search by last 4 ID digits (use case)',
    scale: '100k households / 300k persons',
    app: async (env) => {
      await seed(env);
      return listHouseholds(env.ctx, { q: '1234', page: 1, pageSize: 20, sort: 'householdNo', order: 'asc' });
    },
    raw: async (env) => {
      await seed(env);
      await env.services.database.rawQuery(RAW_SEARCH);
      return env.services.database.rawQuery(RAW_COUNT);
    },
  },
  {
    name: 'one household view 一户一档 (use case)',
    scale: '100k households / 300k persons',
    app: async (env) => householdProfile(env.ctx, await seed(env)),
    // The same reads by hand: the household with village, head and member count; the members;
    // the moves with their values named; the small grid with the middle grid above it.
    raw: async (env) => {
      const id = await seed(env);
      const q = env.services.database.rawQuery;
      const [h] = await q<{ grid_id: string | null }>(
        `select h.*, r.name as region_name, hp.name as head_name, hp.id_number_enc as head_id_enc, hp.phone_enc as head_phone_enc,
           (select count(*)::int from persons m where m.household_id = h.id and m.deleted_at is null) as member_count
         from households h left join regions r on r.code = h.region_code left join persons hp on hp.id = h.head_person_id
         where h.id = $1 and h.region_code >= '451022' and h.region_code < '451023'`,
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
      return h;
    },
  },
];
