import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { readWorkbook, sheetRows } from '../../../testing/excel';
import { sessionAs } from '../../../testing/factories';
import { ok } from '../../../testing/ok';
import { auditLog } from '../../platform/audit/tables';
import {
  balance,
  county,
  day,
  entries,
  faraway,
  goodRows,
  h,
  home,
  member,
  neighbour,
  postJobTwice,
  regions,
  tomorrow,
  upload,
  village,
  withExcelHarness,
} from './excel-test-kit';
import { reconcile } from './reconcile';

// 历史积分 imported from Excel all or nothing through post(): template, good file, bad file, re-run.

withExcelHarness();

describe('历史积分 import', () => {
  it('offers a template with the import columns and an instructions sheet, to approvers only', async () => {
    const res = await village.get('/api/points/ledger/import/template');
    expect(res.statusCode).toBe(200);
    const workbook = await readWorkbook(res.rawPayload);
    expect(sheetRows(workbook, '历史积分')[0]).toEqual([
      '户编号',
      '身份证号',
      '姓名*',
      '日期*',
      '分值*',
      '规则编号',
      '说明*',
    ]);
    expect(workbook.getWorksheet('历史积分')!.getCell('B2').numFmt).toBe('@');
    const help = sheetRows(workbook, '填表说明').flat().join('\n');
    expect(help).toContain('户主姓名');
    expect(help).toContain('只要有一处错误就不导入任何数据');
    const grid = await sessionAs(h.app, h.services, 'grid_worker', regions.ownVillage.code);
    expect((await grid.get('/api/points/ledger/import/template')).statusCode).toBe(403);
  });

  it('posts a good file through the ledger: balances change by the sum and reconcile finds nothing', async () => {
    const before = {
      home: await balance('civil', home.id),
      neighbour: await balance('civil', neighbour.id),
      member: await balance('member', member.id),
    };
    const job = await upload(county, goodRows());
    expect(job.status, JSON.stringify(job)).toBe('done');
    expect(job.summary).toEqual({ entries: 5, points: 42 });
    expect(await balance('civil', home.id)).toBe(before.home + 3);
    expect(await balance('civil', neighbour.id)).toBe(before.neighbour + 30);
    expect(await balance('member', member.id)).toBe(before.member + 1);
    const account = await ok(village.get(`/api/points/holder-account?system=civil&holderId=${home.id}`));
    const ledger = await ok(village.get(`/api/points/accounts/${account.id}/ledger`));
    expect(
      ledger.items.map((e: { kind: string; ruleCode: string | null }) => `${e.kind} ${e.ruleCode}`).sort(),
    ).toEqual(['import C01', 'import D01']);
    const [audit] = await h.services.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'points.import'));
    expect(audit.diff).toMatchObject({ entries: 5, points: 42 });
    expect((await reconcile(h.services.database.db)).differences).toEqual([]);
  });

  it('rejects a file with bad rows, changes nothing and names row and column in Chinese', async () => {
    const before = await entries();
    const balances = [await balance('civil', home.id), await balance('member', member.id)];
    const job = await upload(village, [
      [home.householdNo, null, home.headName, day('08-01'), 2, null, '好的一行'],
      [home.householdNo, null, '张冒名', day('08-01'), 2, null, '户主不符'],
      [neighbour.householdNo, null, neighbour.headName, day('08-01'), 0, null, '零分'],
      [neighbour.householdNo, null, neighbour.headName, tomorrow(), 3, null, '未来日期'],
      [neighbour.householdNo, null, neighbour.headName, day('08-01'), 3, 'X99', '未知规则'],
      [null, member.idNumber, member.name, day('08-01'), 3, 'C01', '文明积分规则记给党员'],
      [faraway.householdNo, null, faraway.headName, day('08-01'), 3, null, '外乡镇农户'],
      [home.householdNo, member.idNumber, home.headName, day('08-01'), 1.5, 'D01', null],
    ]);
    expect(job.status).toBe('rejected');
    expect(job.errors).toEqual([
      `第3行 C列（姓名）：户主姓名与农户登记不一致（登记为“${home.headName}”）`,
      '第4行 E列（分值）：分值不能为0',
      '第5行 D列（日期）：日期须早于今天（此处只导入历史积分）',
      '第6行 F列（规则编号）：规则编号“X99”不存在或不适用于该村的文明积分',
      '第7行 F列（规则编号）：规则编号“C01”不存在或不适用于该村的党员积分',
      '第8行 A列（户编号）：户编号不存在或不在您的管辖范围内',
      '第9行 B列（身份证号）：户编号和身份证号只填一项：农户填户编号，党员填身份证号',
      '第9行 E列（分值）：分值应为整数，加分为正、扣分为负',
      '第9行 G列（说明）：请填写说明（积分事由）',
    ]);
    expect(await entries()).toBe(before);
    expect([await balance('civil', home.id), await balance('member', member.id)]).toEqual(balances);
    const file = await village.get(`/api/import-jobs/${job.id}/error-file`);
    expect(file.statusCode).toBe(200);
    const annotated = (await readWorkbook(file.rawPayload)).getWorksheet('历史积分')!;
    expect(annotated.getCell('H1').value).toBe('错误');
    expect(annotated.getCell('E4').note).toBe('分值不能为0');
    expect(String(annotated.getCell('H5').value)).toContain('第5行 D列（日期）');
  });

  it('posts a job’s rows once when its commit runs again (keys from job id and row)', async () => {
    const before = await balance('civil', neighbour.id);
    expect(await postJobTwice()).toEqual([
      { entries: 2, points: 10 },
      { entries: 0, points: 0 },
    ]);
    expect(await balance('civil', neighbour.id)).toBe(before + 10);
    expect((await reconcile(h.services.database.db)).differences).toEqual([]);
  });
});
