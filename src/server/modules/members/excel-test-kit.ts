import { count } from 'drizzle-orm';
import { expect } from 'vitest';
import { buildSheet } from '../../../testing/excel';
import { type Session, sessionAs, testRegions } from '../../../testing/factories';
import { createHarness, type TestHarness } from '../../../testing/harness';
import { adultIdNumber, makeHousehold } from '../households/test-factories';
import { developmentRecords, developmentSteps, partyMembers } from './tables';

// Shared setup of the members excel-*.int.test.ts files. Each file calls openHarness in beforeAll and
// closeHarness in afterAll, so each gets its own harness; the bindings are live once beforeAll has run.
export let h: TestHarness;
export let regions: Awaited<ReturnType<typeof testRegions>>;
export let county: Session;
export let township: Session;
export let gridWorker: Session;

export const HEADERS = [
  '姓名',
  '身份证号',
  '所属党组织',
  '党员类别',
  '入党日期',
  '转正日期',
  '岗位',
  '岗位职责',
  '一句话承诺',
  '承诺状态',
  '党员户挂牌',
];

export const branch = async (s: Session, name: string, regionCode: string, level = 'branch') => {
  const res = await s.post('/api/orgs', { name, level, kind: 'village', regionCode });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string };
};
/** A person of the households registry (the head of a new household) with a known ID number. */
export const person = async (s: Session, name: string, village: string, idNumber = adultIdNumber()) => {
  await makeHousehold(s, village, { name, idNumber });
  return { name, idNumber };
};
export const members = async () =>
  (await h.services.database.db.select({ n: count() }).from(partyMembers))[0].n;
export const file = (rows: (string | null)[][]) => buildSheet('党员', HEADERS, rows);

export const openHarness = async () => {
  h = await createHarness();
  regions = await testRegions(h.services.database.db);
  county = await sessionAs(h.app, h.services, 'county_admin', regions.county);
  township = await sessionAs(h.app, h.services, 'township', regions.ownTownship.code);
  gridWorker = await sessionAs(h.app, h.services, 'grid_worker', regions.ownVillage.code);
  await branch(township, '那坡村党支部', regions.ownVillage.code);
  await branch(township, '那坡村第一党小组', regions.ownVillage.code, 'group');
  await branch(county, '外镇党支部', regions.otherVillage.code);
};
export const closeHarness = () => h.close();

export const DEV_HEADERS = [
  '姓名',
  '身份证号',
  '所属党组织',
  '当前阶段',
  '申请入党日期',
  '申请入党负责人',
  '确定积极分子日期',
  '积极分子负责人',
  '确定发展对象日期',
  '发展对象负责人',
  '接收预备党员日期',
  '接收预备党员负责人',
  '转正日期',
  '转正负责人',
];
type Cell = string | Date | null;
/** One pipeline row: who, branch, current stage, then [date, responsible] of each stage reached. */
export const devRow = (p: { name: string; idNumber: string }, stage: string, ...steps: [Cell, Cell][]) => {
  const cells: Cell[] = [p.name, p.idNumber, '那坡村党支部', stage, ...steps.flat()];
  while (cells.length < DEV_HEADERS.length) cells.push(null);
  return cells as string[];
};
export const devFile = (rows: string[][]) => buildSheet('发展党员', DEV_HEADERS, rows);
export const tableCounts = async () => {
  const db = h.services.database.db;
  const [[records], [steps], [partyRows]] = await Promise.all([
    db.select({ n: count() }).from(developmentRecords),
    db.select({ n: count() }).from(developmentSteps),
    db.select({ n: count() }).from(partyMembers),
  ]);
  return { records: records.n, steps: steps.n, members: partyRows.n };
};
