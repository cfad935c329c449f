import { sql } from 'drizzle-orm';
import { povertyStatus } from '../../../contracts/registry/enums';
import { codedCategories, type FigureRecords, recordFigure } from '../../platform/figures/record-figure';
import { underRegion } from '../../platform/scope';
import { households, persons } from './tables';

// Figures of the household registry (户籍台账): living households and persons of the region, each
// drillable to the households behind it (一户一档).

const h = households;
const p = persons;

/** Living households of the region: the records of households.count, and the base of other modules' rates. */
export const livingHouseholds: FigureRecords = (_ctx, q) => sql`
  select ${h.regionCode} as region_code, ${h.id} as id,
    coalesce(hp.name, '') || '（' || ${h.householdNo} || '）' as title, 1 as weight,
    ${h.povertyStatus} as category
  from ${h} left join ${p} hp on hp.id = ${h.headPersonId}
  where ${underRegion(h.regionCode, q.regionCode)} and ${h.deletedAt} is null`;

export const householdFigures = [
  recordFigure({
    key: 'households.count',
    label: { zh: '农户数', en: 'Households' },
    definition: {
      zh: '区划内登记在册（未删除）的农户数，按脱贫户、监测户、一般户分类',
      en: 'Registered (not deleted) households of the region, by poverty status',
    },
    unit: { zh: '户', en: 'households' },
    perYear: false,
    categories: codedCategories(povertyStatus),
    record: 'household',
    permission: 'households.read',
    records: livingHouseholds,
  }),
  recordFigure({
    key: 'persons.count',
    label: { zh: '户籍人口', en: 'Persons' },
    definition: {
      zh: '区划内登记在册（未删除）的人员数，按性别分类',
      en: 'Registered (not deleted) persons of the region, by sex',
    },
    unit: { zh: '人', en: 'persons' },
    perYear: false,
    categories: [
      { key: 'male', label: { zh: '男', en: 'Male' } },
      { key: 'female', label: { zh: '女', en: 'Female' } },
    ],
    record: 'household',
    permission: 'households.read',
    records: (_ctx, q) => sql`
      select ${p.regionCode} as region_code, coalesce(${p.householdId}, ${p.id}) as id, ${p.name} as title,
        1 as weight, ${p.sex} as category
      from ${p} where ${underRegion(p.regionCode, q.regionCode)} and ${p.deletedAt} is null`,
  }),
];
