import { type SQL, sql } from 'drizzle-orm';
import { coveredUnitType } from '../../../contracts/registry/enums';
import type { FigureRecords } from '../../platform/figures/record-figure';
import { codedCategories, ratioFigure, recordFigure } from '../../platform/figures/record-figure';
import { underRegion } from '../../platform/scope';
import { coveredUnits, partyOrgs } from './tables';

// 两个覆盖 as figures (DOMAIN.md §2): the units to cover, those with a living party organization
// (组织覆盖) and those with an organization or a party-building instructor (工作覆盖), and the two
// rates, each drillable to the units (非公企业、社会组织) by type.

const u = coveredUnits;
const hasOrg = sql`(${u.partyOrgId} is not null and po.deleted_at is null and po.id is not null)`;

const units =
  (where: SQL): FigureRecords =>
  (_ctx, q) =>
    sql`
    select ${u.regionCode} as region_code, ${u.id} as id, ${u.name} as title, 1 as weight, ${u.unitType} as category
    from ${u} left join ${partyOrgs} po on po.id = ${u.partyOrgId}
    where ${underRegion(u.regionCode, q.regionCode)} and ${u.deletedAt} is null and ${where}`;

const all = units(sql`true`);
const organizational = units(hasOrg);
const work = units(sql`(${hasOrg} or ${u.instructorName} is not null)`);
const common = {
  perYear: false,
  categories: codedCategories(coveredUnitType),
  record: 'org_unit',
  permission: 'org.read',
} as const;
const UNITS = { zh: '个', en: 'units' };

export const orgFigures = [
  recordFigure({
    ...common,
    key: 'coverage.units',
    label: { zh: '两个覆盖单位数', en: 'Units to cover' },
    definition: {
      zh: '区划内登记的非公企业、社会组织等单位数（两个覆盖率的分母）',
      en: 'Registered units to cover in the region (the denominator of both coverage rates)',
    },
    unit: UNITS,
    records: all,
  }),
  recordFigure({
    ...common,
    key: 'coverage.organizational',
    label: { zh: '组织覆盖单位数', en: 'Units with a party organization' },
    definition: {
      zh: '有未撤销党组织的单位数（组织覆盖率的分子）',
      en: 'Units with a living party organization (numerator of organizational coverage)',
    },
    unit: UNITS,
    records: organizational,
  }),
  recordFigure({
    ...common,
    key: 'coverage.work',
    label: { zh: '工作覆盖单位数', en: 'Units with party work' },
    definition: {
      zh: '有党组织或党建指导员的单位数（工作覆盖率的分子）',
      en: 'Units with a party organization or an instructor (numerator of work coverage)',
    },
    unit: UNITS,
    records: work,
  }),
  ratioFigure({
    key: 'coverage.organizationalRate',
    label: { zh: '党的组织覆盖率', en: 'Organizational coverage' },
    definition: {
      zh: '组织覆盖单位数 ÷ 两个覆盖单位数 × 100%，保留两位小数',
      en: 'Units with a party organization, per cent of the units to cover (two decimals)',
    },
    unit: { zh: '%', en: '%' },
    perYear: false,
    per: 100,
    digits: 2,
    numerator: { record: 'org_unit', permission: 'org.read', records: organizational },
    denominator: { records: all },
  }),
  ratioFigure({
    key: 'coverage.workRate',
    label: { zh: '党的工作覆盖率', en: 'Work coverage' },
    definition: {
      zh: '工作覆盖单位数 ÷ 两个覆盖单位数 × 100%，保留两位小数',
      en: 'Units with party work, per cent of the units to cover (two decimals)',
    },
    unit: { zh: '%', en: '%' },
    perYear: false,
    per: 100,
    digits: 2,
    numerator: { record: 'org_unit', permission: 'org.read', records: work },
    denominator: { records: all },
  }),
];
