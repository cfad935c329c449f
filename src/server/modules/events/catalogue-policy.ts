import { SERVICE_INTAKES } from '../../../contracts/api/events-catalogue';
import { DEPARTMENT_LABELS, DEPARTMENTS, type Department } from '../../../contracts/roles';
import { type FieldError, Invalid } from '../../platform/errors';
import type { StageKind, StageLimits, TimeLimit } from './tables';

// What a county may write into its catalogues (事件类别, 服务清单): pure checks, each failure a
// field with a Chinese message naming it. The use cases throw them as one 422.

export const STAGE_KINDS: readonly StageKind[] = [
  'accept',
  'village',
  'township',
  'acknowledge',
  'handle',
  'review',
];
export const STAGE_LABELS: Record<StageKind, string> = {
  accept: '受理',
  village: '村级办理',
  township: '乡镇办理',
  acknowledge: '部门报到',
  handle: '部门办理',
  review: '乡镇审核',
};
const UNIT_LABELS = { wd: '工作日', d: '天', h: '小时' } as const;
/** The longest limit in each unit: a quarter of a year, or 30 days in hours. */
const MAX_AMOUNT = { wd: 90, d: 90, h: 720 } as const;

type LooseLimit = { amount: number; unit: string };

/** A code people type and read (E16, S18): letters and digits, upper-cased. */
export const normalCode = (code: string) => code.trim().toUpperCase();

export const codeError = (code: string): FieldError | null =>
  /^[A-Z][A-Z0-9_-]{1,15}$/.test(code)
    ? null
    : { path: 'code', message: '编码应以字母开头，由 2–16 位字母、数字组成（如 E16）' };

/** One limit, checked: `label` names it in the message (e.g. 「受理」时限). */
export const limitError = (path: string, label: string, limit: LooseLimit): FieldError | null => {
  if (!(limit.unit in UNIT_LABELS)) return { path, message: `${label}的单位应为工作日、天或小时` };
  const unit = limit.unit as TimeLimit['unit'];
  if (!Number.isInteger(limit.amount) || limit.amount < 1)
    return { path, message: `${label}应为不小于 1 的整数` };
  if (limit.amount > MAX_AMOUNT[unit])
    return { path, message: `${label}不超过 ${MAX_AMOUNT[unit]} ${UNIT_LABELS[unit]}` };
  return null;
};

/** Every stage needs a limit; unknown stages are refused. */
export const limitsErrors = (limits: Record<string, LooseLimit>): FieldError[] => {
  const errors: FieldError[] = [];
  for (const key of Object.keys(limits))
    if (!STAGE_KINDS.includes(key as StageKind))
      errors.push({ path: `limits.${key}`, message: `办理时限中没有「${key}」这一环节` });
  for (const stage of STAGE_KINDS) {
    const limit = limits[stage];
    const label = `「${STAGE_LABELS[stage]}」时限`;
    if (!limit) errors.push({ path: `limits.${stage}`, message: `请填写${label}` });
    else {
      const error = limitError(`limits.${stage}`, label, limit);
      if (error) errors.push(error);
    }
  }
  return errors;
};

export const departmentsErrors = (departments: string[]): FieldError[] => {
  const unknown = departments.filter((d) => !DEPARTMENTS.includes(d as Department));
  if (unknown.length)
    return [{ path: 'departments', message: `派单部门中有未知的部门：${unknown.join('、')}` }];
  if (new Set(departments).size !== departments.length)
    return [{ path: 'departments', message: '派单部门有重复' }];
  return [];
};

export const intakeError = (intake: string): FieldError | null =>
  (SERVICE_INTAKES as readonly string[]).includes(intake)
    ? null
    : {
        path: 'intake',
        message:
          '办理方式应为 V（村内办结）、V→T（村代办、乡镇办理）、V→bank（村代办、银行办理）或 T（乡镇办理）',
      };

/** Throws one 422 with every field that failed, if any did. */
export const throwIfAny = (errors: (FieldError | null)[]) => {
  const fields = errors.filter((e): e is FieldError => e !== null);
  if (fields.length) throw new Invalid(fields.map((f) => f.message).join('；'), fields);
};

export const asLimits = (limits: Record<string, LooseLimit>) => limits as StageLimits;
export const departmentName = (d: Department) => DEPARTMENT_LABELS[d].zh;

/** The fields of a category body that the schema leaves to the server, checked. */
export const categoryErrors = (body: {
  code?: string;
  departments?: string[];
  limits?: Record<string, LooseLimit>;
}): (FieldError | null)[] => [
  body.code === undefined ? null : codeError(normalCode(body.code)),
  ...(body.departments ? departmentsErrors(body.departments) : []),
  ...(body.limits ? limitsErrors(body.limits) : []),
];

/** The fields of a service item body that the schema leaves to the server, checked. */
export const serviceItemErrors = (body: {
  code?: string;
  intake?: string;
  timeLimit?: LooseLimit | null;
}): (FieldError | null)[] => [
  body.code === undefined ? null : codeError(normalCode(body.code)),
  body.intake === undefined ? null : intakeError(body.intake),
  body.timeLimit ? limitError('timeLimit', '办理时限', body.timeLimit) : null,
];
