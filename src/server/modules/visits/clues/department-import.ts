import { writeAudit } from '../../../platform/audit/write';
import { newId } from '../../../platform/auth/session';
import type { Ctx } from '../../../platform/context';
import { Conflict } from '../../../platform/errors';
import type { Importer } from '../../../platform/excel/run-import';
import { assertIdNumberFree } from '../../households/identity';
import { householdSummaries, type PersonSummary, personByIdNumber } from '../../households/lookups';
import { monitoringDepartmentRecords } from '../tables';
import { checkDepartmentCells, chinaToday, type DepartmentRowCells } from './department-row';
import { departmentSheetSpec } from './department-sheet';
import { ownDataDepartment } from './policy';

// 部门筛查数据导入, all or nothing (docs/visits.md §3): every row is checked and its person matched
// by ID number through the blind index (persons.id_number_idx, households/lookups.ts) before
// anything is written; a row whose ID number is unknown, whose person lies outside the caller's
// scope or whose name differs from the record refuses the whole file. Only a clean file is
// written, in one transaction: person and household ids, never the ID number. The job's id is
// the batch id of the rows it wrote.

interface Matched extends Omit<DepartmentRowCells, 'idNumber' | 'name'> {
  personId: string;
  householdId: string;
}

interface DepartmentState {
  records: Matched[];
}

type Match = { person: PersonSummary } | { problem: string };

/** The living person with this ID number in the caller's scope, or why there is none. */
const matchPerson = async (ctx: Ctx, idNumber: string): Promise<Match> => {
  const person = await personByIdNumber(ctx, idNumber);
  if (person) return { person };
  try {
    await assertIdNumberFree(ctx, ctx.pii.blindIndex('id_number', idNumber));
  } catch (error) {
    if (error instanceof Conflict) return { problem: '该身份证号的人员不在您的管辖范围内' };
    throw error;
  }
  return { problem: '系统中没有该身份证号的在册人员，请核对身份证号' };
};

export const departmentImporter = async (
  _ctx: Ctx,
  fileName: string,
): Promise<Importer<DepartmentState>> => ({
  registry: 'monitoringDepartment',
  spec: departmentSheetSpec,
  singlePass: true,
  async check(ctx, rows, errors, progress) {
    const ownDepartment = ownDataDepartment(ctx.actor);
    const today = chinaToday();
    // One look-up per ID number of the file (a person may be listed twice, e.g. two hospital stays).
    const matches = new Map<string, Match>();
    const records: Matched[] = [];
    let n = 0;
    for await (const row of rows) {
      const cells = checkDepartmentCells(row, errors, { ownDepartment, today });
      if (cells) {
        let match = matches.get(cells.idNumber);
        if (!match) {
          match = await matchPerson(ctx, cells.idNumber);
          matches.set(cells.idNumber, match);
        }
        if ('problem' in match) errors.add(row.row, 'idNumber', match.problem);
        else if (match.person.name !== cells.name)
          errors.add(row.row, 'name', '姓名与该身份证号的户籍登记不一致');
        else if (!match.person.householdId)
          errors.add(row.row, 'idNumber', '该人员没有登记在任何户中，无法关联到户');
        else if (errors.count === 0) {
          const { idNumber: _id, name: _name, ...rest } = cells;
          records.push({ ...rest, personId: match.person.id, householdId: match.person.householdId });
        }
      }
      await progress(++n);
    }
    return { records: errors.count === 0 ? records : [] };
  },
  async commit(tx, jobId, state) {
    const homes = await householdSummaries(tx, [...new Set(state.records.map((r) => r.householdId))]);
    const values = state.records.map((r) => ({
      id: newId(),
      regionCode: homes.get(r.householdId)?.regionCode ?? tx.actor.scopeCode,
      personId: r.personId,
      householdId: r.householdId,
      department: r.department,
      kind: r.kind,
      amountYuan: r.amountYuan,
      occurredOn: r.occurredOn,
      detail: r.detail,
      batchId: jobId,
      importedBy: tx.actor.userId,
    }));
    for (let i = 0; i < values.length; i += 500)
      await tx.db.insert(monitoringDepartmentRecords).values(values.slice(i, i + 500));
    const byDepartment: Record<string, number> = {};
    for (const r of state.records) byDepartment[r.department] = (byDepartment[r.department] ?? 0) + 1;
    const counts = { records: values.length, households: homes.size };
    await writeAudit(tx.db, tx, {
      action: 'monitoring.department.import',
      entity: 'monitoring_department_record',
      entityId: jobId,
      regionCode: tx.actor.scopeCode,
      diff: { file: fileName, batchId: jobId, ...counts, byDepartment },
    });
    return counts;
  },
});
