import { POINTS_SYSTEM_LABELS, type RuleView } from '../../../contracts/api/points';
import { checkIdNumber, ID_NUMBER_MESSAGES, normalizeIdNumber } from '../../../contracts/id-number';
import type { Ctx } from '../../platform/context';
import { NotFound } from '../../platform/errors';
import { parseDateCell } from '../../platform/excel/cells';
import type { ImportErrors } from '../../platform/excel/import-errors';
import type { SheetRow } from '../../platform/excel/read';
import { villageOf } from '../../platform/scope';
import { householdByNo, personByIdNumber } from '../households/lookups';
import { memberOfPerson } from '../members/lookups';
import { type Holder, holderOf } from './accounts';
import { listRules } from './list-rules';

// One 历史积分 row → the entry it will post, or its problems on their cells: the holder (户编号 +
// 户主姓名, or 身份证号 + 姓名 of a party member), a past date, non-zero whole points, a rule that
// applies in the holder's village, and a note.

export interface HistoryDraft {
  row: number;
  holder: Holder;
  amount: number;
  occurredOn: string;
  ruleId: string | null;
  note: string;
}

/** Rules that apply per "system:village", loaded once per file and village. */
export type RuleCache = Map<string, Map<string, RuleView>>;

type Bad = (key: string, message: string) => undefined;

/** Today in China (UTC+8), as YYYY-MM-DD: a village's "today" does not start at 08:00. */
export const chinaToday = (now = new Date()) =>
  new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);

const householdOfRow = async (ctx: Ctx, householdNo: string, name: string | undefined, bad: Bad) => {
  const home = await householdByNo(ctx, householdNo);
  if (!home) return bad('householdNo', '户编号不存在或不在您的管辖范围内');
  if (name && home.headName !== name)
    return bad('name', `户主姓名与农户登记不一致（登记为“${home.headName ?? '未登记户主'}”）`);
  return holderOf(ctx, 'civil', home.id);
};

const memberOfRow = async (ctx: Ctx, r: SheetRow, bad: Bad) => {
  const { idNumber = '', name } = r.cells;
  if (r.numeric.has('idNumber') && idNumber.length >= 16)
    return bad('idNumber', '身份证号被存成了数字，后几位已丢失，请把该列设为文本格式后重新填写');
  const problem = checkIdNumber(idNumber);
  if (problem) return bad('idNumber', ID_NUMBER_MESSAGES[problem]);
  const person = await personByIdNumber(ctx, normalizeIdNumber(idNumber));
  if (!person) return bad('idNumber', '没有此身份证号的人员（或不在您的管辖范围内）');
  if (name && person.name !== name) return bad('name', `姓名与登记不一致（登记为“${person.name}”）`);
  const memberId = await memberOfPerson(ctx, person.id);
  if (!memberId) return bad('idNumber', `${person.name}不是党员（党员名册中没有此人）`);
  try {
    return await holderOf(ctx, 'member', memberId);
  } catch (error) {
    if (error instanceof NotFound) return bad('idNumber', '该党员不在您的管辖范围内');
    throw error;
  }
};

/** The household or party member a row is for; the problem on its cell otherwise. */
const holderOfRow = async (ctx: Ctx, r: SheetRow, bad: Bad): Promise<Holder | undefined> => {
  const { householdNo, idNumber, name } = r.cells;
  if (householdNo && idNumber)
    return bad('idNumber', '户编号和身份证号只填一项：农户填户编号，党员填身份证号');
  if (householdNo) return householdOfRow(ctx, householdNo, name, bad);
  if (idNumber) return memberOfRow(ctx, r, bad);
  return bad('householdNo', '请填写户编号（农户文明积分）或身份证号（党员积分）');
};

const amountOf = (text: string | undefined, bad: Bad): number | undefined => {
  if (!text) return bad('points', '请填写分值');
  if (!/^[+-]?\d+$/.test(text)) return bad('points', '分值应为整数，加分为正、扣分为负');
  const n = Number(text);
  if (n === 0) return bad('points', '分值不能为0');
  if (Math.abs(n) > 1000) return bad('points', '分值应在 -1000 到 1000 之间');
  return n;
};

const dateOf = (text: string | undefined, today: string, bad: Bad): string | undefined => {
  if (!text) return bad('date', '请填写日期');
  const date = parseDateCell(text);
  if (!date) return bad('date', '日期格式应为 2024-05-01（或 2024/5/1、2024年5月1日）');
  if (date >= today) return bad('date', '日期须早于今天（此处只导入历史积分）');
  return date;
};

const ruleOf = async (
  ctx: Ctx,
  code: string,
  holder: Holder,
  amount: number | undefined,
  cache: RuleCache,
  bad: Bad,
) => {
  const village = villageOf(holder.regionCode);
  const key = `${holder.system}:${village}`;
  let rules = cache.get(key);
  if (!rules) {
    const list = await listRules(ctx, { system: holder.system, regionCode: village, includeInactive: true });
    rules = new Map(list.map((r) => [r.code.toUpperCase(), r]));
    cache.set(key, rules);
  }
  const rule = rules.get(code.toUpperCase());
  if (!rule)
    return bad('ruleCode', `规则编号“${code}”不存在或不适用于该村的${POINTS_SYSTEM_LABELS[holder.system]}`);
  if (amount !== undefined && Math.sign(amount) !== Math.sign(rule.points))
    return bad(
      'points',
      `规则 ${rule.code}（${rule.name}）是${rule.points > 0 ? '加分' : '扣分'}规则，分值应为${rule.points > 0 ? '正数' : '负数'}`,
    );
  return rule;
};

/** Checks one row; undefined when anything is wrong (every problem noted on its cell). */
export const checkHistoryRow = async (
  ctx: Ctx,
  r: SheetRow,
  o: { rules: RuleCache; today: string },
  errors: ImportErrors,
): Promise<HistoryDraft | undefined> => {
  const before = errors.count;
  const bad: Bad = (key, message) => {
    errors.add(r.row, key, message);
    return undefined;
  };
  const c = r.cells;
  if (!c.name) bad('name', '请填写姓名（农户填户主姓名，党员填本人姓名）');
  const holder = await holderOfRow(ctx, r, bad);
  const amount = amountOf(c.points, bad);
  const occurredOn = dateOf(c.date, o.today, bad);
  const rule = holder && c.ruleCode ? await ruleOf(ctx, c.ruleCode, holder, amount, o.rules, bad) : undefined;
  if (!c.note) bad('note', '请填写说明（积分事由）');
  else if ([...c.note].length > 500) bad('note', '说明最多500字');
  if (errors.count > before || !holder || amount === undefined || !occurredOn || !c.note) return undefined;
  return { row: r.row, holder, amount, occurredOn, ruleId: rule?.id ?? null, note: c.note };
};
