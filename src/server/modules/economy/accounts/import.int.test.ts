import { count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { buildSheet, importFile, readWorkbook, sheetRows } from '../../../../testing/excel';
import { ok } from '../../../../testing/ok';
import { fillWithOpenpyxl } from '../../../../testing/openpyxl';
import { db, h, insertAccount, regions, township, village, withEconomyHarness } from '../economy-test-kit';
import { economyAccounts, economyIncomeLines } from '../tables';

// 收支导入, all or nothing: the template, a good file replacing a year's lines, a file with one bad
// row writing nothing (every error with its row and column in Chinese, the annotated file back).

withEconomyHarness();

const HEADERS = ['村代码', '村名', '年度', '季度', '科目代码', '明细', '发包标记', '金额（元）', '备注'];
const url = '/api/economy/accounts/import';
const lineCount = async () => (await db().select({ n: count() }).from(economyIncomeLines))[0].n;
const accountOf = async (regionCode: string, year: number) =>
  (await db().select().from(economyAccounts).where(eq(economyAccounts.regionCode, regionCode))).find(
    (a) => a.year === year,
  );

describe('收支明细 import', () => {
  it('offers a template with the columns, the instructions and a sheet of the codes', async () => {
    const res = await village.get(`${url}/template`);
    expect(res.statusCode).toBe(200);
    const workbook = await readWorkbook(res.rawPayload);
    expect(sheetRows(workbook, '收支明细')[0]).toEqual([
      '村代码*',
      '村名',
      '年度*',
      '季度*',
      '科目代码*',
      '明细*',
      '发包标记',
      '金额（元）*',
      '备注',
    ]);
    const codes = sheetRows(workbook, '科目代码');
    expect(codes.map((r) => r[0])).toEqual(['科目代码', 'I1', 'I2', 'I3', 'I4', 'I5', 'I6']);
    expect(sheetRows(workbook, '填表说明').flat().join('\n')).toContain('替换');
  });

  it('imports a good file, replacing the lines of the village and year it names', async () => {
    const v = regions.ownVillage.code;
    await insertAccount(v, 2024, [{ code: 'I5', amountFen: 99_999 }]);
    const file = await buildSheet('收支明细', HEADERS, [
      [v, regions.ownVillage.name, 2024, 1, 'I1', '农产品销售', null, '12,000.50', null],
      [v, null, 2024, 2, 'i3', '光伏分红', '否', 30000, '入股分红'],
      [v, null, 2024, 4, 'I1', '土地发包', '是', 8000.05, null],
      [v, null, 2023, 4, 'I6', '旧科目', null, 100, null],
    ]);
    const job = await importFile(h.app, village, url, file, '收支.xlsx');
    expect(job.errors).toEqual([]);
    expect(job).toMatchObject({ status: 'done', summary: { accounts: 2, lines: 4, replaced: 1 } });
    const y2024 = await accountOf(v, 2024);
    expect(y2024).toMatchObject({ operatingFen: 5_000_055, totalFen: 5_000_055, contractingFen: 800_005 });
    const detail = await ok(village.get(`/api/economy/accounts/${y2024?.id}`));
    expect(detail.lines.map((l: { code: string }) => l.code)).toEqual(['I1', 'I3', 'I1']);
    expect(await accountOf(v, 2023)).toMatchObject({ totalFen: 10_000, operatingFen: 0 });
  });

  it('refuses a file with one bad row and writes nothing, naming row and column in Chinese', async () => {
    const v = regions.ownVillage.code;
    const before = await lineCount();
    const file = await buildSheet('收支明细', HEADERS, [
      [v, null, 2025, 1, 'I1', '农产品销售', null, 100, null],
      [v, null, 2025, 2, 'I6', '旧科目', null, 100, null],
      [v, null, 2025, 3, 'I2', '鱼塘发包', null, 200, null],
    ]);
    const job = await importFile(h.app, township, url, file, '有错.xlsx');
    expect(job).toMatchObject({ status: 'rejected', errorCount: 1, hasErrorFile: true });
    expect(job.errors[0]).toMatch(/^第3行 E列（科目代码）：2024 年起/);
    expect(await lineCount()).toBe(before);
    expect(await accountOf(v, 2025)).toBeUndefined();
    const annotated = await township.get(`/api/import-jobs/${job.id}/error-file`);
    expect(annotated.statusCode).toBe(200);
    const cell = (await readWorkbook(annotated.rawPayload)).getWorksheet('收支明细')?.getCell('E3');
    expect(JSON.stringify(cell?.note)).toContain('2024 年起');
  });

  it('refuses villages outside the caller’s reach, bad amounts and quarters', async () => {
    const file = await buildSheet('收支明细', HEADERS, [
      [regions.otherVillage.code, null, 2022, 1, 'I1', '销售', null, 100, null],
      [regions.ownVillage.code, '别的村', 2022, 5, 'I1', '销售', '也许', '12.345', null],
    ]);
    const job = await importFile(h.app, village, url, file);
    expect(job.status).toBe('rejected');
    expect(job.errors).toEqual([
      expect.stringMatching(/^第2行 A列（村代码）：村代码不存在或不在您的管辖范围内/),
      expect.stringMatching(/^第3行 B列（村名）：村名与村代码不符/),
      expect.stringMatching(/^第3行 H列（金额（元））：金额应为/),
      expect.stringMatching(/^第3行 D列（季度）：季度应为 1–4/),
      expect.stringMatching(/^第3行 G列（发包标记）/),
    ]);
    expect(await accountOf(regions.otherVillage.code, 2022)).toBeUndefined();
  });

  it('imports the template filled by openpyxl (as pandas writes it)', async () => {
    const template = (await township.get(`${url}/template`)).rawPayload;
    const v = regions.ownVillage.code;
    const file = fillWithOpenpyxl(template, '收支明细', [
      [v, null, 2020, 2, 'I2', '果园发包', null, 4321.5, null],
      [v, null, 2020, 3, 'I4', '财政补助', null, 1000, '转移支付'],
    ]);
    const job = await importFile(h.app, township, url, file, '脚本.xlsx');
    expect(job.errors).toEqual([]);
    expect(job.status).toBe('done');
    expect(await accountOf(v, 2020)).toMatchObject({
      operatingFen: 432_150,
      totalFen: 532_150,
      contractingFen: 432_150,
    });
  });
});
