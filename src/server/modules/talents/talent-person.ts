import { checkIdNumber, ID_NUMBER_MESSAGES, normalizeIdNumber } from '../../../contracts/id-number';
import type { Ctx } from '../../platform/context';
import type { SheetRow } from '../../platform/excel/read';
import { type PersonSummary, personByIdNumber } from '../households/lookups';

// A talent who lives in the village is the person of the households registry ("enter a fact
// once"): the row's 身份证号 finds the person through the blind index and 姓名 must match.

/**
 * The person the row's ID number names, or undefined with the problem noted on the cell: a
 * number typed as a number, a wrong number, twice in the file (`seen`: number → first row),
 * not registered or out of scope, or registered under another name.
 */
export const personOfTalentRow = async (
  ctx: Ctx,
  r: SheetRow,
  seen: Map<string, number>,
  bad: (key: string, message: string) => void,
): Promise<PersonSummary | undefined> => {
  const { idNumber, name } = r.cells;
  if (!idNumber) return undefined;
  if (r.numeric.has('idNumber') && idNumber.length >= 16) {
    bad('idNumber', '身份证号被存成了数字，后几位已丢失，请把该列设为文本格式后重新填写');
    return undefined;
  }
  const problem = checkIdNumber(idNumber);
  if (problem) {
    bad('idNumber', ID_NUMBER_MESSAGES[problem]);
    return undefined;
  }
  const key = normalizeIdNumber(idNumber);
  const first = seen.get(key);
  if (first) {
    bad('idNumber', `与第${first}行是同一人`);
    return undefined;
  }
  seen.set(key, r.row);
  const person = await personByIdNumber(ctx, key);
  if (!person) {
    bad('idNumber', '农户中没有此身份证号的人员（或不在您的管辖范围内），外来人才可不填身份证号');
    return undefined;
  }
  if (name && person.name !== name) {
    bad('name', `姓名与农户登记不一致（登记为“${person.name}”）`);
    return undefined;
  }
  return person;
};
