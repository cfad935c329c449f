import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSheet, importFile, readWorkbook, sheetRows, uploadTo } from '../../../testing/excel';
import { type Session, sessionAs, testRegions } from '../../../testing/factories';
import { createHarness, type TestHarness } from '../../../testing/harness';
import { auditLog } from '../../platform/audit/tables';
import { partyOrgs } from './tables';

let h: TestHarness;
let regions: Awaited<ReturnType<typeof testRegions>>;
let township: Session;
let gridWorker: Session;
let v: string;
const HEADERS = ['组织名称', '组织层级', '组织类别', '所属区划', '上级党组织', '成立日期', '排序号'];
const VILLAGE = '村（社区）党组织';
const orgs = async () => (await h.services.database.db.select({ n: count() }).from(partyOrgs))[0].n;
const audits = async (action: string) =>
  h.services.database.db.select().from(auditLog).where(eq(auditLog.action, action));
const upload = (rows: (string | number | null)[][], s = township) =>
  buildSheet('党组织', HEADERS, rows).then((file) => importFile(h.app, s, '/api/orgs/import', file));
const named = async (name: string) =>
  (await township.get(`/api/orgs?q=${encodeURIComponent(name)}`))
    .json()
    .items.find((o: { name: string }) => o.name === name);

beforeAll(async () => {
  h = await createHarness();
  regions = await testRegions(h.services.database.db);
  v = regions.ownVillage.code;
  township = await sessionAs(h.app, h.services, 'township', regions.ownTownship.code);
  gridWorker = await sessionAs(h.app, h.services, 'grid_worker', v);
  const county = await sessionAs(h.app, h.services, 'county_admin', regions.county);
  const make = async (s: Session, body: Record<string, unknown>) => {
    const res = await s.post('/api/orgs', { kind: 'village', ...body });
    expect(res.statusCode, res.body).toBe(201);
    return res.json();
  };
  const general = await make(township, { name: '那坡村党总支', level: 'general_branch', regionCode: v });
  await make(township, { name: '那坡第一党支部', level: 'branch', regionCode: v, parentId: general.id });
  await make(county, { name: '外镇党支部', level: 'branch', regionCode: regions.otherVillage.code });
});
afterAll(() => h.close());

