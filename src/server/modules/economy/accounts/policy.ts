import { I6_LAST_YEAR, INCOME_CODES } from '../../../../contracts/api/economy-accounts';
import { levelOfCode } from '../../../../contracts/region-code';
import type { Actor } from '../../../platform/context';
import { type FieldError, Forbidden, Invalid } from '../../../platform/errors';
import { isUnder } from '../../../platform/scope';

// 年度收支: who may write which village's accounts and what a line may hold. Pure; policy.test.ts.
// A village keeps its own accounts; a township and the county keep those of the villages under
// them (a village never reaches another village: the scope answers 404 before this is asked).

type Who = Pick<Actor, 'role' | 'scopeCode'>;

const KEEPERS = new Set(['county_admin', 'township', 'village']);

/** The caller may create, change and delete the accounts of this village. */
export const mayKeepAccounts = (a: Who, villageCode: string): boolean =>
  KEEPERS.has(a.role) && levelOfCode(villageCode) === 'village' && isUnder(villageCode, a.scopeCode);

/** Importing a file of accounts: the same keepers (each row is checked against mayKeepAccounts). */
export const mayImportAccounts = (a: Who): boolean => KEEPERS.has(a.role);

export const assertMayKeep = (a: Who, villageCode: string) => {
  if (!mayKeepAccounts(a, villageCode)) throw new Forbidden('只能维护本级管辖范围内村的收支台账');
};

export const throwIfAny = (problems: FieldError[]) => {
  if (problems.length) throw new Invalid(problems[0].message, problems);
};

export interface LineInput {
  quarter?: unknown;
  code?: unknown;
  amountFen?: unknown;
}

/** What is wrong with an income line of an account of `year` (fields absent from a patch are skipped). */
export const lineProblems = (year: number, line: LineInput): FieldError[] => {
  const problems: FieldError[] = [];
  const { quarter, code, amountFen } = line;
  if (
    quarter !== undefined &&
    !(typeof quarter === 'number' && Number.isInteger(quarter) && quarter >= 1 && quarter <= 4)
  )
    problems.push({ path: 'quarter', message: '季度应为 1–4' });
  if (code !== undefined) {
    if (!INCOME_CODES.includes(code as never)) problems.push({ path: 'code', message: '科目代码应为 I1–I6' });
    else if (code === 'I6' && year > I6_LAST_YEAR)
      problems.push({
        path: 'code',
        message: `2024 年起会计制度已取消“农业税附加返还收入”（I6），${year} 年度不能使用该科目`,
      });
  }
  if (
    amountFen !== undefined &&
    !(typeof amountFen === 'number' && Number.isSafeInteger(amountFen) && amountFen >= 0)
  )
    problems.push({ path: 'amountFen', message: '金额应为不小于 0 的数，最多两位小数' });
  return problems;
};
