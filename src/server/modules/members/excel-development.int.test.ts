import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STAGE_ITEMS } from '../../../contracts/api/members';
import { importFile, readWorkbook, sheetRows, uploadTo } from '../../../testing/excel';
import { auditLog } from '../../platform/audit/tables';
import { makeIdNumber, nextIdNumber } from '../households/test-factories';
import {
  closeHarness,
  county,
  DEV_HEADERS,
  devFile,
  devRow,
  file,
  gridWorker,
  h,
  openHarness,
  person,
  regions,
  tableCounts,
  township,
} from './excel-test-kit';

beforeAll(openHarness);
afterAll(closeHarness);

describe('the development pipeline (发展党员) in Excel', () => {
  it('offers a template with the stage columns, a stage drop-down and instructions; not to a grid worker', async () => {
    const res = await township.get('/api/development/records/import/template');
    expect(res.statusCode).toBe(200);
    const workbook = await readWorkbook(res.rawPayload);
    const header = sheetRows(workbook, '发展党员')[0];
    expect(header.map((h) => h.replace(/\*$/, ''))).toEqual(DEV_HEADERS);
    expect(header[4]).toBe('申请入党日期*');
    expect(header[6]).toBe('确定积极分子日期');
    const stages = JSON.stringify(workbook.getWorksheet('发展党员')!.getCell('D2').dataValidation);
    expect(stages).toContain('入党积极分子');
    expect(JSON.stringify(sheetRows(workbook, '填表说明'))).toContain('满一年');
    expect((await gridWorker.get('/api/development/records/import/template')).statusCode).toBe(403);
    const upload = await uploadTo(h.app, gridWorker, '/api/development/records/import', await devFile([]));
    expect(upload.statusCode).toBe(403);
  });

  it('opens and advances each record through the API rules, creating the member of a full row', async () => {
    const activist = await person(township, '罗小燕', regions.ownVillage.code);
    const full = await person(township, '黄志强', regions.ownVillage.code);
    const before = await tableCounts();
    const job = await importFile(
      h.app,
      township,
      '/api/development/records/import',
      await devFile([
        devRow(
          activist,
          '入党积极分子',
          ['2023-01-10', '李书记'],
          [new Date(Date.UTC(2023, 3, 1)), '李书记'],
        ),
        devRow(
          full,
          '正式党员',
          ['2019/1/10', '李书记'],
          ['2019年4月1日', '韦委员'],
          ['2020-04-01', '韦委员'],
          ['2021-03-01', '李书记'],
          ['2022-03-01', '李书记'],
        ),
      ]),
    );
    expect(job.status, JSON.stringify(job)).toBe('done');
    expect(job.summary).toEqual({ development: 2 });
    expect(await tableCounts()).toEqual({
      records: before.records + 2,
      steps: before.steps + 7,
      members: before.members + 1,
    });
    const list = (await township.get('/api/development/records?stage=activist')).json();
    const record = list.items.find((r: { name: string }) => r.name === '罗小燕');
    expect(record).toMatchObject({ stage: 'activist', stageSince: '2023-04-01', memberId: null });
    const detail = (await township.get(`/api/development/records/${record.id}`)).json();
    expect(detail.steps.map((s: { stage: string }) => s.stage)).toEqual(['applicant', 'activist']);
    expect(detail.steps[1].items).toEqual(
      Object.fromEntries(STAGE_ITEMS.activist.map((item) => [item, true])),
    );
    const member = (await township.get(`/api/members?q=${encodeURIComponent('黄志强')}`)).json().items[0];
    expect(member).toMatchObject({ status: 'full', joinedOn: '2021-03-01', fullOn: '2022-03-01' });
    const audits = await h.services.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'development.import'));
    expect(audits).toHaveLength(1);
    expect(audits[0].diff).toMatchObject({ development: 2 });
  });

  it('rejects the whole file when rows break the sequence, the intervals or the cells, and writes nothing', async () => {
    const early = await person(township, '农海燕', regions.ownVillage.code);
    const backwards = await person(township, '梁文', regions.ownVillage.code);
    const young = await person(
      township,
      '陆小龙',
      regions.ownVillage.code,
      makeIdNumber('451022', '20100301'),
    );
    const skipped = await person(township, '韦明', regions.ownVillage.code);
    const beyond = await person(township, '黄丽', regions.ownVillage.code);
    const outside = await person(county, '外镇申请人', regions.otherVillage.code);
    const before = await tableCounts();
    const job = await importFile(
      h.app,
      township,
      '/api/development/records/import',
      await devFile([
        devRow(
          early,
          '发展对象',
          ['2022-01-10', '李书记'],
          ['2022-04-01', '李书记'],
          ['2023-03-31', '李书记'],
        ),
        devRow(backwards, '入党积极分子', ['2022-05-10', '李书记'], ['2022-04-01', '李书记']),
        devRow(young, '入党申请人', ['2026-01-10', '李书记']),
        devRow(skipped, '入党积极分子', ['2022-01-10', '李书记'], ['2022-04-01', null]),
        devRow(beyond, '入党申请人', ['2022-01-10', '李书记'], ['2022-04-01', '李书记']),
        devRow(outside, '入党申请人', ['2022-01-10', '李书记']),
        devRow({ name: '无名', idNumber: nextIdNumber() }, '党员', ['2022-02-30', '李书记']),
        // An ID number typed as a number has lost its last digits.
        devRow(
          { name: '数字', idNumber: Number(nextIdNumber().slice(0, 17)) as unknown as string },
          '入党申请人',
          ['2022-01-10', '李书记'],
        ),
      ]),
    );
    expect(job.status).toBe('rejected');
    const text = job.errors.join('\n');
    expect(text).toContain('第2行 I列（确定发展对象日期）：确定为入党积极分子满一年后，才能列为发展对象');
    expect(text).toContain('第3行 G列（确定积极分子日期）：日期不能早于上一阶段的日期');
    expect(text).toContain('第4行 E列（申请入党日期）：申请入党时须年满18周岁');
    expect(text).toContain('第5行 H列（积极分子负责人）：请填写积极分子负责人');
    expect(text).toContain('第6行 G列（确定积极分子日期）：当前阶段为“入党申请人”，“确定积极分子日期”应留空');
    expect(text).toContain('第7行 B列（身份证号）：农户中没有此身份证号的人员');
    expect(text).toContain('第8行 D列（当前阶段）：当前阶段不在下拉列表中');
    expect(text).toContain('第9行 B列（身份证号）：身份证号被存成了数字');
    expect(job.hasErrorFile).toBe(true);
    expect(await tableCounts()).toEqual(before);
  });

  it('rolls back every row when a use case refuses one (already in the pipeline, already a member)', async () => {
    const fresh = await person(township, '覃丽华', regions.ownVillage.code);
    const inPipeline = await person(township, '罗春花', regions.ownVillage.code);
    const member = await person(township, '黄秀', regions.ownVillage.code);
    const first = await importFile(
      h.app,
      township,
      '/api/members/import',
      await file([
        [
          member.name,
          member.idNumber,
          '那坡村党支部',
          '预备党员',
          '2025-07-01',
          null,
          null,
          null,
          null,
          null,
          null,
        ],
      ]),
    );
    expect(first.status).toBe('done');
    const opened = await importFile(
      h.app,
      township,
      '/api/development/records/import',
      await devFile([devRow(inPipeline, '入党申请人', ['2024-01-10', '李书记'])]),
    );
    expect(opened.status).toBe('done');
    const before = await tableCounts();
    const job = await importFile(
      h.app,
      township,
      '/api/development/records/import',
      await devFile([
        devRow(fresh, '入党申请人', ['2024-01-10', '李书记']),
        devRow(inPipeline, '入党申请人', ['2024-01-10', '李书记']),
        devRow(member, '入党申请人', ['2024-01-10', '李书记']),
      ]),
    );
    expect(job.status).toBe('rejected');
    expect(job.errors).toEqual([
      '第3行 B列（身份证号）：此人已有发展党员记录',
      '第4行 B列（身份证号）：此人已是党员',
    ]);
    expect(await tableCounts()).toEqual(before);
  });

  it('exports the records of a stage with every step and masked ID numbers, audited; re-importable columns', async () => {
    const res = await township.get('/api/development/records/export?stage=full');
    expect(res.statusCode).toBe(200);
    const rows = sheetRows(await readWorkbook(res.rawPayload), '发展党员');
    expect(rows[0]).toEqual(DEV_HEADERS);
    expect(rows.slice(1).map((r) => r[0])).toEqual(['黄志强']);
    expect(rows[1][1]).toMatch(/^\d{4}\*{10}[\dX]{4}$/);
    expect(rows[1].slice(2)).toEqual([
      '那坡村党支部',
      '正式党员',
      '2019-01-10',
      '李书记',
      '2019-04-01',
      '韦委员',
      '2020-04-01',
      '韦委员',
      '2021-03-01',
      '李书记',
      '2022-03-01',
      '李书记',
    ]);
    const [audit] = await h.services.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'development.export'));
    expect(audit.diff).toMatchObject({ filters: { stage: 'full' } });
  });

  it('exports full ID numbers only with a stated purpose, audited as development.export_unmasked', async () => {
    expect((await township.get('/api/development/records/export?reveal=true')).statusCode).toBe(422);
    const purpose = encodeURIComponent('报送组织部');
    const res = await township.get(
      `/api/development/records/export?stage=full&reveal=true&purpose=${purpose}`,
    );
    expect(res.statusCode).toBe(200);
    const rows = sheetRows(await readWorkbook(res.rawPayload), '发展党员');
    expect(rows[1][1]).toMatch(/^\d{17}[\dX]$/);
    const [audit] = await h.services.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'development.export_unmasked'));
    expect(audit.diff).toMatchObject({ filters: { stage: 'full', reveal: true, purpose: '报送组织部' } });
  });
});
