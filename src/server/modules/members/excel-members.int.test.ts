import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFile, readWorkbook, sheetRows } from '../../../testing/excel';
import { auditLog } from '../../platform/audit/tables';
import { nextIdNumber } from '../households/test-factories';
import {
  closeHarness,
  county,
  file,
  gridWorker,
  h,
  members,
  openHarness,
  person,
  regions,
  township,
} from './excel-test-kit';

beforeAll(openHarness);
afterAll(closeHarness);

describe('party members in Excel', () => {
  it('offers a template whose branch drop-down lists the branches in scope, not party groups', async () => {
    const res = await township.get('/api/members/import/template');
    expect(res.statusCode).toBe(200);
    const workbook = await readWorkbook(res.rawPayload);
    expect(workbook.getWorksheet('党员')!.getRow(1).getCell(1).value).toBe('姓名*');
    expect(workbook.getWorksheet('填表说明')).toBeDefined();
    const options = JSON.stringify(workbook.getWorksheet('党员')!.getCell('C2').dataValidation);
    const choices = workbook.worksheets.map((w) => JSON.stringify(sheetRows(workbook, w.name))).join();
    expect(options + choices).toContain('那坡村党支部');
    expect(choices).not.toContain('那坡村第一党小组');
    expect(choices).not.toContain('外镇党支部');
    expect((await gridWorker.get('/api/members/import/template')).statusCode).toBe(403);
  });

  it('imports members found by ID number, through the same rules as the form, with one summary audit row', async () => {
    const a = await person(township, '黄建军', regions.ownVillage.code);
    const b = await person(township, '陆美兰', regions.ownVillage.code);
    const before = await members();
    const job = await importFile(
      h.app,
      township,
      '/api/members/import',
      await file([
        [
          a.name,
          a.idNumber,
          '那坡村党支部',
          '正式党员',
          '2001/7/1',
          '2002年7月1日',
          '政策宣传岗',
          '宣讲政策',
          '带头种好芒果',
          '践诺中',
          '是',
        ],
        [b.name, b.idNumber, '那坡村党支部', '预备党员', '2026-06-30', null, null, null, null, null, null],
      ]),
    );
    expect(job.status, JSON.stringify(job)).toBe('done');
    expect(job.summary).toEqual({ members: 2 });
    expect(await members()).toBe(before + 2);
    const list = (await township.get(`/api/members?q=${encodeURIComponent('黄建军')}`)).json();
    expect(list.items[0]).toMatchObject({
      status: 'full',
      joinedOn: '2001-07-01',
      fullOn: '2002-07-01',
      commitmentStatus: 'in_progress',
      plaque: true,
    });
    const audits = await h.services.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'member.import'));
    expect(audits).toHaveLength(1);
  });

  it('rejects the whole file, naming row and column, when any row is wrong', async () => {
    const ok = await person(township, '农志刚', regions.ownVillage.code);
    const twice = await person(township, '韦丽', regions.ownVillage.code);
    const foreign = await person(county, '外镇人', regions.otherVillage.code);
    const probationary = await person(township, '蒙小勇', regions.ownVillage.code);
    const fullEarly = await person(township, '蒙大勇', regions.ownVillage.code);
    const before = await members();
    const job = await importFile(
      h.app,
      township,
      '/api/members/import',
      await file([
        [
          ok.name,
          ok.idNumber,
          '那坡村党支部',
          '正式党员',
          '2010-07-01',
          '2011-07-01',
          null,
          null,
          null,
          null,
          null,
        ],
        [
          '别名',
          twice.idNumber,
          '那坡村党支部',
          '正式党员',
          '2010-07-01',
          '2011-07-01',
          null,
          null,
          null,
          null,
          null,
        ],
        [
          twice.name,
          twice.idNumber,
          '外镇党支部',
          '党员',
          '2010-13-01',
          null,
          null,
          null,
          null,
          null,
          '也许',
        ],
        [
          foreign.name,
          foreign.idNumber,
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
        [
          '无此人',
          nextIdNumber(),
          '那坡村第一党小组',
          '预备党员',
          '2025-07-01',
          null,
          null,
          null,
          null,
          null,
          null,
        ],
        [probationary.name, probationary.idNumber, '那坡村党支部', '预备党员', '2025-07-01', '2026-07-01'],
        [fullEarly.name, fullEarly.idNumber, '那坡村党支部', '正式党员', '2025-07-01', '2025-06-30'],
      ]),
    );
    expect(job.status).toBe('rejected');
    const text = job.errors.join('\n');
    expect(text).toContain('第3行 A列（姓名）：姓名与农户登记不一致（登记为“韦丽”）');
    expect(text).toContain('第4行 B列（身份证号）：与第3行是同一人');
    expect(text).toContain('第4行 C列（所属党组织）：党组织不存在或不在您的管辖范围内');
    expect(text).toContain('第4行 D列（党员类别）：党员类别应为预备党员或正式党员');
    expect(text).toContain('第4行 E列（入党日期）');
    expect(text).toContain('第4行 K列（党员户挂牌）');
    expect(text).toContain('第5行 B列（身份证号）：农户中没有此身份证号的人员');
    expect(text).toContain('第6行 C列（所属党组织）：党组织不存在');
    // The form's date rules, reported with the file's other problems.
    expect(text).toContain('第7行 F列（转正日期）：预备党员不应填写转正日期');
    expect(text).toContain('第8行 F列（转正日期）：转正日期不能早于入党日期');
    expect(job.hasErrorFile).toBe(true);
    expect(await members()).toBe(before);
  });

  it('rolls back every row when the use case refuses one (already a member), and says which', async () => {
    const fresh = await person(township, '梁春燕', regions.ownVillage.code);
    const existing = await person(township, '覃海', regions.ownVillage.code);
    const first = await importFile(
      h.app,
      township,
      '/api/members/import',
      await file([
        [
          existing.name,
          existing.idNumber,
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
    const before = await members();
    const job = await importFile(
      h.app,
      township,
      '/api/members/import',
      await file([
        [
          fresh.name,
          fresh.idNumber,
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
        [
          existing.name,
          existing.idNumber,
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
    expect(job.status).toBe('rejected');
    expect(job.errors).toEqual(['第3行 B列（身份证号）：此人已是党员']);
    expect(await members()).toBe(before);
  });

  it('exports the members of a filter with masked ID numbers, audited', async () => {
    const res = await township.get(`/api/members/export?status=full&q=${encodeURIComponent('黄建军')}`);
    expect(res.statusCode).toBe(200);
    const rows = sheetRows(await readWorkbook(res.rawPayload), '党员');
    expect(rows[0].slice(0, 4)).toEqual(['姓名', '身份证号', '所属党组织', '党员类别']);
    expect(rows).toHaveLength(2);
    expect(rows[1][0]).toBe('黄建军');
    expect(rows[1][1]).toMatch(/^\d{4}\*{10}[\dX]{4}$/);
    const [audit] = await h.services.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'member.export'));
    expect(audit.diff).toMatchObject({ filters: { status: 'full' } });
  });
});
