import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Session, sessionAs, testRegions } from '../../../testing/factories';
import { createHarness, type TestHarness } from '../../../testing/harness';
import { auditLog } from '../../platform/audit/tables';
import { importRows } from '../../platform/excel/tables';
import { buildWorkbook, readWorkbook, upload, waitForJob } from './excel-test-helpers';
import { households, persons } from './tables';
import { makeHousehold, nextIdNumber } from './test-factories';

let h: TestHarness;
let regions: Awaited<ReturnType<typeof testRegions>>;
let township: Session;
let gridWorker: Session;
let village: string;
beforeAll(async () => {
  h = await createHarness();
  regions = await testRegions(h.services.database.db);
  township = await sessionAs(h.app, h.services, 'township', regions.ownTownship.code);
  gridWorker = await sessionAs(h.app, h.services, 'grid_worker', regions.ownVillage.code);
  village = regions.ownVillage.code;
});
afterAll(() => h.close());
const db = () => h.services.database.db;
const totals = async () => ({
  households: (await db().select({ n: count() }).from(households))[0].n,
  persons: (await db().select({ n: count() }).from(persons))[0].n,
});

let no = 0;
/** One household of `size` persons as rows: head first, household columns only on the head's row. */
const householdRows = (size: number) => {
  const householdNo = `X${++no}`;
  return Array.from({ length: size }, (_, i) => [
    householdNo,
    i === 0 ? village : null,
    i === 0 ? '那坡屯3号' : null,
    i === 0 ? '脱贫户' : null,
    i === 0 ? 5200 : null,
    i === 0 ? '否' : null,
    null,
    i === 0 ? '李帮扶' : null,
    `成员${no}${i}`,
    i === 0 ? '户主' : '之子',
    nextIdNumber(),
    '壮族',
    null,
    '普通劳动力',
    null,
  ]);
};

