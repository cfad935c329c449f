import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit/tables';
import { buildSheet, importFile, readWorkbook, sheetRows } from '../../testing/excel';
import { type Session, sessionAs, testRegions } from '../../testing/factories';
import { createHarness, type TestHarness } from '../../testing/harness';
import { makeHousehold, nextIdNumber } from '../households/test-factories';
import { talents } from './tables';

let h: TestHarness;
let regions: Awaited<ReturnType<typeof testRegions>>;
let township: Session;
let village: Session;
const HEADERS = ['所属村', '姓名', '身份证号', '联系电话', '人才类别', '称号', '特长说明'];
const total = async () => (await h.services.database.db.select({ n: count() }).from(talents))[0].n;

beforeAll(async () => {
  h = await createHarness();
  regions = await testRegions(h.services.database.db);
  township = await sessionAs(h.app, h.services, 'township', regions.ownTownship.code);
  village = await sessionAs(h.app, h.services, 'village', regions.ownVillage.code);
});
afterAll(() => h.close());

describe('talents in Excel', () => {
  it('records a village survey as drafts, linking a villager by ID number', async () => {
    const idNumber = nextIdNumber();
    await makeHousehold(township, regions.ownVillage.code, { name: '黄秀芳', idNumber });
    const before = await total();
    const job = await importFile(
      h.app,
      village,
      '/api/talents/import',
      await buildSheet('人才', HEADERS, [
        [regions.ownVillage.code, '黄秀芳', idNumber, '13912345678', '电商直播', '乡创客', '带货芒果'],
        [regions.ownVillage.code, '外来技术员', null, null, '种植', '土专家、田秀才', null],
      ]),
    );
    expect(job.status, JSON.stringify(job)).toBe('done');
    expect(await total()).toBe(before + 2);
    const list = (await village.get('/api/talents?category=ecommerce')).json();
    expect(list.items[0]).toMatchObject({ name: '黄秀芳', status: 'draft', tags: ['乡创客'] });
    expect(list.items[0].personId).not.toBeNull();
  });

  it('rejects unknown categories and titles, a name that does not match and another township, writing nothing', async () => {
    const idNumber = nextIdNumber();
    await makeHousehold(township, regions.ownVillage.code, { name: '陆强', idNumber });
    const before = await total();
    const job = await importFile(
      h.app,
      township,
      '/api/talents/import',
      await buildSheet('人才', HEADERS, [
        [regions.ownVillage.code, '陆小强', idNumber, null, '种植', null, null],
        [regions.otherVillage.code, '外镇人', null, null, '种植', null, null],
        [regions.ownVillage.code, '某人', null, '123', '炒股', '大师', null],
      ]),
    );
    expect(job.status).toBe('rejected');
    expect(job.errors).toEqual([
      '第2行 B列（姓名）：姓名与农户登记不一致（登记为“陆强”）',
      '第3行 A列（所属村）：村不存在或不在您的管辖范围内',
      '第4行 D列（联系电话）：联系电话应为11位手机号',
      '第4行 E列（人才类别）：人才类别不在下拉列表中',
      '第4行 F列（称号）：称号“大师”无法识别，可填：土专家、田秀才、乡创客',
    ]);
    expect(await total()).toBe(before);
  });

  it('exports with the status filter and masked phones, audited', async () => {
    const res = await township.get('/api/talents/export?status=draft');
    const rows = sheetRows(await readWorkbook(res.rawPayload), '人才');
    expect(rows.find((r) => r[1] === '黄秀芳')?.[3]).toBe('139****5678');
    expect(rows.slice(1).every((r) => r[7] === '草稿')).toBe(true);
    const audits = await h.services.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'talent.export'));
    expect(audits).toHaveLength(1);
  });
});
