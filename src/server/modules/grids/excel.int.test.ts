import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSheet, importFile, readWorkbook, sheetRows } from '../../testing/excel';
import { type Session, sessionAs, testRegions } from '../../testing/factories';
import { createHarness, type TestHarness } from '../../testing/harness';
import { households } from '../households/tables';
import { makeHousehold } from '../households/test-factories';
import { grids } from './tables';

let h: TestHarness;
let regions: Awaited<ReturnType<typeof testRegions>>;
let county: Session;
let township: Session;
const GRID_HEADERS = ['所属村', '网格层级', '网格名称', '上级网格', '网格员', '网格员电话', '联系党组织'];
const ASSIGN_HEADERS = ['户编号', '户主姓名', '小网格编码'];
const gridCount = async () => (await h.services.database.db.select({ n: count() }).from(grids))[0].n;
const gridNamed = async (name: string) =>
  (await h.services.database.db.select().from(grids).where(eq(grids.name, name)))[0];

beforeAll(async () => {
  h = await createHarness();
  regions = await testRegions(h.services.database.db);
  county = await sessionAs(h.app, h.services, 'county_admin', regions.county);
  township = await sessionAs(h.app, h.services, 'township', regions.ownTownship.code);
  const org = await township.post('/api/orgs', {
    name: '那坡屯党小组',
    level: 'group',
    kind: 'village',
    regionCode: regions.ownVillage.code,
  });
  expect(org.statusCode, org.body).toBe(201);
});
afterAll(() => h.close());

describe('grids in Excel', () => {
  it('imports three tiers top-down with workers and a bound party group; codes follow the rule', async () => {
    const v = regions.ownVillage.code;
    const job = await importFile(
      h.app,
      township,
      '/api/grids/import',
      await buildSheet('网格', GRID_HEADERS, [
        [v, '大网格（村）', '那坡村网格', null, '黄网格', '13700001111', null],
        [v, '中网格', '那坡屯寨管委', '那坡村网格', null, null, null],
        [v, '小网格（十联户）', '那坡屯一组十联户', '那坡屯寨管委', '韦联户', null, '那坡屯党小组'],
        [v, '十联户', '那坡屯二组十联户', '那坡屯寨管委', null, null, null],
      ]),
    );
    expect(job.status, JSON.stringify(job)).toBe('done');
    const big = await gridNamed('那坡村网格');
    const small = await gridNamed('那坡屯一组十联户');
    expect(big.code).toBe(`${v}0000`);
    expect(small.code).toMatch(new RegExp(`^${v}\\d{2}\\d{2}$`));
    expect(small.code.slice(0, 14)).toBe((await gridNamed('那坡屯寨管委')).code.slice(0, 14));
    const card = (await township.get(`/api/grids/${small.id}/card`)).json();
    expect(card.grid.partyOrg?.name ?? card.partyOrg?.name).toBe('那坡屯党小组');
  });

  it('rejects a small grid without a parent, an unknown parent and a bad phone, writing nothing', async () => {
    const before = await gridCount();
    const v = regions.ownVillage.code;
    const job = await importFile(
      h.app,
      township,
      '/api/grids/import',
      await buildSheet('网格', GRID_HEADERS, [
        [v, '小网格', '无上级十联户', null, null, null, null],
        [v, '中网格', '孤寨', '不存在网格', null, null, null],
        [v, '大网格', '重复大网格', null, '某人', '123', null],
        [regions.otherVillage.code, '大网格', '外镇网格', null, null, null, null],
      ]),
    );
    expect(job.status).toBe('rejected');
    const text = job.errors.join('\n');
    expect(text).toContain('第2行 D列（上级网格）：中网格、小网格须填写上级网格');
    expect(text).toContain('第3行 D列（上级网格）');
    expect(text).toContain('第4行 F列（网格员电话）');
    expect(text).toContain('第5行 A列（所属村）');
    expect(await gridCount()).toBe(before);
  });

  it('assigns households to small grids in one step, moving one that sat elsewhere', async () => {
    const v = regions.ownVillage.code;
    const a = await makeHousehold(township, v, { name: '覃一户' });
    const b = await makeHousehold(township, v, { name: '覃二户' });
    const one = await gridNamed('那坡屯一组十联户');
    const two = await gridNamed('那坡屯二组十联户');
    await township.post(`/api/grids/${one.id}/households`, { householdIds: [b.id] });
    const job = await importFile(
      h.app,
      township,
      '/api/grids/assignments/import',
      await buildSheet('户网格归属', ASSIGN_HEADERS, [
        [a.householdNo, '覃一户', one.code],
        [b.householdNo, '覃二户', two.code],
      ]),
    );
    expect(job.status, JSON.stringify(job)).toBe('done');
    expect(job.summary).toEqual({ households: 2, moved: 1 });
    const rows = await h.services.database.db.select().from(households).where(eq(households.regionCode, v));
    expect(rows.find((r) => r.id === a.id)?.gridId).toBe(one.id);
    expect(rows.find((r) => r.id === b.id)?.gridId).toBe(two.id);
    const res = await township.get(`/api/grids/assignments/export?regionCode=${v}`);
    const sheet = sheetRows(await readWorkbook(res.rawPayload), '户网格归属');
    expect(sheet.find((r) => r[0] === b.householdNo)?.slice(1, 4)).toEqual([
      '覃二户',
      two.code,
      '那坡屯二组十联户',
    ]);
  });

  it('rejects a wrong head name, a grid that is not small, another village and the same household twice', async () => {
    const v = regions.ownVillage.code;
    const a = await makeHousehold(township, v, { name: '罗三户' });
    const foreign = await makeHousehold(county, regions.otherVillage.code, { name: '外镇户' });
    const one = await gridNamed('那坡屯一组十联户');
    const middle = await gridNamed('那坡屯寨管委');
    const job = await importFile(
      h.app,
      township,
      '/api/grids/assignments/import',
      await buildSheet('户网格归属', ASSIGN_HEADERS, [
        [a.householdNo, '罗四户', one.code],
        [a.householdNo, '罗三户', one.code],
        [foreign.householdNo, '外镇户', one.code],
        ['NOPE-1', '某', middle.code],
      ]),
    );
    expect(job.status).toBe('rejected');
    expect(job.errors).toEqual([
      '第2行 B列（户主姓名）：户主姓名与登记不一致（登记为“罗三户”）',
      '第3行 A列（户编号）：与第2行是同一户',
      '第4行 A列（户编号）：户编号不存在或不在您的管辖范围内',
      '第5行 A列（户编号）：户编号不存在或不在您的管辖范围内',
      '第5行 C列（小网格编码）：只能把农户分配到小网格（十联户）',
    ]);
  });

  it('exports the grid roster with codes, workers and household counts', async () => {
    const res = await township.get(`/api/grids/export?regionCode=${regions.ownVillage.code}`);
    const rows = sheetRows(await readWorkbook(res.rawPayload), '网格');
    const big = rows.find((r) => r[2] === '那坡村网格');
    expect(big?.[4]).toBe('黄网格');
    expect(big?.[7]).toBe(`${regions.ownVillage.code}0000`);
  });
});