describe('households Excel', () => {
  it('offers a template with the columns, drop-downs for coded fields and an instructions sheet', async () => {
    const res = await township.get('/api/households/import/template');
    expect(res.statusCode).toBe(200);
    const workbook = await readWorkbook(res.rawPayload);
    const sheet = workbook.getWorksheet('农户人员')!;
    expect(sheet.getRow(1).getCell(1).value).toBe('户编号*');
    expect(sheet.getCell('D2').dataValidation).toMatchObject({
      type: 'list',
      formulae: ['"脱贫户,监测户,一般户"'],
    });
    expect(sheet.getCell('L2').dataValidation.formulae?.[0]).toMatch(/^选项!\$[A-Z]+\$1:\$[A-Z]+\$58$/);
    expect(workbook.getWorksheet('选项')!.state).toBe('hidden');
    expect(workbook.getWorksheet('填表说明')!.getCell('A1').value).toContain('导入模板');
  });

  it('imports a valid file in one step with one audit row', async () => {
    const before = await totals();
    const rows = [...householdRows(3), ...householdRows(1), ...householdRows(2)];
    const res = await upload(h.app, township, await buildWorkbook(rows));
    expect(res.statusCode).toBe(202);
    const job = await waitForJob(township, res.json().id);
    expect(job.errors).toEqual([]);
    expect(job).toMatchObject({ status: 'done', totalRows: 6, summary: { households: 3, persons: 6 } });
    expect(await totals()).toEqual({ households: before.households + 3, persons: before.persons + 6 });
    const found = await township.get(`/api/households?q=${rows[0][10]}`);
    expect(found.json().items[0]).toMatchObject({
      memberCount: 3,
      povertyStatus: 'escaped',
      incomePerCapita: 5200,
      helperName: '李帮扶',
    });
    const audits = await db().select().from(auditLog).where(eq(auditLog.action, 'household.import'));
    expect(audits).toHaveLength(1);
    expect(audits[0].diff).toMatchObject({ households: 3, persons: 6 });
    expect((await db().select({ n: count() }).from(importRows))[0].n).toBe(0);
  });

  it('writes nothing when one cell is wrong and marks exactly that cell in the annotated file', async () => {
    const before = await totals();
    const rows = [...householdRows(2), ...householdRows(2)];
    const good = String(rows[3][10]);
    rows[3][10] = `${good.slice(0, 17)}${good[17] === '0' ? '1' : '0'}`; // Excel row 5, column K
    const res = await upload(h.app, township, await buildWorkbook(rows));
    const job = await waitForJob(township, res.json().id);
    expect(job).toMatchObject({ status: 'rejected', errorCount: 1, hasErrorFile: true });
    expect(job.errors).toEqual(['第5行 K列（身份证号）：身份证号校验位不正确']);
    expect(await totals()).toEqual(before);
    const file = await township.get(`/api/import-jobs/${job.id}/error-file`);
    const sheet = (await readWorkbook(file.rawPayload)).getWorksheet('农户人员')!;
    expect(sheet.getCell('K5').note).toBeTruthy();
    expect(JSON.stringify(sheet.getCell('K5').note)).toContain('校验位不正确');
    expect(sheet.getCell('K5').fill).toMatchObject({ pattern: 'solid' });
    expect(JSON.stringify(sheet.getCell('K4').fill ?? null)).not.toContain('solid');
    expect(sheet.getCell('P1').value).toBe('错误');
    expect(String(sheet.getCell('P5').value)).toContain('第5行 K列');
    expect(sheet.getCell('P4').value).toBeNull();
    expect(sheet.getCell('K5').value).toBe(rows[3][10]);
  });

  it('names duplicates in the file, ID numbers and household numbers already registered, unknown villages and codes', async () => {
    const existing = await makeHousehold(township, village);
    const registered = (await township.get(`/api/persons?q=${existing.householdNo}`)).json();
    const rows = householdRows(3);
    rows[2][10] = rows[1][10];
    rows[0][1] = '不存在的村';
    rows[1][9] = '表哥';
    const extra = householdRows(1);
    extra[0][0] = existing.householdNo;
    const res = await upload(h.app, township, await buildWorkbook([...rows, ...extra]));
    const job = await waitForJob(township, res.json().id);
    expect(job.status).toBe('rejected');
    expect(job.errors).toEqual(
      expect.arrayContaining([
        '第2行 B列（所属村）：所属村不存在或不在您的管辖范围内',
        '第3行 J列（与户主关系）：与户主关系不在下拉列表中',
        '第4行 K列（身份证号）：与第3行的身份证号重复',
        '第5行 A列（户编号）：户编号已存在于系统中',
      ]),
    );
    expect(registered.total).toBeGreaterThanOrEqual(1);
  });

  it('refuses an ID number already in the database and a file that is not .xlsx', async () => {
    const idNumber = nextIdNumber();
    await makeHousehold(township, village, { idNumber });
    const rows = householdRows(1);
    rows[0][10] = idNumber;
    const job = await waitForJob(
      township,
      (await upload(h.app, township, await buildWorkbook(rows))).json().id,
    );
    expect(job).toMatchObject({
      status: 'rejected',
      errors: ['第2行 K列（身份证号）：该身份证号已登记在系统中'],
    });
    const wrong = await upload(h.app, township, Buffer.from('a,b'), '农户.csv');
    expect(wrong.statusCode).toBe(422);
    const wrongSheet = await upload(h.app, township, await buildWorkbook(householdRows(1), 'Sheet1'));
    expect((await waitForJob(township, wrongSheet.json().id)).message).toContain('找不到工作表');
  });

  it('exports the filtered list masked, and unmasked only for a role that may reveal, audited', async () => {
    const idNumber = nextIdNumber();
    const household = await makeHousehold(township, village, { idNumber, name: '导出户主' });
    const masked = await township.get(`/api/households/export?q=${household.householdNo}`);
    const sheet = (await readWorkbook(masked.rawPayload)).getWorksheet('农户人员')!;
    expect(sheet.getCell('I2').value).toBe('导出户主');
    expect(sheet.getCell('K2').value).toBe(`4510**********${idNumber.slice(-4)}`);
    expect(sheet.rowCount).toBe(2);
    expect((await gridWorker.get(`/api/households/export?reveal=true&purpose=核对`)).statusCode).toBe(422);
    const full = await township.get(
      `/api/households/export?q=${household.householdNo}&reveal=true&purpose=${encodeURIComponent('报送民政')}`,
    );
    expect((await readWorkbook(full.rawPayload)).getWorksheet('农户人员')!.getCell('K2').value).toBe(
      idNumber,
    );
    const audits = await db().select().from(auditLog).where(eq(auditLog.action, 'household.export_unmasked'));
    expect(audits[0].diff).toMatchObject({ reveal: true, purpose: '报送民政' });
  });
});
