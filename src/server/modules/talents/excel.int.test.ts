import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSheet, importFile, readWorkbook, sheetRows, uploadTo } from '../../../testing/excel';
import { type Session, sessionAs, testRegions } from '../../../testing/factories';
import { createHarness, type TestHarness } from '../../../testing/harness';
import { auditLog } from '../../platform/audit/tables';
import { makeHousehold, nextIdNumber } from '../households/test-factories';
import { talents } from './tables';

let h: TestHarness;
let regions: Awaited<ReturnType<typeof testRegions>>;
let township: Session;
let village: Session;
let cadre: Session;
let v: string;
let villageLabel: string;
const HEADERS = ['所属村', '姓名', '身份证号', '联系电话', '人才类别', '称号', '特长说明'];
const total = async () => (await h.services.database.db.select({ n: count() }).from(talents))[0].n;
const audits = async (action: string) =>
  h.services.database.db.select().from(auditLog).where(eq(auditLog.action, action));
const upload = (s: Session, rows: (string | number | null)[][]) =>
  buildSheet('人才', HEADERS, rows).then((file) => importFile(h.app, s, '/api/talents/import', file));
const exported = async (s: Session, query: string) => {
  const res = await s.get(`/api/talents/export?${query}`);
  expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
  // Empty cells come back as holes: read them as ''.
  return sheetRows(await readWorkbook(res.rawPayload), '人才').map((r) => Array.from(r, (x) => x ?? ''));
};

// Villagers of the households registry, by ID number.
const huang = { name: '黄秀芳', idNumber: nextIdNumber() };
const lu = { name: '陆强', idNumber: nextIdNumber() };
const wei = { name: '韦明', idNumber: nextIdNumber() };
const outsider = { name: '外镇人', idNumber: nextIdNumber() };

beforeAll(async () => {
  h = await createHarness();
  regions = await testRegions(h.services.database.db);
  v = regions.ownVillage.code;
  villageLabel = `${regions.ownTownship.name}/${regions.ownVillage.name}`;
  township = await sessionAs(h.app, h.services, 'township', regions.ownTownship.code);
  village = await sessionAs(h.app, h.services, 'village', v);
  cadre = await sessionAs(h.app, h.services, 'stationed_cadre', v);
  const county = await sessionAs(h.app, h.services, 'county_admin', regions.county);
  await makeHousehold(township, v, huang);
  await makeHousehold(township, v, lu);
  await makeHousehold(township, v, wei);
  await makeHousehold(county, regions.otherVillage.code, outsider);
});
afterAll(() => h.close());

