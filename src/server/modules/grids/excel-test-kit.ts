import { count, eq, inArray } from 'drizzle-orm';
import { expect } from 'vitest';
import { buildSheet, importFile } from '../../../testing/excel';
import { type Session, sessionAs, testRegions } from '../../../testing/factories';
import { createHarness, type TestHarness } from '../../../testing/harness';
import { auditLog } from '../../platform/audit/tables';
import { households } from '../households/tables';
import { grids, gridWorkers } from './tables';

// Shared setup of the grids excel-*.int.test.ts files. Each file calls openHarness in beforeAll and
// closeHarness in afterAll, so each gets its own harness; the bindings are live once beforeAll has run.
export let h: TestHarness;
export let regions: Awaited<ReturnType<typeof testRegions>>;
export let county: Session;
export let township: Session;
export let gridWorker: Session;
export let v: string;
export let neighbour: string;
export const GRID_HEADERS = [
  '所属村',
  '网格层级',
  '网格名称',
  '上级网格',
  '网格员',
  '网格员电话',
  '联系党组织',
  '网格编码',
];
export const ASSIGN_HEADERS = ['户编号', '户主姓名', '小网格编码'];
export const db = () => h.services.database.db;
export const totals = async () => ({
  grids: (await db().select({ n: count() }).from(grids))[0].n,
  workers: (await db().select({ n: count() }).from(gridWorkers))[0].n,
});
export const gridNamed = async (name: string) =>
  (await db().select().from(grids).where(eq(grids.name, name)))[0];
export const audits = (action: string) => db().select().from(auditLog).where(eq(auditLog.action, action));
export const gridsOf = async (ids: string[]) =>
  new Map(
    (await db().select().from(households).where(inArray(households.id, ids))).map((r) => [r.id, r.gridId]),
  );
export const importGrids = async (rows: (string | null)[][]) =>
  importFile(h.app, township, '/api/grids/import', await buildSheet('网格', GRID_HEADERS, rows));
export const importAssignments = async (rows: (string | null)[][]) =>
  importFile(
    h.app,
    township,
    '/api/grids/assignments/import',
    await buildSheet('户网格归属', ASSIGN_HEADERS, rows),
  );

export const openHarness = async () => {
  h = await createHarness();
  regions = await testRegions(db());
  v = regions.ownVillage.code;
  county = await sessionAs(h.app, h.services, 'county_admin', regions.county);
  township = await sessionAs(h.app, h.services, 'township', regions.ownTownship.code);
  gridWorker = await sessionAs(h.app, h.services, 'grid_worker', v);
  neighbour = (await township.get(`/api/regions/${regions.ownTownship.code}/children`))
    .json()
    .items.map((r: { code: string }) => r.code)
    .find((c: string) => c !== v);
  for (const [session, name, level, regionCode] of [
    [township, '那坡屯党小组', 'group', v],
    [township, '那坡村党总支', 'general_branch', v],
    [county, '外镇党支部', 'branch', regions.otherVillage.code],
  ] as const) {
    const org = await session.post('/api/orgs', { name, level, kind: 'village', regionCode });
    expect(org.statusCode, org.body).toBe(201);
  }
};
export const closeHarness = () => h.close();
