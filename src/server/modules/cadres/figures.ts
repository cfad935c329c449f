import { sql } from 'drizzle-orm';
import { cadreBackground, sendingLevel } from '../../../contracts/registry/enums';
import { codedCategories, ratioFigure, recordFigure } from '../../platform/figures/record-figure';
import { underRegion, villageColumn } from '../../platform/scope';
import { personsRelation } from '../households/lookups';
import { villagesRelation } from '../regions/region-view';
import { cadres, workTeams } from './tables';

// Figures of the cadre registry (干部队伍): reserve cadres, serving village cadres by age and by
// background, the one-shoulder rate (一肩挑) and the stationed teams (驻村工作队), each drillable.

const c = cadres;

/** Living cadres serving today: no end date, or one not yet passed. */
const serving = sql`${c.deletedAt} is null and (${c.endedOn} is null or ${c.endedOn} >= current_date)`;
const holds = (body: string, post: string) => sql`${c.posts} @> ${JSON.stringify([{ body, post }])}::jsonb`;

const AGE_BANDS = [
  { key: 'to35', label: { zh: '35 岁及以下', en: '35 or under' } },
  { key: '36to45', label: { zh: '36–45 岁', en: '36–45' } },
  { key: '46to55', label: { zh: '46–55 岁', en: '46–55' } },
  { key: 'over55', label: { zh: '56 岁及以上', en: '56 or over' } },
  { key: 'unknown', label: { zh: '出生日期未登记', en: 'Birth date not recorded' } },
];
const ageBand = sql`case when cp.birth_date is null then 'unknown'
  when cp.birth_date > current_date - interval '36 years' then 'to35'
  when cp.birth_date > current_date - interval '46 years' then '36to45'
  when cp.birth_date > current_date - interval '56 years' then '46to55' else 'over55' end`;

const cadreRows = (
  regionCode: string,
  category: ReturnType<typeof sql>,
  where: ReturnType<typeof sql>,
) => sql`
  select ${c.regionCode} as region_code, coalesce(cp.household_id, ${c.personId}) as id, coalesce(cp.name, '') as title,
    1 as weight, ${category} as category
  from ${c} left join ${personsRelation('cp')} on cp.id = ${c.personId}
  where ${underRegion(c.regionCode, regionCode)} and ${serving} and ${where}`;

const TALENT = cadreBackground.values.filter((b) => b !== 'other');

const oneShoulderVillages = (regionCode: string) => sql`
  select min(${c.regionCode}) as region_code, min(coalesce(cp.household_id, ${c.personId})::text) as id,
    coalesce(min(cp.name), '') as title, 1 as weight, null::text as category
  from ${c} left join ${personsRelation('cp')} on cp.id = ${c.personId}
  where ${underRegion(c.regionCode, regionCode)} and ${serving} and not ${c.isReserve}
    and ${holds('party', 'secretary')} and ${holds('committee', 'director')}
  group by ${villageColumn(c.regionCode)}`;

export const cadresFigures = [
  recordFigure({
    key: 'cadres.reserve',
    label: { zh: '后备干部数', en: 'Reserve cadres' },
    definition: {
      zh: '区划内在册（未删除）、当前在任（无离任日期或离任日期未到）的村后备干部人数',
      en: 'Registered (not deleted) reserve cadres of the region serving today (no end date, or one not yet passed)',
    },
    unit: { zh: '人', en: 'cadres' },
    perYear: false,
    record: 'household',
    permission: 'cadres.read',
    records: (_ctx, q) => cadreRows(q.regionCode, sql`null::text`, sql`${c.isReserve}`),
  }),
  recordFigure({
    key: 'cadres.village',
    label: { zh: '村“两委”干部数（按年龄）', en: 'Village cadres (by age)' },
    definition: {
      zh: '区划内在任的村“两委”干部人数（不含后备干部），按今天的年龄分段',
      en: 'Village cadres of the region serving today (reserve cadres not counted), by age today',
    },
    unit: { zh: '人', en: 'cadres' },
    perYear: false,
    categories: AGE_BANDS,
    record: 'household',
    permission: 'cadres.read',
    records: (_ctx, q) => cadreRows(q.regionCode, ageBand, sql`not ${c.isReserve}`),
  }),
  recordFigure({
    key: 'cadres.talentBackground',
    label: { zh: '能人型村干部数（按来源）', en: 'Village cadres from talent backgrounds' },
    definition: {
      zh: '在任村“两委”干部中，来源为致富能手、返乡务工人员、返乡大学毕业生或退役军人的人数，按登记的第一个来源分类',
      en: 'Serving village cadres who are wealth-creation experts, returned migrants, returned graduates or veterans, by the first background recorded',
    },
    unit: { zh: '人', en: 'cadres' },
    perYear: false,
    categories: codedCategories(cadreBackground).filter((b) => b.key !== 'other'),
    record: 'household',
    permission: 'cadres.read',
    records: (_ctx, q) =>
      cadreRows(
        q.regionCode,
        sql`(select b from jsonb_array_elements_text(${c.backgrounds}) b
          where b in (${sql.join(
            TALENT.map((t) => sql`${t}`),
            sql`, `,
          )}) limit 1)`,
        sql`not ${c.isReserve} and ${c.backgrounds} ?| array[${sql.join(
          TALENT.map((t) => sql`${t}`),
          sql`, `,
        )}]::text[]`,
      ),
  }),
  ratioFigure({
    key: 'cadres.oneShoulderRate',
    label: { zh: '书记、主任“一肩挑”比例', en: 'One-shoulder rate (secretary also director)' },
    definition: {
      zh: '村党组织书记同时担任村委会主任的村数 ÷ 区划内村数 × 100%，保留一位小数',
      en: 'Villages whose party secretary is also the committee director, per cent of the villages of the region (one decimal)',
    },
    unit: { zh: '%', en: '%' },
    perYear: false,
    digits: 1,
    per: 100,
    numerator: {
      record: 'household',
      permission: 'cadres.read',
      records: (_ctx, q) => oneShoulderVillages(q.regionCode),
    },
    denominator: {
      records: (_ctx, q) => sql`
        select v.code as region_code, v.code as id, v.name as title, 1 as weight, null::text as category
        from ${villagesRelation('v')} where ${underRegion(sql`v.code`, q.regionCode)}`,
    },
  }),
  recordFigure({
    key: 'cadres.workTeams',
    label: { zh: '驻村工作队数', en: 'Stationed work teams' },
    definition: {
      zh: '区划内在册、当前在驻（无撤离日期或撤离日期未到）的驻村工作队数，按派出单位层级分类',
      en: 'Registered work teams stationed in the region today (no end date, or one not yet passed), by the sending level',
    },
    unit: { zh: '支', en: 'teams' },
    perYear: false,
    categories: codedCategories(sendingLevel),
    record: 'work_team',
    permission: 'cadres.read',
    records: (_ctx, q) => sql`
      select ${workTeams.regionCode} as region_code, ${workTeams.id} as id,
        ${workTeams.name} || '（' || ${workTeams.sendingUnit} || '）' as title, 1 as weight,
        ${workTeams.sendingLevel} as category
      from ${workTeams}
      where ${underRegion(workTeams.regionCode, q.regionCode)} and ${workTeams.deletedAt} is null
        and (${workTeams.endedOn} is null or ${workTeams.endedOn} >= current_date)`,
  }),
];