describe('talents in Excel', () => {
  it('offers a template with the survey form’s columns, drop-downs and an instructions sheet', async () => {
    const res = await village.get('/api/talents/import/template');
    expect(res.statusCode).toBe(200);
    const workbook = await readWorkbook(res.rawPayload);
    expect(sheetRows(workbook, '人才')[0]).toEqual([
      '所属村*',
      '姓名*',
      '身份证号',
      '联系电话',
      '人才类别*',
      '称号',
      '特长说明',
    ]);
    const sheet = workbook.getWorksheet('人才')!;
    expect(sheet.getCell('E2').dataValidation).toMatchObject({
      type: 'list',
      formulae: ['"种植,养殖,加工,非遗传承,电商直播,经营管理,市场营销,能工巧匠"'],
    });
    expect(sheet.getCell('A2').dataValidation.formulae?.[0]).toContain(regions.ownVillage.name);
    expect(sheet.getCell('C2').numFmt).toBe('@');
    const help = sheetRows(workbook, '填表说明').flat().join('\n');
    expect(help).toContain('村级摸排');
    expect(help).toContain('身份证号');
  });

  it('records a village survey as drafts, as the form does, linking villagers by ID number', async () => {
    const before = await total();
    const job = await upload(village, [
      [v, huang.name, huang.idNumber, '13912345678', '电商直播', '乡创客', '带货芒果'],
      [villageLabel, '外来技术员', null, null, '种植', '土专家、田秀才', null],
    ]);
    expect(job.status, JSON.stringify(job)).toBe('done');
    expect(job.summary).toEqual({ talents: 2 });
    expect(await total()).toBe(before + 2);
    const list = (await village.get('/api/talents?category=ecommerce')).json();
    expect(list.items[0]).toMatchObject({
      name: huang.name,
      status: 'draft',
      tags: ['乡创客'],
      phoneMasked: '139****5678',
      regionCode: v,
    });
    expect(list.items[0].personId).not.toBeNull();
    const expert = (await village.get('/api/talents?category=planting')).json().items[0];
    expect(expert).toMatchObject({ name: '外来技术员', personId: null, tags: ['土专家', '田秀才'] });
    expect((await audits('talent.import'))[0].diff).toMatchObject({ talents: 2 });
    expect(await audits('talent.import')).toHaveLength(1);
    expect(await audits('talent.create')).toHaveLength(2);
  });

  it('rejects every kind of bad row at its row and column and writes nothing', async () => {
    const before = await total();
    const job = await upload(township, [
      [v, '韦小明', wei.idNumber, null, '种植', null, null],
      [regions.otherVillage.code, '某人', null, null, '种植', null, null],
      [v, '某人', null, '123', '炒股', '大师', null],
      [
        v,
        '某人',
        `${lu.idNumber.slice(0, 17)}${lu.idNumber.endsWith('1') ? '2' : '1'}`,
        null,
        '种植',
        null,
        null,
      ],
      [v, huang.name, huang.idNumber, null, '种植', null, null],
      [v, lu.name, lu.idNumber, null, '养殖', null, null],
      [v, lu.name, lu.idNumber, null, '养殖', null, null],
      [v, outsider.name, outsider.idNumber, null, '种植', null, null],
      [v, '外来技术员', null, null, '加工', null, null],
      [v, '新能人', null, null, '加工', null, null],
      [v, '新能人', null, null, '加工', null, null],
      [v, null, null, null, null, null, 'x'.repeat(501)],
    ]);
    expect(job.status).toBe('rejected');
    expect(job.errors).toEqual([
      '第2行 B列（姓名）：姓名与农户登记不一致（登记为“韦明”）',
      '第3行 A列（所属村）：村不存在或不在您的管辖范围内',
      '第4行 E列（人才类别）：人才类别不在下拉列表中',
      '第4行 F列（称号）：称号“大师”无法识别，可填：土专家、田秀才、乡创客',
      '第4行 D列（联系电话）：手机号应为11位，以1开头',
      '第5行 C列（身份证号）：身份证号校验位不正确',
      '第6行 C列（身份证号）：此人已在人才库中，请在原记录上修改',
      '第8行 C列（身份证号）：与第7行是同一人',
      // A villager of another township reads as one who is not registered.
      '第9行 C列（身份证号）：农户中没有此身份证号的人员（或不在您的管辖范围内），外来人才可不填身份证号',
      '第10行 B列（姓名）：该村人才库中已有“外来技术员”；如是同名的另一人，请填写身份证号',
      '第12行 B列（姓名）：与第11行同村同名；如是两个人，请填写身份证号',
      '第13行 B列（姓名）：请填写姓名',
      '第13行 E列（人才类别）：请选择人才类别',
      '第13行 G列（特长说明）：特长说明最多500字',
    ]);
    expect(await total()).toBe(before);
  });

  it('exports with the list’s filters, the review status and the last step, numbers masked', async () => {
    const expert = (await village.get('/api/talents?category=planting')).json().items[0];
    expect((await village.post(`/api/talents/${expert.id}/submit`)).statusCode).toBe(200);
    const [headers, ...rows] = await exported(township, 'status=surveyed');
    expect(headers).toEqual([
      ...HEADERS,
      '审核状态',
      '最近环节',
      '办理结果',
      '办理人',
      '办理时间',
      '办理意见',
    ]);
    expect(rows).toHaveLength(1);
    expect(rows[0].slice(0, 9)).toEqual([
      villageLabel,
      '外来技术员',
      '',
      '',
      '种植',
      '土专家、田秀才',
      '',
      '村级已摸排',
      '村级摸排',
    ]);
    expect(rows[0][9]).toBe('提交');
    expect(rows[0][10]).toMatch(/^测试用户\d+$/);
    expect(rows[0][11]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    const [, draft] = await exported(township, 'status=draft&category=ecommerce');
    expect(draft.slice(0, 4)).toEqual([
      villageLabel,
      huang.name,
      `${huang.idNumber.slice(0, 4)}**********${huang.idNumber.slice(-4)}`,
      '139****5678',
    ]);
    expect(draft[7]).toBe('草稿');
    expect(draft.slice(8).filter(Boolean)).toEqual([]);
    expect(await audits('talent.export')).toHaveLength(2);
  });

  it('exports full numbers only to a role that may reveal them, with a purpose, audited', async () => {
    const [, full] = await exported(township, 'category=ecommerce&reveal=true&purpose=人才对接');
    expect(full.slice(2, 4)).toEqual([huang.idNumber, '13912345678']);
    const [audit] = await audits('talent.export_unmasked');
    expect(audit.diff).toMatchObject({
      filters: { category: 'ecommerce', purpose: '人才对接', reveal: true },
    });
    expect((await township.get('/api/talents/export?reveal=true')).statusCode).toBe(422);
    expect((await cadre.get('/api/talents/export?reveal=true&purpose=人才对接')).statusCode).toBe(422);
  });

  it('refuses the template and the import to a role that may not survey talents', async () => {
    const worker = await sessionAs(h.app, h.services, 'grid_worker', v);
    expect((await worker.get('/api/talents/import/template')).statusCode).toBe(403);
    const file = await buildSheet('人才', HEADERS, [[v, '某人', null, null, '种植', null, null]]);
    expect((await uploadTo(h.app, worker, '/api/talents/import', file)).statusCode).toBe(403);
    expect((await worker.get('/api/talents/export')).statusCode).toBe(200);
  });
});
