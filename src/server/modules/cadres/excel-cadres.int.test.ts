import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSheet, importFile, readWorkbook, sheetRows, uploadTo } from '../../../testing/excel';
import { sessionAs } from '../../../testing/factories';
import { nextIdNumber } from '../households/test-factories';
import {
  audits,
  CADRE_HEADERS,
  closeHarness,
  county,
  gridWorker,
  h,
  openHarness,
  ownVillageLabel,
  person,
  regions,
  secondVillage,
  total,
  township,
  village,
} from './excel-test-kit';
import { cadres } from './tables';

beforeAll(openHarness);
afterAll(closeHarness);

describe('sheet 村干部', () => {
  it('offers a template with the columns, drop-downs and an instructions sheet', async () => {
    const res = await township.get('/api/cadres/import/template');
    expect(res.statusCode).toBe(200);
    const workbook = await readWorkbook(res.rawPayload);
    expect(sheetRows(workbook, '村干部')[0]).toEqual([
      '所属村',
      '姓名*',
      '身份证号*',
      '职务',
      '任职日期',
      '离任日期',
      '背景类别',
      '后备干部',
    ]);
    const sheet = workbook.getWorksheet('村干部')!;
    expect(sheet.getCell('H2').dataValidation).toMatchObject({ type: 'list', formulae: ['"是,否"'] });
    expect(sheet.getCell('A2').dataValidation.type).toBe('list');
    const instructions = sheetRows(workbook, '填表说明').flat().join('\n');
    expect(instructions).toContain('一肩挑');
    expect(instructions).toContain('村党组织书记');
  });

  it('imports cadres with several posts in the usual short names, one audit row; 一肩挑 is derived', async () => {
    const a = await person(township, '黄德明', regions.ownVillage.code);
    const b = await person(township, '农小燕', regions.ownVillage.code);
    const c = await person(township, '陆秀英', regions.ownVillage.code);
    const before = await total(cadres);
    const job = await importFile(
      h.app,
      township,
      '/api/cadres/import',
      await buildSheet('村干部', CADRE_HEADERS, [
        [null, a.name, a.idNumber, '党支部书记、村委会主任', '2021/5/1', null, '致富能手、退役军人', '否'],
        [ownVillageLabel, b.name, b.idNumber, null, null, null, '返乡大学生', '是'],
        [regions.ownVillage.code, c.name, c.idNumber, '村务监督委员会委员', '2021年5月1日', null, null, null],
      ]),
    );
    expect(job.status, JSON.stringify(job)).toBe('done');
    expect(await total(cadres)).toBe(before + 3);
    const list = (
      await township.get(`/api/cadres?regionCode=${regions.ownVillage.code}&pageSize=200`)
    ).json();
    const byName = (name: string) => list.items.find((x: { name: string }) => x.name === name);
    expect(byName('黄德明')).toMatchObject({
      oneShoulder: true,
      startedOn: '2021-05-01',
      posts: [
        { body: 'party', post: 'secretary' },
        { body: 'committee', post: 'director' },
      ],
    });
    expect(byName('黄德明').backgrounds.sort()).toEqual(['veteran', 'wealth_expert']);
    expect(byName('农小燕')).toMatchObject({
      isReserve: true,
      posts: [],
      backgrounds: ['returned_graduate'],
    });
    expect(byName('陆秀英')).toMatchObject({
      oneShoulder: false,
      posts: [{ body: 'supervision', post: 'member' }],
    });
    const [audit] = await audits('cadre.import');
    expect(audit.diff).toMatchObject({ cadres: 3 });
    expect(await audits('cadre.create')).toHaveLength(3);
  });

  it('rejects a file with rows that break the form’s rules, naming row and column, and writes nothing', async () => {
    const ok = await person(township, '韦志强', regions.ownVillage.code);
    const p = await Promise.all(
      ['甲一', '甲二', '甲三', '甲四', '甲五', '甲六'].map((n) =>
        person(township, n, regions.ownVillage.code),
      ),
    );
    const foreign = await person(county, '外乡人', regions.otherVillage.code);
    const huang = await person(township, '黄德明二', regions.ownVillage.code);
    expect(
      (await township.post('/api/cadres', { personId: huang.personId, isReserve: true })).statusCode,
    ).toBe(201);
    const before = await total(cadres);
    const job = await importFile(
      h.app,
      township,
      '/api/cadres/import',
      await buildSheet('村干部', CADRE_HEADERS, [
        [null, ok.name, ok.idNumber, '村党组织书记', null, null, null, null],
        [null, p[0].name, p[0].idNumber, '村长', null, null, null, null],
        [null, p[1].name, p[1].idNumber, '村党组织主任', null, null, null, null],
        [null, p[2].name, p[2].idNumber, '村党组织书记、村党组织委员', null, null, null, null],
        [null, p[3].name, p[3].idNumber, null, null, null, null, '否'],
        [null, p[4].name, p[4].idNumber, '村民委员会委员', '2024-01-01', '2023-01-01', '能人', '可能'],
        [secondVillage, p[5].name, p[5].idNumber, '村民委员会委员', '明年', null, null, null],
        [null, '错名字', ok.idNumber, '村民委员会委员', null, null, null, null],
        [null, '外人', nextIdNumber(), '村民委员会委员', null, null, null, null],
        [null, foreign.name, foreign.idNumber, '村民委员会委员', null, null, null, null],
        [regions.otherVillage.code, huang.name, huang.idNumber, '村民委员会委员', null, null, null, null],
      ]),
    );
    expect(job.status, JSON.stringify(job)).toBe('rejected');
    const text = job.errors.join('\n');
    expect(text).toContain('第3行 D列（职务）：职务“村长”无法识别');
    expect(text).toContain('第4行 D列（职务）：村党组织的职务应为书记、副书记或委员');
    expect(text).toContain('第5行 D列（职务）：同一组织只能担任一个职务');
    expect(text).toContain('第6行 D列（职务）：请至少填写一个职务，或标记为后备干部');
    expect(text).toContain('第7行 G列（背景类别）：背景类别“能人”无法识别');
    expect(text).toContain('第7行 H列（后备干部）：后备干部应填“是”或“否”');
    expect(text).toContain('第8行 E列（任职日期）：日期格式不正确');
    expect(text).toContain(
      `第8行 A列（所属村）：${p[5].name}在农户中登记于“${ownVillageLabel}”，与所属村不一致`,
    );
    expect(text).toContain('第9行 C列（身份证号）：与第2行是同一人');
    expect(text).toContain('第10行 C列（身份证号）：农户中没有此身份证号的人员');
    // A villager of another township is "not there", exactly like one who does not exist.
    expect(text).toContain('第11行 C列（身份证号）：农户中没有此身份证号的人员');
    expect(text).toContain('第12行 A列（所属村）：村不存在或不在您的管辖范围内');
    expect(text).toContain('第12行 C列（身份证号）：此人已有干部记录');
    expect(await total(cadres)).toBe(before);
    // Once the dates are in order, the same rule of the form refuses an end before the start.
    const dates = await importFile(
      h.app,
      township,
      '/api/cadres/import',
      await buildSheet('村干部', CADRE_HEADERS, [
        [null, p[4].name, p[4].idNumber, '村民委员会委员', '2024-01-01', '2023-01-01', null, null],
      ]),
    );
    expect(dates.errors).toEqual(['第2行 F列（离任日期）：任期结束日期不能早于开始日期']);
    expect(await total(cadres)).toBe(before);
  });

  it('refuses the template and the import to a role that may not write cadres', async () => {
    expect((await village.get('/api/cadres/import/template')).statusCode).toBe(403);
    const file = await buildSheet('村干部', CADRE_HEADERS, []);
    expect((await uploadTo(h.app, village, '/api/cadres/import', file)).statusCode).toBe(403);
  });

  it('exports the filtered cadres in the template’s columns with 一肩挑, ID numbers masked unless revealed', async () => {
    const res = await township.get(
      `/api/cadres/export?background=wealth_expert&regionCode=${regions.ownVillage.code}`,
    );
    expect(res.statusCode).toBe(200);
    const rows = sheetRows(await readWorkbook(res.rawPayload), '村干部');
    expect(rows[0]).toEqual([...CADRE_HEADERS, '一肩挑']);
    expect(rows.slice(1).map((r) => r[1])).toEqual(['黄德明']);
    const [row] = rows.slice(1);
    expect(row[0]).toBe(ownVillageLabel);
    expect(row[2]).toMatch(/^4510\*{10}\d{3}[\dX]$/);
    expect(row[3]).toBe('村党组织书记、村民委员会主任');
    expect(row[8]).toBe('是');
    expect((await audits('cadre.export')).at(-1)?.diff).toMatchObject({
      filters: { background: 'wealth_expert', reveal: false },
    });

    const full = await township.get(
      `/api/cadres/export?background=wealth_expert&reveal=true&purpose=${encodeURIComponent('换届审查')}`,
    );
    const fullRow = sheetRows(await readWorkbook(full.rawPayload), '村干部')[1];
    expect(fullRow[2]).toMatch(/^4510\d{13}[\dX]$/);
    expect((await audits('cadre.export_unmasked'))[0].diff).toMatchObject({
      filters: { reveal: true, purpose: '换届审查' },
    });
    expect((await gridWorker.get('/api/cadres/export?reveal=true&purpose=核对')).statusCode).toBe(422);
    expect((await township.get('/api/cadres/export?reveal=true')).statusCode).toBe(422);
    const other = await sessionAs(h.app, h.services, 'township', regions.otherTownship.code);
    expect(
      sheetRows(await readWorkbook((await other.get('/api/cadres/export')).rawPayload), '村干部'),
    ).toHaveLength(1);
  });
});
