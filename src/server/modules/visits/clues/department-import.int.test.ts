import { count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { buildSheet, readWorkbook, sheetRows, uploadTo } from '../../../../testing/excel';
import { loginAs, makeUser, type Session } from '../../../../testing/factories';
import { ok } from '../../../../testing/ok';
import { fillWithOpenpyxl } from '../../../../testing/openpyxl';
import { auditLog } from '../../../platform/audit/tables';
import { importJobs } from '../../../platform/excel/tables';
import { nextIdNumber } from '../../households/test-factories';
import { monitoringDepartmentRecords } from '../tables';
import { county, db, h, newHousehold, regions, township, withVisitsHarness } from '../visits-test-kit';

// 部门筛查数据导入 (docs/visits.md §3): a department's list matched to living persons by ID number
// through the blind index, all or nothing, with row errors in Chinese; the ID numbers of the file
// are nowhere afterwards — not in the records, not in the audit log, not in the job.

withVisitsHarness();

const HEADERS = ['身份证号', '姓名', '部门', '类别', '金额（元）', '发生日期', '说明'];
const url = '/api/monitoring/department-import';

const waitFor = async (session: Session, jobId: string) => {
  for (;;) {
    const job = await ok(session.get(`${url}/${jobId}`));
    if (job.status !== 'validating' && job.status !== 'importing') return job;
    await new Promise((r) => setTimeout(r, 50));
  }
};

const importAs = async (session: Session, file: Buffer, name = '部门数据.xlsx') => {
  const res = await uploadTo(h.app, session, url, file, name);
  expect(res.statusCode, res.body).toBe(202);
  return waitFor(session, res.json().id);
};

const recordCount = async () => (await db().select({ n: count() }).from(monitoringDepartmentRecords))[0].n;

/** A household of `regionCode` whose head has a known name and ID number. */
const personAt = async (regionCode: string, name: string) => {
  const idNumber = nextIdNumber();
  const home = await newHousehold(regionCode, {}, { name, idNumber });
  return { idNumber, name, home };
};

const department = async (dept: 'civil_affairs' | 'health') =>
  loginAs(
    h.app,
    (await makeUser(h.services, { role: 'department', regionCode: regions.county, department: dept }))
      .username,
  );

/** Every text the database keeps of the import: the records, the audit log and the jobs. */
const everythingStored = async () =>
  JSON.stringify([
    await db().select().from(monitoringDepartmentRecords),
    await db().select().from(auditLog),
    await db().select().from(importJobs),
  ]);

describe('部门筛查数据导入', () => {
  it('offers a template with the columns and a sheet of departments and kinds', async () => {
    const dept = await department('health');
    const res = await dept.get(`${url}/template`);
    expect(res.statusCode).toBe(200);
    const workbook = await readWorkbook(res.rawPayload);
    expect(sheetRows(workbook, '部门筛查数据')[0]).toEqual([
      '身份证号*',
      '姓名*',
      '部门*',
      '类别*',
      '金额（元）',
      '发生日期*',
      '说明',
    ]);
    const kinds = sheetRows(workbook, '部门和类别');
    expect(kinds[0]).toEqual(['部门', '部门代码', '类别', '类别代码']);
    expect(kinds.map((r) => r[0])).toEqual(expect.arrayContaining(['医保', '民政', '残联', '应急']));
    expect(sheetRows(workbook, '填表说明').flat().join('\n')).toContain('不会保存');
  });

  it('matches rows to persons by ID number and stores no ID number anywhere', async () => {
    const a = await personAt(regions.ownVillage.code, '韦秀兰');
    const b = await personAt(regions.ownVillage.code, '黄志强');
    const dept = await department('civil_affairs');
    const file = await buildSheet('部门筛查数据', HEADERS, [
      [a.idNumber, '韦秀兰', '民政', '救助', '3,200.50', '2026-03-15', '临时救助'],
      [b.idNumber.toLowerCase(), '黄志强', 'civil_affairs', 'assistance', null, '2026/1/8', null],
      [a.idNumber, '韦秀兰', '民政', '救助', 800, '2026-04-01', '第二次'],
    ]);
    const job = await importAs(dept, file);
    expect(job.errors).toEqual([]);
    expect(job).toMatchObject({ status: 'done', summary: { records: 3, households: 2 } });
    const rows = await db()
      .select()
      .from(monitoringDepartmentRecords)
      .where(eq(monitoringDepartmentRecords.batchId, job.id));
    expect(rows).toHaveLength(3);
    const first = rows.find((r) => r.amountYuan === 3201);
    expect(first).toMatchObject({
      personId: a.home.headPersonId,
      householdId: a.home.id,
      regionCode: regions.ownVillage.code,
      department: 'civil_affairs',
      kind: 'assistance',
      occurredOn: '2026-03-15',
      detail: '临时救助',
    });
    expect(rows.find((r) => r.personId === b.home.headPersonId)).toMatchObject({
      amountYuan: null,
      occurredOn: '2026-01-08',
    });
    const stored = await everythingStored();
    for (const id of [a.idNumber, b.idNumber, b.idNumber.toLowerCase(), a.idNumber.slice(0, 14)])
      expect(stored).not.toContain(id);
    const [audit] = await db().select().from(auditLog).where(eq(auditLog.entityId, job.id));
    expect(audit).toMatchObject({
      action: 'monitoring.department.import',
      entity: 'monitoring_department_record',
    });
    expect(audit.diff).toMatchObject({ records: 3, households: 2, byDepartment: { civil_affairs: 3 } });

    // The list shows them in scope, names masked; the export is audited.
    const list = await ok(
      township.get(`/api/monitoring/department-records?batchId=${job.id}&sort=amount&order=desc`),
    );
    expect(list.total).toBe(3);
    expect(list.items[0]).toMatchObject({
      personName: '韦*兰',
      departmentName: '民政',
      kindName: '救助',
      amountYuan: 3201,
    });
    expect(JSON.stringify(list)).not.toContain('韦秀兰');
    const named = await ok(
      township.get(`/api/monitoring/department-records?batchId=${job.id}&q=${encodeURIComponent('志强')}`),
    );
    expect(named.items.map((r: { householdId: string }) => r.householdId)).toEqual([b.home.id]);
    const exported = await township.get(`/api/monitoring/department-records/export?batchId=${job.id}`);
    expect(exported.statusCode).toBe(200);
    expect(sheetRows(await readWorkbook(exported.rawPayload), '部门筛查数据')).toHaveLength(4);
  });

  it('refuses the whole file for an unknown ID number or a person outside the scope, writing nothing', async () => {
    const mine = await personAt(regions.ownVillage.code, '陆美玲');
    const theirs = await personAt(regions.otherVillage.code, '梁文华');
    const before = await recordCount();
    const auditBefore = (await db().select({ n: count() }).from(auditLog))[0].n;
    const unknown = nextIdNumber();
    const file = await buildSheet('部门筛查数据', HEADERS, [
      [mine.idNumber, '陆美玲', '医保', '医疗费用自付', 12000, '2026-02-01', '住院'],
      [unknown, '不存在', '医保', '医疗费用自付', 5000, '2026-02-01', null],
      [theirs.idNumber, '梁文华', '残联', '新增残疾', null, '2026-02-03', null],
      [mine.idNumber, '陆美龄', '医保', '医疗费用自付', 'abc', '2026-02-30', null],
      [mine.idNumber, '陆美玲', '医保', '救助', null, '2999-01-01', null],
    ]);
    const job = await importAs(township, file, '有错.xlsx');
    expect(job).toMatchObject({ status: 'rejected', hasErrorFile: true });
    expect(job.errors).toEqual([
      expect.stringMatching(/^第3行 A列（身份证号）：系统中没有该身份证号的在册人员/),
      expect.stringMatching(/^第4行 A列（身份证号）：该身份证号的人员不在您的管辖范围内/),
      expect.stringMatching(/^第5行 E列（金额（元））：金额应为/),
      expect.stringMatching(/^第5行 F列（发生日期）：发生日期格式不正确/),
      expect.stringMatching(/^第6行 D列（类别）：类别“救助”不是医保的类别/),
      expect.stringMatching(/^第6行 F列（发生日期）：发生日期不能晚于今天/),
    ]);
    expect(await recordCount()).toBe(before);
    expect((await db().select({ n: count() }).from(auditLog))[0].n).toBe(auditBefore);
    const annotated = await township.get(`${url}/${job.id}/error-file`);
    expect(annotated.statusCode).toBe(200);
    const cell = (await readWorkbook(annotated.rawPayload)).getWorksheet('部门筛查数据')?.getCell('A3');
    expect(JSON.stringify(cell?.note)).toContain('没有该身份证号');
    // A name that differs from the record is its own error, once the rest of the row is right.
    const misnamed = await importAs(
      township,
      await buildSheet('部门筛查数据', HEADERS, [
        [mine.idNumber, '陆美龄', '医保', '医疗费用自付', 100, '2026-02-01', null],
      ]),
    );
    expect(misnamed.errors).toEqual([
      expect.stringMatching(/^第2行 B列（姓名）：姓名与该身份证号的户籍登记不一致/),
    ]);
    expect(await recordCount()).toBe(before);
    expect(await everythingStored()).not.toContain(unknown);
  });

  it('keeps a department account to its own department’s rows', async () => {
    const p = await personAt(regions.ownVillage.code, '蓝海');
    const dept = await department('civil_affairs');
    const job = await importAs(
      dept,
      await buildSheet('部门筛查数据', HEADERS, [
        [p.idNumber, '蓝海', '医保', '医疗费用自付', 100, '2026-02-01', null],
      ]),
    );
    expect(job.errors).toEqual([expect.stringMatching(/^第2行 C列（部门）：您只能导入本部门（民政）的数据/)]);
    // Villages and grid workers do not import department lists; jobs of other registries stay hidden.
    const villageSession = await loginAs(
      h.app,
      (await makeUser(h.services, { role: 'village', regionCode: regions.ownVillage.code })).username,
    );
    expect(
      (await uploadTo(h.app, villageSession, url, await buildSheet('部门筛查数据', HEADERS, []))).statusCode,
    ).toBe(403);
  });

  it('imports the template filled by openpyxl (as pandas writes it)', async () => {
    const p = await personAt(regions.ownVillage.code, '罗金凤');
    const template = (await county.get(`${url}/template`)).rawPayload;
    const file = fillWithOpenpyxl(template, '部门筛查数据', [
      [p.idNumber, '罗金凤', '应急', '受灾', 15000, '2026-05-20', '洪水冲毁鱼塘'],
      [p.idNumber, '罗金凤', '住建', '危房', null, '2026-05-21', null],
    ]);
    const job = await importAs(county, file, '脚本.xlsx');
    expect(job.errors).toEqual([]);
    expect(job).toMatchObject({ status: 'done', summary: { records: 2, households: 1 } });
    const rows = await db()
      .select()
      .from(monitoringDepartmentRecords)
      .where(eq(monitoringDepartmentRecords.batchId, job.id));
    expect(rows.map((r) => r.kind).sort()).toEqual(['disaster', 'unsafe_house']);
    expect(await everythingStored()).not.toContain(p.idNumber);
  });
});
