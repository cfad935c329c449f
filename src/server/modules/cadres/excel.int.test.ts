import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSheet, importFile, readWorkbook, sheetRows } from '../../testing/excel';
import { type Session, sessionAs, testRegions } from '../../testing/factories';
import { createHarness, type TestHarness } from '../../testing/harness';
import { makeHousehold, nextIdNumber } from '../households/test-factories';
import { cadres, workTeamMembers, workTeams } from './tables';

let h: TestHarness;
let regions: Awaited<ReturnType<typeof testRegions>>;
let county: Session;
let township: Session;
let village: Session;

const CADRE_HEADERS = ['姓名', '身份证号', '职务', '背景类别', '后备干部', '任职日期', '离任日期'];
const TEAM_HEADERS = [
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

const person = async (s: Session, name: string, villageCode: string) => {
  const idNumber = nextIdNumber();
  await makeHousehold(s, villageCode, { name, idNumber });
  return { name, idNumber };
};
const total = async (table: typeof cadres | typeof workTeams | typeof workTeamMembers) =>
  (await h.services.database.db.select({ n: count() }).from(table))[0].n;

beforeAll(async () => {
  h = await createHarness();
  regions = await testRegions(h.services.database.db);
  county = await sessionAs(h.app, h.services, 'county_admin', regions.county);
  township = await sessionAs(h.app, h.services, 'township', regions.ownTownship.code);
  village = await sessionAs(h.app, h.services, 'village', regions.ownVillage.code);
});
afterAll(() => h.close());

describe('cadres in Excel', () => {
  it('imports cadres with several posts; 一肩挑 is read from the posts and counted in the stats', async () => {
    const a = await person(township, '黄德明', regions.ownVillage.code);
    const b = await person(township, '农小燕', regions.ownVillage.code);
    const job = await importFile(
      h.app,
      township,
      '/api/cadres/import',
      await buildSheet('村干部', CADRE_HEADERS, [
        [a.name, a.idNumber, '村党组织书记、村民委员会主任', '致富能手、退役军人', '否', '2021/5/1', null],
        [b.name, b.idNumber, null, '返乡大学毕业生', '是', null, null],
      ]),
    );
    expect(job.status, JSON.stringify(job)).toBe('done');
    const list = (await township.get(`/api/cadres?regionCode=${regions.ownVillage.code}`)).json();
    const imported = list.items.find((c: { name: string }) => c.name === '黄德明');
    expect(imported).toMatchObject({ oneShoulder: true, startedOn: '2021-05-01' });
    expect(imported.backgrounds.sort()).toEqual(['veteran', 'wealth_expert']);
    const stats = (await township.get(`/api/cadres/stats?regionCode=${regions.ownTownship.code}`)).json();
    expect(stats.oneShoulder.numerator).toBeGreaterThanOrEqual(1);
  });

  it('rejects unknown posts, a person outside the registry and a second record of one person, writing nothing', async () => {
    const c = await person(township, '陆刚', regions.ownVillage.code);
    const before = await total(cadres);
    const job = await importFile(
      h.app,
      township,
      '/api/cadres/import',
      await buildSheet('村干部', CADRE_HEADERS, [
        [c.name, c.idNumber, '村长', null, null, null, null],
        ['外人', nextIdNumber(), '村民委员会委员', null, null, null, null],
        ['黄德明', 'x', null, '能人', '可能', '明年', null],
      ]),
    );
    expect(job.status).toBe('rejected');
    const text = job.errors.join('\n');
    expect(text).toContain('第2行 C列（职务）：职务“村长”无法识别');
    expect(text).toContain('第3行 B列（身份证号）：农户中没有此身份证号的人员');
    expect(text).toContain('第4行 D列（背景类别）：背景类别“能人”无法识别');
    expect(text).toContain('第4行 E列（后备干部）');
    expect(text).toContain('第4行 F列（任职日期）');
    expect(await total(cadres)).toBe(before);
  });

  it('refuses the import to a village account, which may not write cadres', async () => {
    expect((await village.get('/api/cadres/import/template')).statusCode).toBe(403);
  });

  it('exports the cadres of a filter with 一肩挑 as a read-only column, audited', async () => {
    const res = await township.get('/api/cadres/export?background=wealth_expert');
    expect(res.statusCode).toBe(200);
    const rows = sheetRows(await readWorkbook(res.rawPayload), '村干部');
    expect(rows[0]).toContain('一肩挑');
    expect(rows.slice(1).map((r) => r[0])).toEqual(['黄德明']);
    expect(rows[1][2]).toBe('村党组织书记、村民委员会主任');
  });
});

describe('work teams in Excel', () => {
  it('makes one team of the rows that share village and name, and adds each member', async () => {
    const teams = await total(workTeams);
    const members = await total(workTeamMembers);
    const label = regions.ownVillage.code;
    const job = await importFile(
      h.app,
      township,
      '/api/work-teams/import',
      await buildSheet('驻村工作队', TEAM_HEADERS, [
        [
          label,
          '自治区卫健委驻村工作队',
          '自治区卫健委',
          '省级',
          '李明',
          '13812345678',
          '第一书记',
          '2023-03-01',
          null,
        ],
        [label, '自治区卫健委驻村工作队', '自治区卫健委', '省级', '王芳', null, '队员', '2023-03-01', null],
      ]),
    );
    expect(job.status, JSON.stringify(job)).toBe('done');
    expect(await total(workTeams)).toBe(teams + 1);
    expect(await total(workTeamMembers)).toBe(members + 2);
    const res = await township.get('/api/work-teams/export?sendingLevel=province');
    const rows = sheetRows(await readWorkbook(res.rawPayload), '驻村工作队');
    expect(
      rows
        .slice(1)
        .map((r) => r[4])
        .sort(),
    ).toEqual(['李明', '王芳']);
    expect(rows.find((r) => r[4] === '李明')?.[5]).toBe('138****5678');
  });

  it('rejects a village of another township and a bad role, writing nothing', async () => {
    const teams = await total(workTeams);
    const job = await importFile(
      h.app,
      township,
      '/api/work-teams/import',
      await buildSheet('驻村工作队', TEAM_HEADERS, [
        [regions.otherVillage.code, '外镇工作队', '县农业局', '县级', '张三', null, '队员', null, null],
        [regions.ownVillage.code, '本镇工作队', '县农业局', '县级', '李四', null, '组长', null, null],
      ]),
    );
    expect(job.status).toBe('rejected');
    expect(job.errors).toEqual([
      '第2行 A列（驻村）：村不存在或不在您的管辖范围内',
      '第3行 G列（队内职务）：队内职务应为队长、第一书记或队员',
    ]);
    expect(await total(workTeams)).toBe(teams);
    expect((await county.get('/api/work-teams/import/template')).statusCode).toBe(200);
  });
});
