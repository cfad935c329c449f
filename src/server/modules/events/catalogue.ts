import { eq } from 'drizzle-orm';
import type { Department } from '../../../contracts/roles';
import type { AuditWho } from '../../platform/audit/write';
import { writeAudit } from '../../platform/audit/write';
import { newId } from '../../platform/auth/session';
import type { Db } from '../../platform/db/types';
import { countyCodeOf } from '../../platform/scope';
import { importedCounties } from '../regions/region-view';
import { seedServiceCatalogue } from './service-catalogue';
import { eventCategories, type HandlingLevel, type RequiredField, type StageLimits } from './tables';

// The default event categories of a county (CATALOGUES.md §5), written once when its regions are
// imported; the county edits them on the categories page. The limits follow the catalogue's
// second table: accept within a working day, the village within 3 days, the township or a
// department signs for a dispatch within a working day and handles within 5, the township reviews
// within 2; urgent categories count in hours.

interface DefaultCategory {
  code: string;
  name: string;
  description: string;
  level: HandlingLevel;
  departments: Department[];
  limits?: StageLimits;
  required?: RequiredField[];
  urgent?: boolean;
}

export const GENERAL_LIMITS: StageLimits = {
  accept: { amount: 1, unit: 'wd' },
  village: { amount: 3, unit: 'd' },
  township: { amount: 5, unit: 'wd' },
  acknowledge: { amount: 1, unit: 'wd' },
  handle: { amount: 5, unit: 'wd' },
  review: { amount: 2, unit: 'wd' },
};

const URGENT_LIMITS: StageLimits = {
  accept: { amount: 2, unit: 'h' },
  village: { amount: 2, unit: 'h' },
  township: { amount: 24, unit: 'h' },
  acknowledge: { amount: 2, unit: 'h' },
  handle: { amount: 24, unit: 'h' },
  review: { amount: 1, unit: 'wd' },
};

const DEFAULTS: DefaultCategory[] = [
  {
    code: 'E01',
    name: '矛盾纠纷',
    description: '邻里、土地、家庭纠纷：村调解委员会先行调解，调解不成报乡镇，由司法所、综治中心报到',
    level: 'village',
    departments: ['justice', 'comprehensive_governance'],
  },
  {
    code: 'E02',
    name: '治安隐患',
    description: '治安隐患、电信诈骗等：网格员报告，派出所报到',
    level: 'department',
    departments: ['public_security'],
  },
  {
    code: 'E03',
    name: '安全隐患',
    description: '火灾、燃气、危房、山体滑坡等：村先行处置，应急、消防、住建、自然资源部门报到',
    level: 'village',
    departments: ['emergency', 'fire', 'housing', 'natural_resources'],
    required: ['photo'],
  },
  {
    code: 'E04',
    name: '人居环境',
    description: '环境卫生、污染：村先行处置，乡镇环卫、生态环境部门报到',
    level: 'village',
    departments: ['ecology'],
    required: ['photo'],
  },
  {
    code: 'E05',
    name: '基础设施',
    description: '道路、供水、供电、路灯、灌溉：村先行处置，交通、水利、供电部门报到；停水停电 24 小时内处置',
    level: 'village',
    departments: ['transport', 'water', 'power'],
    limits: { handle: { amount: 24, unit: 'h' } },
  },
  {
    code: 'E06',
    name: '困难救助、返贫风险',
    description: '生活困难、返贫致贫风险：村核实，民政、乡村振兴部门报到',
    level: 'village',
    departments: ['civil_affairs', 'rural_revitalization'],
    required: ['household'],
  },
  {
    code: 'E07',
    name: '卫生健康',
    description: '疾病、疫情：村医先行处置，卫健部门报到',
    level: 'village',
    departments: ['health'],
  },
  {
    code: 'E08',
    name: '教育、未成年人',
    description: '上学、留守儿童：村先行处置，教育部门、妇联报到',
    level: 'village',
    departments: ['education', 'women_federation'],
  },
  {
    code: 'E09',
    name: '就业社保、欠薪',
    description: '就业、社会保险、拖欠工资：村受理，人社部门报到',
    level: 'village',
    departments: ['human_resources'],
  },
  {
    code: 'E10',
    name: '农业、土地',
    description: '农业生产、土地、动物疫病：村先行处置，农业农村、自然资源部门报到',
    level: 'village',
    departments: ['agriculture', 'natural_resources'],
  },
  {
    code: 'E11',
    name: '食品药品',
    description: '食品药品、市场秩序：网格员报告，市场监管部门报到',
    level: 'department',
    departments: ['market_regulation'],
  },
  {
    code: 'E12',
    name: '残疾人服务',
    description: '残疾人证、两项补贴等：村受理，残联报到',
    level: 'village',
    departments: ['disability'],
  },
  {
    code: 'E13',
    name: '村务、干部作风',
    description: '村务公开、干部作风问题：由乡镇办理，纪委监委报到',
    level: 'township',
    departments: ['discipline'],
  },
  {
    code: 'E14',
    name: '咨询、建议',
    description: '政策咨询、意见建议：村答复，2 个工作日内回复',
    level: 'village',
    departments: [],
    limits: { village: { amount: 2, unit: 'wd' } },
  },
  {
    code: 'E15',
    name: '突发事件',
    description:
      '自然灾害、群体性事件、公共卫生事件：立即报告乡镇和县，2 小时内响应；危及生命财产请先拨打 110、119、120',
    level: 'township',
    departments: ['emergency'],
    limits: URGENT_LIMITS,
    urgent: true,
  },
];

export const defaultCategoryRows = (countyRegion: string) =>
  DEFAULTS.map((c, i) => ({
    id: newId(),
    regionCode: countyRegion,
    code: c.code,
    name: c.name,
    description: c.description,
    handlingLevel: c.level,
    departments: c.departments,
    limits: { ...GENERAL_LIMITS, ...(c.limits ?? {}) },
    requiredFields: c.required ?? [],
    urgent: c.urgent ?? false,
    sort: i + 1,
  }));

/** Writes the default categories for a county that has none yet; returns how many were written. */
export const seedEventCatalogue = async (tx: Db, who: AuditWho, countyCode: string): Promise<number> => {
  const countyRegion = countyCodeOf(countyCode);
  const [any] = await tx
    .select({ id: eventCategories.id })
    .from(eventCategories)
    .where(eq(eventCategories.regionCode, countyRegion))
    .limit(1);
  if (any) return 0;
  const rows = defaultCategoryRows(countyRegion);
  await tx.insert(eventCategories).values(rows);
  await writeAudit(tx, who, {
    action: 'events.catalogue.seed',
    entity: 'event_category',
    regionCode: countyRegion,
    diff: { categories: rows.map((r) => `${r.code} ${r.name}`) },
  });
  return rows.length;
};

/**
 * At start-up: the default categories and service list (服务清单) for every imported county that has
 * none (databases from before events); returns how many rows were written.
 */
export const seedMissingEventCatalogues = async (db: Db): Promise<number> => {
  let written = 0;
  const who = { actor: null, meta: { requestId: 'startup', ip: null } };
  for (const code of await importedCounties(db))
    written += await db.transaction(
      async (tx) =>
        (await seedEventCatalogue(tx as unknown as Db, who, code)) +
        (await seedServiceCatalogue(tx as unknown as Db, who, code)),
    );
  return written;
};