describe('party organizations in Excel', () => {
  it('offers a template with the create form’s columns, drop-downs and an instructions sheet', async () => {
    const res = await township.get('/api/orgs/import/template');
    expect(res.statusCode).toBe(200);
    const workbook = await readWorkbook(res.rawPayload);
    const [headers] = sheetRows(workbook, '党组织');
    expect(headers).toEqual([
      '组织名称*',
      '组织层级*',
      '组织类别*',
      '所属区划*',
      '上级党组织',
      '成立日期',
      '排序号',
    ]);
    const sheet = workbook.getWorksheet('党组织')!;
    expect(sheet.getCell('B2').dataValidation).toMatchObject({
      type: 'list',
      formulae: ['"党委,党总支,党支部,党小组"'],
    });
    expect(sheet.getCell('D2').dataValidation.formulae?.[0]).toMatch(/^选项!/);
    const places = sheetRows(workbook, '选项').map((r) => r[0]);
    expect(places).toContain(`${regions.ownTownship.name}/${regions.ownVillage.name}`);
    expect(sheet.getCell('E2').dataValidation.type).toBe('list');
    const help = sheetRows(workbook, '填表说明').flat().join('\n');
    expect(help).toContain('本表前面各行');
    expect(help).toContain('组织名称（必填）');
  });

  it('imports a tree top-down, parents from earlier rows or the database, with one audit row', async () => {
    const before = await orgs();
    const job = await upload([
      ['平马镇党委', '党委', '乡镇机关', regions.ownTownship.code, null, '1990-07-01', null],
      [
        '广场社区党总支',
        '党总支',
        VILLAGE,
        `${regions.ownTownship.name}/${regions.ownVillage.name}`,
        '平马镇党委',
      ],
      ['广场社区第一党支部', '党支部', VILLAGE, v, '广场社区党总支', '2019/7/1', 2],
      ['芒果产业党小组', '党小组', '功能型党小组', v, '广场社区第一党支部', null, null],
      ['那坡第二党支部', '党支部', VILLAGE, v, '那坡村党总支', null, null],
    ]);
    expect(job.status, JSON.stringify(job)).toBe('done');
    expect(job.summary).toEqual({ orgs: 5 });
    expect(await orgs()).toBe(before + 5);
    const [committee, general, branch, group, second] = await Promise.all(
      ['平马镇党委', '广场社区党总支', '广场社区第一党支部', '芒果产业党小组', '那坡第二党支部'].map(named),
    );
    expect(general).toMatchObject({ parentId: committee.id, regionCode: v });
    expect(branch).toMatchObject({ parentId: general.id, establishedOn: '2019-07-01', sortOrder: 2 });
    expect(group).toMatchObject({ parentId: branch.id, level: 'group', kind: 'functional' });
    expect(second.parentId).toBe((await named('那坡村党总支')).id);
    const [audit] = await audits('org.import');
    expect(audit.diff).toMatchObject({ orgs: 5 });
    expect(await audits('org.import')).toHaveLength(1);
  });

  it('rejects every kind of bad row at its row and column and writes nothing', async () => {
    const [before, auditsBefore] = [await orgs(), (await audits('org.create')).length];
    const job = await upload([
      ['新党支部', '党支部', VILLAGE, v, null, null, null],
      ['新党委', '党委', VILLAGE, v, '新党支部', null, null],
      ['外镇支部', '党支部', VILLAGE, regions.otherVillage.code, null, null, null],
      ['孤儿小组', '党小组', '功能型党小组', v, '不存在的支部', null, null],
      ['新党支部', '支部', '其他', v, null, '2020-13-01', 'abc'],
      ['第一党小组', '党小组', VILLAGE, v, '新党支部', null, null],
      ['第一党小组', '党小组', VILLAGE, v, '新党支部', null, null],
      ['那坡第一党支部', '党支部', VILLAGE, v, '那坡村党总支', null, null],
      ['挂外镇', '党小组', '功能型党小组', v, '外镇党支部', null, null],
      ['第二党支部', '党支部', VILLAGE, v, null, null, null],
      ['第一党小组', '党小组', VILLAGE, v, '第二党支部', null, null],
      ['某小组', '党小组', '功能型党小组', v, '第一党小组', null, null],
      [null, '党支部', VILLAGE, v, null, null, null],
    ]);
    expect(job.status).toBe('rejected');
    const unknownParent = '上级党组织不存在、不在您的管辖范围内，或未在本表前面的行中填写';
    expect(job.errors).toEqual([
      '第3行 B列（组织层级）：下级党组织的级别必须低于上级党组织',
      '第4行 D列（所属区划）：区划不存在或不在您的管辖范围内',
      `第5行 E列（上级党组织）：${unknownParent}`,
      '第6行 B列（组织层级）：组织层级应为党委、党总支、党支部或党小组',
      '第6行 C列（组织类别）：组织类别不在下拉列表中',
      '第6行 F列（成立日期）：成立日期格式不正确，如 2018-07-01',
      '第6行 G列（排序号）：排序号应为0–9999的整数',
      '第6行 A列（组织名称）：与第2行同名（同一上级党组织下不能有同名组织）',
      '第8行 A列（组织名称）：与第7行同名（同一上级党组织下不能有同名组织）',
      '第9行 A列（组织名称）：同一上级党组织下已有名为“那坡第一党支部”的组织',
      // Another township's organization reads as one that does not exist.
      `第10行 E列（上级党组织）：${unknownParent}`,
      '第13行 E列（上级党组织）：本表前面有2行名为“第一党小组”的组织（第7、12行），请写成“名称（村名）”以区分',
      '第14行 A列（组织名称）：请填写组织名称',
    ]);
    expect(await orgs()).toBe(before);
    expect(await audits('org.create')).toHaveLength(auditsBefore);
  });

  it('exports the filtered organizations in the template’s columns and in tree order, audited', async () => {
    const res = await township.get(`/api/orgs/export?kind=village&regionCode=${v}`);
    expect(res.statusCode).toBe(200);
    const [headers, ...rows] = sheetRows(await readWorkbook(res.rawPayload), '党组织');
    expect(headers).toEqual([...HEADERS, '党员数']);
    expect(rows.every((r) => r[2] === VILLAGE)).toBe(true);
    const names = rows.map((r) => r[0]);
    expect(names).not.toContain('芒果产业党小组');
    expect(names.indexOf('广场社区党总支')).toBeLessThan(names.indexOf('广场社区第一党支部'));
    expect(names.indexOf('那坡村党总支')).toBeLessThan(names.indexOf('那坡第一党支部'));
    expect(rows.find((r) => r[0] === '广场社区第一党支部')).toEqual([
      '广场社区第一党支部',
      '党支部',
      VILLAGE,
      `${regions.ownTownship.name}/${regions.ownVillage.name}`,
      '广场社区党总支',
      '2019-07-01',
      '2',
      '0',
    ]);
    expect(names).not.toContain('外镇党支部');
    expect((await audits('org.export'))[0].diff).toMatchObject({
      filters: { kind: 'village', regionCode: v },
    });
  });

  it('refuses the template and the import to a role that may not write organizations', async () => {
    expect((await gridWorker.get('/api/orgs/import/template')).statusCode).toBe(403);
    const file = await buildSheet('党组织', HEADERS, [['某支部', '党支部', VILLAGE, v, null, null, null]]);
    expect((await uploadTo(h.app, gridWorker, '/api/orgs/import', file)).statusCode).toBe(403);
  });
});
