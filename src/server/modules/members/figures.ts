import { sql } from 'drizzle-orm';
import { developmentStage, memberStatus } from '../../../contracts/registry/enums';
import { codedCategories, type FigureRecords, recordFigure } from '../../platform/figures/record-figure';
import { underRegion } from '../../platform/scope';
import { personsRelation } from '../households/lookups';
import { developmentRecords, developmentSteps, partyMembers } from './tables';

// Figures of the party-member registry: members by status, the development pipeline by stage, and
// the members developed in a year, each drillable to the people (and their households).

const m = partyMembers;
const d = developmentRecords;

/** Living party members of the region, as figure records (the base of other modules' rates). */
export const livingMembers: FigureRecords = (_ctx, q) => sql`
  select ${m.regionCode} as region_code, coalesce(mp.household_id, ${m.personId}) as id, coalesce(mp.name, '') as title,
    1 as weight, ${m.status} as category
  from ${m} left join ${personsRelation('mp')} on mp.id = ${m.personId}
  where ${underRegion(m.regionCode, q.regionCode)} and ${m.deletedAt} is null`;

const memberFigure = (status: 'full' | 'probationary' | null) =>
  recordFigure({
    key: status ? `members.${status}` : 'members.count',
    label:
      status === 'full'
        ? { zh: '正式党员', en: 'Full members' }
        : status === 'probationary'
          ? { zh: '预备党员', en: 'Probationary members' }
          : { zh: '党员数', en: 'Party members' },
    definition: {
      zh: `区划内在册（未删除）的${status === 'full' ? '正式' : status === 'probationary' ? '预备' : '正式和预备'}党员数，按党员本人所在区划计`,
      en: `Registered (not deleted) ${status ?? 'full and probationary'} party members living in the region`,
    },
    unit: { zh: '人', en: 'members' },
    perYear: false,
    categories: status ? undefined : codedCategories(memberStatus),
    record: 'household',
    permission: 'members.read',
    records: (_ctx, q) => sql`
      select ${m.regionCode} as region_code, coalesce(mp.household_id, ${m.personId}) as id, coalesce(mp.name, '') as title,
        1 as weight, ${m.status} as category
      from ${m} left join ${personsRelation('mp')} on mp.id = ${m.personId}
      where ${underRegion(m.regionCode, q.regionCode)} and ${m.deletedAt} is null
        ${status ? sql`and ${m.status} = ${status}` : sql``}`,
  });

export const membersFigures = [
  memberFigure(null),
  memberFigure('full'),
  memberFigure('probationary'),
  recordFigure({
    key: 'members.pipeline',
    label: { zh: '发展党员在培养人数', en: 'People in the development pipeline' },
    definition: {
      zh: '区划内在册的入党申请人、积极分子和发展对象人数（按当前所处环节分类，不含已成为预备或正式党员的）',
      en: 'Applicants, activists and development targets of the region now (by their current step; members not counted)',
    },
    unit: { zh: '人', en: 'people' },
    perYear: false,
    categories: codedCategories(developmentStage).slice(0, 3),
    record: 'household',
    permission: 'members.read',
    records: (_ctx, q) => sql`
      select ${d.regionCode} as region_code, coalesce(dp.household_id, ${d.personId}) as id, coalesce(dp.name, '') as title,
        1 as weight, ${d.stage} as category
      from ${d} left join ${personsRelation('dp')} on dp.id = ${d.personId}
      where ${underRegion(d.regionCode, q.regionCode)} and ${d.deletedAt} is null
        and ${d.stage} in ('applicant', 'activist', 'target')`,
  }),
  recordFigure({
    key: 'members.developed',
    label: { zh: '当年发展党员数', en: 'Members developed in the year' },
    definition: {
      zh: '该年度（或所选季度）在区划内被接收为预备党员的人数（发展党员“预备党员”环节的日期在其内）',
      en: 'People of the region admitted as probationary members in the year (the date of that development step)',
    },
    unit: { zh: '人', en: 'people' },
    record: 'household',
    permission: 'members.read',
    byQuarter: true,
    records: (_ctx, q) => sql`
      select ${d.regionCode} as region_code, coalesce(dp.household_id, ${d.personId}) as id, coalesce(dp.name, '') as title,
        1 as weight, null::text as category
      from ${d} left join ${personsRelation('dp')} on dp.id = ${d.personId}
        join ${developmentSteps} s on s.record_id = ${d.id} and s.stage = 'probationary' and s.deleted_at is null
      where ${underRegion(d.regionCode, q.regionCode)} and ${d.deletedAt} is null
        and s.reached_on >= ${q.from}::date and s.reached_on <= ${q.to}::date`,
  }),
];
