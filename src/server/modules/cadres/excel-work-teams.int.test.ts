import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSheet, importFile, readWorkbook, sheetRows, uploadTo } from '../../../testing/excel';
import { sessionAs } from '../../../testing/factories';
import {
  audits,
  closeHarness,
  county,
  gridWorker,
  h,
  openHarness,
  ownVillageLabel,
  regions,
  secondVillage,
  TEAM_HEADERS,
  total,
  township,
  village,
} from './excel-test-kit';
import { workTeamMembers, workTeams } from './tables';

beforeAll(openHarness);
afterAll(closeHarness);

describe('sheet 驻村工作队', () => {
  it('offers a template with the columns, drop-downs and an instructions sheet', async () => {
    const res = await county.get('/api/work-teams/import/template');
    expect(res.statusCode).toBe(200);
    const workbook = await readWorkbook(res.rawPayload);
    expect(sheetRows(workbook, '驻村工作队')[0]).toEqual([
      '驻村*',
      '工作队名称*',
      '派出单位*',
      '派出层级*',
      '队员姓名*',
      '联系电话',
      '队内职务*',
      '开始日期',
      '结束日期',
    ]);
    const sheet = workbook.getWorksheet('驻村工作队')!;
    expect(sheet.getCell('D2').dataValidation).toMatchObject({
      type: 'list',
      formulae: ['"省级,市级,县级,乡镇级"'],
    });
    expect(sheet.getCell('G2').dataValidation).toMatchObject({
      formulae: ['"队长,第一书记,第一书记（队长）,队员"'],
    });
    expect(workbook.getWorksheet('填表说明')).toBeTruthy();
  });

  it('makes one team of the rows that share village and name, adds members to a registered team, one audit row', async () => {
    const registered = (
      await township.post('/api/work-teams', {
        regionCode: secondVillage,
        name: '县农业农村局驻村工作队',
        sendingUnit: '县农业农村局',
        sendingLevel: 'county',
        endedOn: '2025-12-31',
      })
    ).json();
    const teams = await total(workTeams);
    const members = await total(workTeamMembers);
    const v = regions.ownVillage.code;
    const name = '自治区卫健委驻村工作队';
    const job = await importFile(
      h.app,
      township,
      '/api/work-teams/import',
      await buildSheet('驻村工作队', TEAM_HEADERS, [
        [v, name, '自治区卫健委', '省级', '李明', '13812345678', '第一书记', '2023-03-01', '2025-03-01'],
        [ownVillageLabel, name, '百色市卫健委', '市', '王芳', null, '队员', '2023/3/1', null],
        [secondVillage, registered.name, '县农业农村局', '县级', '黄队长', null, '队长', null, '2025-12-31'],
      ]),
    );
    expect(job.status, JSON.stringify(job)).toBe('done');
    expect(await total(workTeams)).toBe(teams + 1);
    expect(await total(workTeamMembers)).toBe(members + 3);
    const list = (await township.get(`/api/work-teams?regionCode=${v}`)).json();
    const team = list.items.find((t: { name: string }) => t.name === name);
    expect(team).toMatchObject({
      sendingUnit: '自治区卫健委',
      sendingLevel: 'province',
      startedOn: '2023-03-01',
      endedOn: '2025-03-01',
    });
    const member = (n: string) => team.members.find((m: { name: string }) => m.name === n);
    expect(team.members).toHaveLength(2);
    expect(member('李明')).toMatchObject({ role: 'first_secretary', phoneMasked: '138****5678' });
    expect(member('王芳')).toMatchObject({
      role: 'member',
      sendingUnit: '百色市卫健委',
      sendingLevel: 'city',
    });
    const again = (await township.get(`/api/work-teams/${registered.id}`)).json();
    expect(again.members.map((m: { name: string }) => m.name)).toEqual(['黄队长']);
    expect((await audits('work_team.import'))[0].diff).toMatchObject({ workTeamMembers: 3 });
  });

  it('rejects rows of another township, bad values, repeated members and a changed end date, writing nothing', async () => {
    const teams = await total(workTeams);
    const members = await total(workTeamMembers);
    const v = regions.ownVillage.code;
    const name = '自治区卫健委驻村工作队';
    const job = await importFile(
      h.app,
      township,
      '/api/work-teams/import',
      await buildSheet('驻村工作队', TEAM_HEADERS, [
        [regions.otherVillage.code, '外镇工作队', '县农业局', '县级', '张三', null, '队员', null, null],
        [v, '本镇工作队', '县农业局', '县级', '李四', '1234', '组长', null, null],
        [v, '本镇工作队', '县农业局', '国家级', '李四', null, '队员', '2024-01-01', '2023-01-01'],
        [v, name, '自治区卫健委', '省级', '李明', null, '队员', null, null],
        [v, name, '自治区卫健委', '省级', '新队员', null, '队员', null, '2026-01-01'],
        [v, '新工作队', '县农业局', '县级', '赵五', null, '队员', null, '2026-01-01'],
        [v, '新工作队', '县农业局', '县级', '孙七', null, '队员', null, '2027-01-01'],
        [v, '名'.repeat(65), '县农业局', '县级', '钱六', null, '队员', null, null],
        [v, '新工作队', '县农业局', '县级', null, null, '队员', null, null],
      ]),
    );
    expect(job.status, JSON.stringify(job)).toBe('rejected');
    expect(job.errors).toEqual([
      '第2行 A列（驻村）：村不存在或不在您的管辖范围内',
      '第3行 G列（队内职务）：队内职务“组长”无法识别，可填：队长、第一书记、第一书记（队长）、队员',
      '第3行 F列（联系电话）：手机号应为11位，以1开头',
      expect.stringMatching(
        /^第4行 D列（派出层级）：派出层级“国家级”无法识别，可填：省级、市级、县级、乡镇级（自治区/,
      ),
      '第4行 I列（结束日期）：任期结束日期不能早于开始日期',
      '第5行 E列（队员姓名）：该队员已在此工作队中，不能重复导入',
      '第6行 I列（结束日期）：该工作队已登记，结束日期为2025-03-01；如需修改请在“驻村工作队”页面编辑',
      '第8行 I列（结束日期）：同一工作队的结束日期应一致（第7行为2026-01-01）',
      '第9行 B列（工作队名称）：名称最多64字',
      '第10行 E列（队员姓名）：请填写队员姓名',
    ]);
    expect(await total(workTeams)).toBe(teams);
    expect(await total(workTeamMembers)).toBe(members);
  });

  it('refuses the template and the import to a role that may not write cadres', async () => {
    expect((await village.get('/api/work-teams/import/template')).statusCode).toBe(403);
    const file = await buildSheet('驻村工作队', TEAM_HEADERS, []);
    expect((await uploadTo(h.app, village, '/api/work-teams/import', file)).statusCode).toBe(403);
  });

  it('exports one row per member with the filters, phones masked unless revealed, audited', async () => {
    const res = await township.get('/api/work-teams/export?sendingLevel=province');
    expect(res.statusCode).toBe(200);
    const rows = sheetRows(await readWorkbook(res.rawPayload), '驻村工作队');
    expect(rows[0]).toEqual(TEAM_HEADERS);
    const row = (n: string) => rows.find((r) => r[4] === n)!;
    expect(
      rows
        .slice(1)
        .map((r) => r[4])
        .sort(),
    ).toEqual(['李明', '王芳'].sort());
    expect(row('李明')).toEqual([
      ownVillageLabel,
      '自治区卫健委驻村工作队',
      '自治区卫健委',
      '省级',
      '李明',
      '138****5678',
      '第一书记',
      '2023-03-01',
      '2025-03-01',
    ]);
    expect(row('王芳').slice(2, 4)).toEqual(['百色市卫健委', '市级']);
    expect((await audits('work_team.export'))[0].diff).toMatchObject({
      filters: { sendingLevel: 'province' },
    });
    const full = await township.get(
      `/api/work-teams/export?sendingLevel=province&reveal=true&purpose=${encodeURIComponent('联系队员')}`,
    );
    const fullRows = sheetRows(await readWorkbook(full.rawPayload), '驻村工作队');
    expect(fullRows.find((r) => r[4] === '李明')?.[5]).toBe('13812345678');
    expect(await audits('work_team.export_unmasked')).toHaveLength(1);
    expect((await gridWorker.get('/api/work-teams/export?reveal=true&purpose=联系')).statusCode).toBe(422);
    const other = await sessionAs(h.app, h.services, 'township', regions.otherTownship.code);
    const theirs = sheetRows(
      await readWorkbook((await other.get('/api/work-teams/export')).rawPayload),
      '驻村工作队',
    );
    expect(theirs).toHaveLength(1);
  });
});
