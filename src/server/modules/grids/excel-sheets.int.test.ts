import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readWorkbook, sheetRows } from '../../../testing/excel';
import { importRows } from '../../platform/excel/tables';
import { makeHousehold } from '../households/test-factories';
import {
  audits,
  closeHarness,
  county,
  db,
  GRID_HEADERS,
  gridNamed,
  gridsOf,
  gridWorker,
  importAssignments,
  importGrids,
  neighbour,
  openHarness,
  regions,
  totals,
  township,
  v,
} from './excel-test-kit';
import { grids } from './tables';

beforeAll(openHarness);
afterAll(closeHarness);

describe('sheet 网格', () => {
  it('imports three tiers in tree order, numbering around the codes given, with workers and bound organizations', async () => {
    const before = await totals();
    const job = await importGrids([
      [v, '大网格（村）', '那坡村网格', null, '黄网格、李网格', '13700001111、无', '那坡村党总支', null],
      [v, '中网格', '那坡屯寨管委', '那坡村网格', null, null, null, null],
      [v, '中网格（寨管委）', '百合屯寨管委', `${v}0000`, null, null, null, `${v}0500`],
      [
        v,
        '小网格（十联户）',
        '那坡屯一组十联户',
        '那坡屯寨管委',
        '韦联户',
        '13800002222',
        '那坡屯党小组',
        null,
      ],
      [v, '十联户', '百合屯一组十联户', '百合屯寨管委', null, null, null, `${v}0507`],
      [v, '小网格', '百合屯二组十联户', `${v}0500`, null, null, null, null],
    ]);
    expect(job.errors).toEqual([]);
    expect(job).toMatchObject({ status: 'done', summary: { grids: 6 } });
    const codes = Object.fromEntries(
      (await db().select().from(grids).where(eq(grids.regionCode, v))).map((g) => [g.name, g.code]),
    );
    expect(codes).toEqual({
      那坡村网格: `${v}0000`,
      // The given codes go in first; the others continue after the highest number.
      百合屯寨管委: `${v}0500`,
      那坡屯寨管委: `${v}0600`,
      那坡屯一组十联户: `${v}0601`,
      百合屯一组十联户: `${v}0507`,
      百合屯二组十联户: `${v}0508`,
    });
    expect(await totals()).toEqual({ grids: before.grids + 6, workers: before.workers + 3 });
    const top = (await township.get(`/api/grids?regionCode=${v}`)).json().items;
    expect(top).toEqual([expect.objectContaining({ name: '那坡村网格', childCount: 2, workerCount: 2 })]);
    const middles = (await township.get(`/api/grids?parentId=${top[0].id}`)).json().items;
    expect(middles.map((g: { name: string }) => g.name)).toEqual(['百合屯寨管委', '那坡屯寨管委']);
    const card = (await township.get(`/api/grids/${top[0].id}/card`)).json();
    expect(card.grid.partyOrg.name).toBe('那坡村党总支');
    expect(
      card.workers.map((w: { name: string; phoneMasked: string | null }) => [w.name, w.phoneMasked]),
    ).toEqual([
      ['黄网格', '137****1111'],
      ['李网格', null],
    ]);
    const small = (await township.get(`/api/grids/${(await gridNamed('那坡屯一组十联户')).id}/card`)).json();
    expect(small.grid.partyOrg.name).toBe('那坡屯党小组');
    const summary = await audits('grid.import');
    expect(summary).toHaveLength(1);
    expect(summary[0].diff).toMatchObject({ grids: 6 });
  });

  it('finds a parent in the system by its name within the village', async () => {
    const job = await importGrids([
      [v, '小网格', '那坡屯二组十联户', '那坡屯寨管委', null, null, null, null],
    ]);
    expect(job.status, JSON.stringify(job)).toBe('done');
    expect((await gridNamed('那坡屯二组十联户')).code).toBe(`${v}0602`);
  });

  it('rejects a file with bad rows at their cells and writes nothing', async () => {
    const before = await totals();
    const job = await importGrids([
      [v, '小网格', '无上级十联户', null, null, null, null, null],
      [v, '中网格', '孤寨', '不存在网格', null, null, null, null],
      [v, '大网格', '第二大网格', null, '某人', '123', null, null],
      [regions.otherVillage.code, '大网格', '外镇网格', null, null, null, null, null],
      [v, '小网格', '越级十联户', '那坡村网格', null, null, null, null],
      [v, '小网格', '编码错十联户', '那坡屯寨管委', null, null, null, `${v}0501`],
      [v, '小网格', '编码占用十联户', '那坡屯寨管委', null, null, null, `${v}0601`],
      [v, '小网格', '外党组织十联户', '那坡屯寨管委', null, null, '外镇党支部', null],
      [v, '小网格', '总支十联户', '那坡屯寨管委', null, null, '那坡村党总支', null],
      [v, '网格', '层级错', null, null, null, null, null],
      [v, '中网格', '重名寨', '那坡村网格', null, null, null, null],
      [v, '中网格', '重名寨', '那坡村网格', null, null, null, null],
      [v, '小网格', '脱敏十联户', '那坡屯寨管委', '王某', '138****2222', null, null],
      [v, '小网格', '人数不符十联户', '那坡屯寨管委', '甲、乙', '13800003333', null, null],
    ]);
    expect(job.status).toBe('rejected');
    expect(job.errors).toEqual([
      '第2行 D列（上级网格）：中网格、小网格须填写上级网格',
      '第3行 D列（上级网格）：上级网格不存在、不在您的管辖范围内，或未在本表前面的行中填写',
      '第4行 B列（网格层级）：该村已有大网格',
      '第4行 F列（网格员电话）：手机号应为11位，以1开头',
      '第5行 A列（所属村）：村不存在或不在您的管辖范围内',
      '第6行 D列（上级网格）：小网格的上级应为中网格',
      '第7行 H列（网格编码）：小网格编码的前14位应与上级中网格的编码相同',
      '第8行 H列（网格编码）：网格编码已被使用（已删除网格的编码也不再使用）',
      '第9行 G列（联系党组织）：党组织不存在或不在您的管辖范围内',
      '第10行 G列（联系党组织）：网格只能绑定党支部或党小组（大网格还可绑定党总支）',
      '第11行 B列（网格层级）：网格层级应为大网格、中网格或小网格',
      '第13行 C列（网格名称）：与第12行的网格同名（同一村内）',
      '第14行 F列（网格员电话）：电话已脱敏，请填写完整的手机号或留空',
      '第15行 F列（网格员电话）：网格员电话的个数应与网格员人数一致（多人用“、”分隔）',
    ]);
    expect(await totals()).toEqual(before);
  });

  it('rolls the whole file back when a use case refuses a row at commit', async () => {
    const before = await totals();
    const job = await importGrids([
      [v, '中网格', '新寨', '那坡村网格', null, null, null, null],
      // The parent's code is known only once it is created: createGrid itself refuses this code.
      [v, '小网格', '新寨一组', '新寨', null, null, null, `${v}0901`],
    ]);
    expect(job.status).toBe('rejected');
    expect(job.errors).toEqual(['第3行 H列（网格编码）：小网格编码的前14位应与上级中网格的编码相同']);
    expect(await totals()).toEqual(before);
    expect(await gridNamed('新寨')).toBeUndefined();
  });
});

