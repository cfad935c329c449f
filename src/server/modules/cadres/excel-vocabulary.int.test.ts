import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSheet, importFile, readWorkbook } from '../../../testing/excel';
import {
  CADRE_HEADERS,
  closeHarness,
  h,
  openHarness,
  person,
  regions,
  TEAM_HEADERS,
  township,
} from './excel-test-kit';

// County lists name posts, backgrounds, sending levels and team roles their own way (社区 居委会,
// 自治区, 第一书记（队长） …): the usual names are read, and a refusal lists what is accepted.

beforeAll(openHarness);
afterAll(closeHarness);

describe('the vocabulary of county lists', () => {
  it('reads 村（居）委会 and 居委会 posts and the common names of backgrounds', async () => {
    const code = regions.ownVillage.code;
    const people = await Promise.all(['社区甲', '社区乙', '社区丙'].map((n) => person(township, n, code)));
    const job = await importFile(
      h.app,
      township,
      '/api/cadres/import',
      await buildSheet('村干部', CADRE_HEADERS, [
        [
          null,
          people[0].name,
          people[0].idNumber,
          '社区党委书记、村(居)委会主任',
          null,
          null,
          '外出务工返乡人员',
          null,
        ],
        [null, people[1].name, people[1].idNumber, '居委会委员', null, null, '回乡大中专毕业生', null],
        [null, people[2].name, people[2].idNumber, '居民委员会副主任', null, null, '转业退伍军人', null],
      ]),
    );
    expect(job.errors).toEqual([]);
    expect(job).toMatchObject({ status: 'done', totalRows: 3 });
    const list = (await township.get('/api/cadres?pageSize=100')).json().items as {
      name: string;
      posts: { body: string; post: string }[];
      backgrounds: string[];
      oneShoulder: boolean;
    }[];
    const byName = new Map(list.map((c) => [c.name, c]));
    expect(byName.get('社区甲')).toMatchObject({
      posts: [
        { body: 'party', post: 'secretary' },
        { body: 'committee', post: 'director' },
      ],
      backgrounds: ['returned_migrant'],
    });
    expect(byName.get('社区乙')).toMatchObject({ backgrounds: ['returned_graduate'] });
    expect(byName.get('社区丙')).toMatchObject({ backgrounds: ['veteran'] });
  });

  it('reads 自治区, 自治州, 盟 and 第一书记（队长）, and a refusal lists the accepted values and counts every row', async () => {
    const code = regions.ownVillage.code;
    const team = '自治区派驻工作队';
    const ok = await importFile(
      h.app,
      township,
      '/api/work-teams/import',
      await buildSheet('驻村工作队', TEAM_HEADERS, [
        [code, team, '自治区民宗委', '自治区', '甲书记', null, '第一书记（队长）', '2024-01-01', null],
        [code, team, '百色市林业局', '自治州', '乙队员', null, '队员', '2024-01-01', null],
        [code, team, '阿拉善盟农牧局', '盟', '丙队员', null, '队员', '2024-01-01', null],
      ]),
    );
    expect(ok.errors).toEqual([]);
    expect(ok.status).toBe('done');
    const teams = (await township.get(`/api/work-teams?regionCode=${code}`)).json().items as {
      name: string;
      members: { name: string; role: string; sendingLevel: string }[];
    }[];
    const members = teams.find((t) => t.name === team)!.members;
    expect(members.map((m) => [m.name, m.role, m.sendingLevel]).sort()).toEqual([
      ['丙队员', 'member', 'city'],
      ['乙队员', 'member', 'city'],
      ['甲书记', 'secretary_leader', 'province'],
    ]);

    const bad = await importFile(
      h.app,
      township,
      '/api/work-teams/import',
      await buildSheet('驻村工作队', TEAM_HEADERS, [
        [code, '另一队', '县农业局', '县级', '丁', null, '队员', null, null],
        [code, '另一队', '县农业局', '国家级', '戊', null, '书记', null, null],
        [code, '另一队', '县农业局', '县级', '己', null, '队员', null, null],
      ]),
    );
    expect(bad).toMatchObject({ status: 'rejected', totalRows: 3, errorCount: 2 });
    expect(bad.errors).toEqual([
      expect.stringMatching(
        /^第3行 D列（派出层级）：派出层级“国家级”无法识别，可填：省级、市级、县级、乡镇级/,
      ),
      '第3行 G列（队内职务）：队内职务“书记”无法识别，可填：队长、第一书记、第一书记（队长）、队员',
    ]);
  });

  it('offers the posts and backgrounds as drop-downs that still take several values', async () => {
    const workbook = await readWorkbook((await township.get('/api/cadres/import/template')).rawPayload);
    const sheet = workbook.getWorksheet('村干部')!;
    for (const cell of ['D2', 'G2']) {
      const rule = sheet.getCell(cell).dataValidation;
      expect(rule, cell).toMatchObject({ type: 'list', showInputMessage: true });
      expect(rule.showErrorMessage, cell).toBeFalsy();
    }
    expect(sheet.getCell('G2').dataValidation.formulae?.[0]).toContain('返乡务工人员');
    expect(sheet.getCell('D2').dataValidation.formulae?.[0]).toContain('村民委员会主任');
  });
});
