import { STAGE_ITEMS } from '../../../contracts/api/members';
import type { Coded, developmentStage, memberStatus } from '../../../contracts/registry/enums';
import { invalidField } from '../../platform/errors';

// Rules for party members and the development pipeline (发展党员), as pure functions.
// Dates are ISO strings (YYYY-MM-DD), so they compare as text.

type Stage = Coded<typeof developmentStage>;
type Status = Coded<typeof memberStatus>;

export const plusYears = (isoDate: string, years: number): string =>
  `${String(Number(isoDate.slice(0, 4)) + years).padStart(4, '0')}${isoDate.slice(4)}`;

/** Errors in a member's dates; a full date sooner than one year after joining is only a warning. */
export const memberDateWarnings = (m: {
  status: Status;
  joinedOn: string;
  fullOn?: string | null;
}): string[] => {
  if (m.status === 'probationary' && m.fullOn) throw invalidField('fullOn', '预备党员不应填写转正日期');
  if (m.fullOn && m.fullOn < m.joinedOn) throw invalidField('fullOn', '转正日期不能早于入党日期');
  // Probation lasts one year from the branch vote (CATALOGUES.md §8, stage V).
  if (m.fullOn && m.fullOn < plusYears(m.joinedOn, 1)) return ['转正日期距入党日期不足一年，请核对'];
  return [];
};

export const STAGES: readonly Stage[] = ['applicant', 'activist', 'target', 'probationary', 'full'];

export const nextStage = (stage: Stage): Stage | null => STAGES[STAGES.indexOf(stage) + 1] ?? null;

// Minimum time spent in the previous stage before a stage may be reached (CATALOGUES.md §8):
// a development target "after ≥ 1 year as activist [S]"; full membership after "probation
// 1 year from the vote [S]". The 3–6 months from application to activist are local practice
// only, so they are not enforced.
export const MIN_YEARS_BEFORE: Partial<Record<Stage, number>> = { target: 1, full: 1 };

/** Applicants must be 18 at application (CATALOGUES.md §8, stage I). */
export const assertAdultOn = (birthDate: string | null, appliedOn: string): void => {
  if (birthDate && plusYears(birthDate, 18) > appliedOn)
    throw invalidField('reachedOn', '申请入党时须年满18周岁');
};

export const assertAdvance = (
  current: { stage: Stage; reachedOn: string },
  step: { stage: Stage; reachedOn: string },
): void => {
  const next = nextStage(current.stage);
  if (next === null) throw invalidField('stage', '已是正式党员，发展程序已完成');
  if (step.stage !== next) throw invalidField('stage', '只能按顺序进入下一阶段，不能跳过或回退');
  if (step.reachedOn < current.reachedOn) throw invalidField('reachedOn', '日期不能早于上一阶段的日期');
  const years = MIN_YEARS_BEFORE[step.stage];
  if (years && step.reachedOn < plusYears(current.reachedOn, years)) {
    const message =
      step.stage === 'target'
        ? '确定为入党积极分子满一年后，才能列为发展对象'
        : '预备期满一年后，才能转为正式党员';
    throw invalidField('reachedOn', message);
  }
};

/** The stage's required items (STAGE_ITEMS) must all be ticked; other items may be added. */
export const assertItemsDone = (stage: Stage, items: Record<string, boolean>): void => {
  const missing = STAGE_ITEMS[stage].filter((item) => items[item] !== true);
  if (missing.length) throw invalidField('items', `以下必备事项尚未完成：${missing.join('、')}`);
};