describe('sheet 户网格归属', () => {
  let a: { id: string; householdNo: string };
  let b: { id: string; householdNo: string };
  let c: { id: string; householdNo: string };

  it('assigns households with one UPDATE, moving one that sat in another small grid, with one audit row', async () => {
    a = await makeHousehold(township, v, { name: '覃一户' });
    b = await makeHousehold(township, v, { name: '覃二户' });
    c = await makeHousehold(township, v, { name: '覃三户' });
    const one = await gridNamed('那坡屯一组十联户');
    const two = await gridNamed('百合屯一组十联户');
    await township.post(`/api/grids/${one.id}/households`, { householdIds: [b.id] });
    const job = await importAssignments([
      [a.householdNo, '覃一户', one.code],
      [b.householdNo, '覃二户', two.code],
    ]);
    expect(job.errors).toEqual([]);
    expect(job).toMatchObject({ status: 'done', summary: { households: 2, moved: 1 } });
    expect(await gridsOf([a.id, b.id, c.id])).toEqual(
      new Map([
        [a.id, one.id],
        [b.id, two.id],
        [c.id, null],
      ]),
    );
    const rows = await audits('grid.import_assignments');
    expect(rows).toHaveLength(1);
    expect(rows[0].diff).toMatchObject({
      households: 2,
      moved: 1,
      moves: { householdIds: [b.id], fromGrids: [one.id], toGrids: [two.id] },
    });
    expect((await db().select({ n: count() }).from(importRows))[0].n).toBe(0);
    const card = (await township.get(`/api/grids/${two.id}/card`)).json();
    expect(card.households.map((x: { id: string }) => x.id)).toEqual([b.id]);
  });

  it('rejects unknown, foreign and repeated households, wrong names, grids that are not small or of another village', async () => {
    const x = await makeHousehold(township, v, { name: '罗三户' });
    const foreign = await makeHousehold(county, regions.otherVillage.code, { name: '外镇户' });
    const nextDoor = await makeHousehold(township, neighbour, { name: '邻村户' });
    const one = await gridNamed('那坡屯一组十联户');
    const middle = await gridNamed('那坡屯寨管委');
    const before = await gridsOf([a.id, x.id, nextDoor.id]);
    const job = await importAssignments([
      [x.householdNo, '罗四户', one.code],
      [x.householdNo, '罗三户', one.code],
      [foreign.householdNo, '外镇户', one.code],
      ['NOPE-1', '某', middle.code],
      [nextDoor.householdNo, '邻村户', one.code],
      [a.householdNo, '覃一户', '4510229999990101'],
    ]);
    expect(job.status).toBe('rejected');
    expect(job.errors).toEqual([
      '第2行 B列（户主姓名）：户主姓名与登记不一致（登记为“罗三户”）',
      '第3行 A列（户编号）：与第2行是同一户（每户只属于一个小网格）',
      '第4行 A列（户编号）：户编号不存在或不在您的管辖范围内',
      '第5行 A列（户编号）：户编号不存在或不在您的管辖范围内',
      '第5行 C列（小网格编码）：只能把农户分配到小网格（十联户）',
      '第6行 C列（小网格编码）：农户与网格不在同一村',
      '第7行 C列（小网格编码）：网格编码不存在或不在您的管辖范围内',
    ]);
    expect(await gridsOf([a.id, x.id, nextDoor.id])).toEqual(before);
    expect((await db().select({ n: count() }).from(importRows))[0].n).toBe(0);
  });

  it('exports the households of a village with their small grid, empty for those without one', async () => {
    const res = await township.get(`/api/grids/assignments/export?regionCode=${v}`);
    expect(res.statusCode).toBe(200);
    const rows = sheetRows(await readWorkbook(res.rawPayload), '户网格归属');
    expect(rows[0]).toEqual(['户编号', '户主姓名', '小网格编码', '小网格名称']);
    const byNo = new Map(rows.map((r) => [r[0], r.slice(1)]));
    expect(byNo.get(a.householdNo)).toEqual(['覃一户', `${v}0601`, '那坡屯一组十联户']);
    expect(byNo.get(c.householdNo)).toEqual(['覃三户']);
    expect(rows.slice(1).every((r) => !r[2] || r[2].startsWith(v))).toBe(true);
    expect(await audits('grid.export_assignments')).toHaveLength(1);
  });
});

