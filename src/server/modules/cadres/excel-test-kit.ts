import { and, asc, count, eq } from 'drizzle-orm';
import { type Session, sessionAs, testRegions } from '../../../testing/factories';
import { createHarness, type TestHarness } from '../../../testing/harness';
import { auditLog } from '../../platform/audit/tables';
import { makeHousehold, nextIdNumber } from '../households/test-factories';
import { regions as regionsTable } from '../regions/tables';
import type { cadres, workTeamMembers, workTeams } from './tables';

// Shared setup of the cadres excel-*.int.test.ts files. Each file calls openHarness in beforeAll and
// closeHarness in afterAll, so each gets its own harness; the bindings are live once beforeAll has run.
export let h: TestHarness;
export let regions: Awaited<ReturnType<typeof testRegions>>;
export let county: Session;
export let township: Session;
export let village: Session;
export let gridWorker: Session;
export let secondVillage: string;
export let ownVillageLabel: string;

export const CADRE_HEADERS = [
  '所属村',
  '姓名',
  '身份证号',
  '职务',
  '任职日期',
  '离任日期',
  '背景类别',
  '后备干部',
];
export const TEAM_HEADERS = [
  '驻村',
  '工作队名称',
  '派出单位',
  '派出层级',
  '队员姓名',
  '联系电话',
  '队内职务',
  '开始日期',
  '结束日期',
];

export const db = () => h.services.database.db;
export const person = async (s: Session, name: string, villageCode: string) => {
  const idNumber = nextIdNumber();
  const household = await makeHousehold(s, villageCode, { name, idNumber });
  return { name, idNumber, personId: household.headPersonId };
};
export const total = async (table: typeof cadres | typeof workTeams | typeof workTeamMembers) =>
  (await db().select({ n: count() }).from(table))[0].n;
export const audits = (action: string) => db().select().from(auditLog).where(eq(auditLog.action, action));

export const openHarness = async () => {
  h = await createHarness();
  regions = await testRegions(db());
  county = await sessionAs(h.app, h.services, 'county_admin', regions.county);
  township = await sessionAs(h.app, h.services, 'township', regions.ownTownship.code);
  village = await sessionAs(h.app, h.services, 'village', regions.ownVillage.code);
  gridWorker = await sessionAs(h.app, h.services, 'grid_worker', regions.ownVillage.code);
  const villages = await db()
    .select({ code: regionsTable.code })
    .from(regionsTable)
    .where(and(eq(regionsTable.parentCode, regions.ownTownship.code), eq(regionsTable.level, 'village')))
    .orderBy(asc(regionsTable.code));
  secondVillage = villages[1].code;
  ownVillageLabel = `${regions.ownTownship.name}/${regions.ownVillage.name}`;
};
export const closeHarness = () => h.close();
