import type { Ctx } from '../../platform/context';
import type { ImportErrors } from '../../platform/excel/import-errors';
import type { SheetRow } from '../../platform/excel/read';
import { personByIdNumber } from '../households/lookups';

// Members and development records refer to a person of the households registry ("enter a fact
// once"): the sheet's 身份证号 finds the person through the blind index and 姓名 must match.

/**
 * The row's person (columns `name`, `idNumber`), or undefined with the problem noted on its cell:
 * missing, twice in the file (`seen`: ID number → first row), not registered or out of scope, or
 * registered under another name.
 */
export const personOfRow = async (ctx: Ctx, r: SheetRow, seen: Map<string, number>, errors: ImportErrors) => {
  const c = r.cells;
  if (!c.name) errors.add(r.row, 'name', '请填写姓名');
  if (!c.idNumber) {
    errors.add(r.row, 'idNumber', '请填写身份证号');
    return undefined;
  }
  if (r.numeric.has('idNumber') && c.idNumber.length >= 16) {
    errors.add(r.row, 'idNumber', '身份证号被存成了数字，后几位已丢失，请把该列设为文本格式后重新填写');
    return undefined;
  }
  const key = c.idNumber.toUpperCase();
  const first = seen.get(key);
  if (first) {
    errors.add(r.row, 'idNumber', `与第${first}行是同一人`);
    return undefined;
  }
  seen.set(key, r.row);
  const person = await personByIdNumber(ctx, c.idNumber);
  if (!person) {
    errors.add(r.row, 'idNumber', '农户中没有此身份证号的人员（或不在您的管辖范围内），请先登记农户');
    return undefined;
  }
  if (c.name && person.name !== c.name) {
    errors.add(r.row, 'name', `姓名与农户登记不一致（登记为“${person.name}”）`);
    return undefined;
  }
  return c.name ? person : undefined;
};