describe('grid roster export', () => {
  it('exports the template columns with the filters, phones masked', async () => {
    const res = await township.get(`/api/grids/export?regionCode=${v}`);
    expect(res.statusCode).toBe(200);
    const rows = sheetRows(await readWorkbook(res.rawPayload), '网格');
    expect(rows[0]).toEqual([...GRID_HEADERS, '农户数']);
    const big = rows.find((r) => r[2] === '那坡村网格')!;
    expect(big[0]).toMatch(/\//);
    expect(big[3]).toBeUndefined();
    expect([big[1], big[2], ...big.slice(4)]).toEqual([
      '大网格（村）',
      '那坡村网格',
      '黄网格、李网格',
      '137****1111、无',
      '那坡村党总支',
      `${v}0000`,
      '2',
    ]);
    const small = rows.find((r) => r[2] === '那坡屯一组十联户')!;
    expect([small[3], small[7], small[8]]).toEqual([`${v}0600`, `${v}0601`, '1']);
    expect(res.body).not.toContain('13700001111');

    const baihe = await gridNamed('百合屯寨管委');
    const filtered = sheetRows(
      await readWorkbook(
        (await township.get(`/api/grids/export?parentId=${baihe.id}&tier=small`)).rawPayload,
      ),
      '网格',
    );
    expect(filtered.slice(1).map((r) => r[2])).toEqual(['百合屯一组十联户', '百合屯二组十联户']);
    expect((await audits('grid.export')).map((r) => r.diff)).toContainEqual(
      expect.objectContaining({ filters: expect.objectContaining({ parentId: baihe.id, tier: 'small' }) }),
    );
  });

  it('gives full phones only to a role that may reveal and states a purpose; 404 for a grid out of scope', async () => {
    const full = await township.get(
      `/api/grids/export?regionCode=${v}&reveal=true&purpose=${encodeURIComponent('核对网格员')}`,
    );
    const big = sheetRows(await readWorkbook(full.rawPayload), '网格').find((r) => r[2] === '那坡村网格')!;
    expect(big[5]).toBe('13700001111、无');
    expect((await audits('grid.export_unmasked'))[0].diff).toMatchObject({
      filters: { reveal: true, purpose: '核对网格员' },
    });
    expect((await township.get(`/api/grids/export?reveal=true`)).statusCode).toBe(422);
    expect(
      (await gridWorker.get(`/api/grids/export?reveal=true&purpose=${encodeURIComponent('核对')}`))
        .statusCode,
    ).toBe(422);
    expect((await gridWorker.get('/api/grids/export')).statusCode).toBe(200);
    const theirs = await county.post('/api/grids', {
      tier: 'big',
      regionCode: regions.otherVillage.code,
      name: '外镇大网格',
    });
    expect((await township.get(`/api/grids/export?parentId=${theirs.json().id}`)).statusCode).toBe(404);
    const all = sheetRows(await readWorkbook((await township.get('/api/grids/export')).rawPayload), '网格');
    expect(all.map((r) => r[2])).not.toContain('外镇大网格');
  });
});
