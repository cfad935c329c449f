import { checkIdNumber, ID_NUMBER_MESSAGES, normalizeIdNumber } from '../../../../contracts/id-number';
import { parseDateCell } from '../../../platform/excel/cells';
import type { ImportErrors } from '../../../platform/excel/import-errors';
import type { SheetRow } from '../../../platform/excel/read';
import { DATA_DEPARTMENTS } from '../defaults';

// One row of the 部门筛查数据 sheet → what it says, or its problems on its cells (Chinese, by
// column). The person is matched afterwards (department-import.ts); this checks the cells alone.

export interface DepartmentRowCells {
  row: number;
  /** Normalised; only kept in memory for the match, never stored. */
  idNumber: string;
  name: string;
  department: string;
  kind: string;
  amountYuan: number | null;
  occurredOn: string;
  detail: string | null;
}

const YUAN = /^\d+(\.\d{1,2})?$/;

/** '1,234.5' → 1235 (whole 元, half up); undefined when it is not such an amount. */
export const wholeYuan = (text: string): number | undefined => {
  const clean = text.replace(/[,，\s]/g, '').replace(/元$/, '');
  if (!YUAN.test(clean)) return undefined;
  const [whole, cents = ''] = clean.split('.');
  const fen = Number(whole) * 100 + Number(cents.padEnd(2, '0'));
  const yuan = Math.round(fen / 100);
  return Number.isSafeInteger(yuan) && yuan <= 100_000_000 ? yuan : undefined;
};

/** Today's date in China (the lists' dates are local). */
export const chinaToday = (now = new Date()) =>
  new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);

const departmentOf = (text: string) =>
  DATA_DEPARTMENTS.find((d) => d.name.zh === text || d.code === text.toLowerCase());

export const checkDepartmentCells = (
  row: SheetRow,
  errors: ImportErrors,
  o: { ownDepartment: string | null; today: string },
): DepartmentRowCells | undefined => {
  const c = row.cells;
  const before = errors.count;
  const add = (key: string, message: string) => errors.add(row.row, key, message);
  const idNumber = normalizeIdNumber(c.idNumber ?? '');
  if (!idNumber) add('idNumber', '请填写身份证号');
  else if (row.numeric.has('idNumber') && idNumber.length >= 16)
    add('idNumber', '身份证号被存成了数字，后几位已丢失，请把该列设为文本格式后重新填写');
  else {
    const problem = checkIdNumber(idNumber);
    if (problem) add('idNumber', ID_NUMBER_MESSAGES[problem]);
  }
  if (!c.name) add('name', '请填写姓名');
  else if (c.name.length > 32) add('name', '姓名最多32字');
  const department = c.department ? departmentOf(c.department) : undefined;
  if (!c.department) add('department', '请填写部门');
  else if (!department) add('department', `部门“${c.department}”不在可导入的部门中（见“部门和类别”工作表）`);
  else if (o.ownDepartment && department.code !== o.ownDepartment) {
    const own = DATA_DEPARTMENTS.find((d) => d.code === o.ownDepartment)?.name.zh ?? o.ownDepartment;
    add('department', `您只能导入本部门（${own}）的数据`);
  }
  const kind = department?.kinds.find((k) => k.name.zh === c.kind || k.code === (c.kind ?? '').toLowerCase());
  if (!c.kind) add('kind', '请填写类别');
  else if (department && !kind)
    add(
      'kind',
      `类别“${c.kind}”不是${department.name.zh}的类别，可填：${department.kinds.map((k) => k.name.zh).join('、')}`,
    );
  const amountYuan = c.amount === undefined ? null : wholeYuan(c.amount);
  if (amountYuan === undefined) add('amount', '金额应为不小于 0 的数，以元为单位，最多两位小数');
  else if (amountYuan === null && kind?.code === 'medical_cost') add('amount', '医疗费用自付须填写金额');
  const occurredOn = c.occurredOn ? parseDateCell(c.occurredOn) : undefined;
  if (!c.occurredOn) add('occurredOn', '请填写发生日期');
  else if (!occurredOn) add('occurredOn', '发生日期格式不正确，应如 2026-03-15');
  else if (occurredOn > o.today) add('occurredOn', '发生日期不能晚于今天');
  else if (occurredOn < '2000-01-01') add('occurredOn', '发生日期应在2000年以后');
  if (c.detail && c.detail.length > 300) add('detail', '说明最多300字');
  if (errors.count > before || !department || !kind) return undefined;
  return {
    row: row.row,
    idNumber,
    name: c.name as string,
    department: department.code,
    kind: kind.code,
    amountYuan: amountYuan ?? null,
    occurredOn: occurredOn as string,
    detail: c.detail ?? null,
  };
};
