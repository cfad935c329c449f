import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSheet, importFile, readWorkbook, sheetRows } from '../../testing/excel';
import { type Session, sessionAs, testRegions } from '../../testing/factories';
import { createHarness, type TestHarness } from '../../testing/harness';
import { partyOrgs } from './tables';

let h: TestHarness;
let regions: Awaited<ReturnType<typeof testRegions>>;
let township: Session;
let gridWorker: Session;
const HEADERS = ['组织名称', '组织层级', '组织类别', '所属区划', '上级党组织', '成立日期'];
const orgs = async () => (await h.services.database.db.select({ n: count() }).from(partyOrgs))[0].n;

beforeAll(async () => {
  h = await createHarness();
  regions = await testRegions(h.services.database.db);
  township = await sessionAs(h.app, h.services, 'township', regions.ownTownship.code);
  gridWorker = await sessionAs(h.app, h.services, 'grid_worker', regions.ownVillage.code);
});
afterAll(() => h.close());

describe('party organizations in Excel', () => {
  it('imports a tree top-down, parents taken from earlier rows of the same file', async () => {
    const before = await orgs();
    const job = await importFile(
      h.app,
      township,
      '/api/orgs/import',
      await buildSheet('党组织', HEADERS, [
        ['平马镇党委', '党委', '乡镇机关', regions.ownTownship.code, null, '1990-07-01'],
        ['广场社区党总支', '党总支', '村（社区）党组织', regions.ownVillage.code, '平马镇党委', null],
        [
          '广场社区第一党支部',
          '党支部',
          '村（社区）党组织',
          regions.ownVillage.code,
          '广场社区党总支',
          '2019/7/1',
        ],
        ['芒果产业党小组', '党小组', '功能型党小组', regions.ownVillage.code, '广场社区第一党支部', null],
      ]),
    );
    expect(job.status, JSON.stringify(job)).toBe('done');
    expect(await orgs()).toBe(before + 4);
    const tree = (
      await township.get('/api/orgs?q=%E5%B9%BF%E5%9C%BA%E7%A4%BE%E5%8C%BA%E7%AC%AC%E4%B8%80')
    ).json();
    expect(tree.items[0]).toMatchObject({ level: 'branch', establishedOn: '2019-07-01' });
    const res = await township.get('/api/orgs/export?level=branch');
    const rows = sheetRows(await readWorkbook(res.rawPayload), '党组织');
    expect(rows.find((r) => r[0] === '广场社区第一党支部')?.[4]).toBe('广场社区党总支');
  });

  it('rejects a level not below its parent, a region outside scope and an unknown parent, writing nothing', async () => {
    const before = await orgs();
    const job = await importFile(
      h.app,
      township,
      '/api/orgs/import',
      await buildSheet('党组织', HEADERS, [
        ['新党支部', '党支部', '村（社区）党组织', regions.ownVillage.code, null, null],
        ['新党委', '党委', '村（社区）党组织', regions.ownVillage.code, '新党支部', null],
        ['外镇支部', '党支部', '村（社区）党组织', regions.otherVillage.code, null, null],
        ['孤儿小组', '党小组', '功能型党小组', regions.ownVillage.code, '不存在的支部', null],
        ['新党支部', '支部', '其他', regions.ownVillage.code, null, null],
      ]),
    );
    expect(job.status).toBe('rejected');
    const text = job.errors.join('\n');
    expect(text).toContain('第4行 D列（所属区划）：区划不存在或不在您的管辖范围内');
    expect(text).toContain('第5行 E列（上级党组织）');
    expect(text).toContain('第6行 A列（组织名称）：与第2行的组织同名');
    expect(text).toContain('第6行 B列（组织层级）');
    expect(text).toContain('第6行 C列（组织类别）');
    expect(await orgs()).toBe(before);
  });

  it("applies createOrg's own rules per row (a 党委 under a 党支部), with the row and column", async () => {
    const job = await importFile(
      h.app,
      township,
      '/api/orgs/import',
      await buildSheet('党组织', HEADERS, [
        ['下级党委', '党委', '村（社区）党组织', regions.ownVillage.code, '广场社区第一党支部', null],
      ]),
    );
    expect(job.status).toBe('rejected');
    expect(job.errors[0]).toMatch(/^第2行 [A-F]列（.+）：/);
  });

  it('refuses template and import to a grid worker', async () => {
    expect((await gridWorker.get('/api/orgs/import/template')).statusCode).toBe(403);
  });
});
