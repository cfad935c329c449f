import { can, type Role } from '../../../contracts/roles';
import type { Actor } from '../../platform/context';
import { invalidField } from '../../platform/errors';

// The talent workflow as pure functions: which step acts on which status, and what follows.

export type TalentStatus = 'draft' | 'surveyed' | 'township_reviewed' | 'county_filed' | 'returned';
export type TalentStep = 'village_survey' | 'township_review' | 'county_filing';
export type Decision = 'submit' | 'approve' | 'return';

/** The statuses each step acts on. */
const STEP_FROM: Record<TalentStep, readonly TalentStatus[]> = {
  village_survey: ['draft', 'returned'],
  township_review: ['surveyed'],
  county_filing: ['township_reviewed'],
};

const APPROVED: Record<TalentStep, TalentStatus> = {
  village_survey: 'surveyed',
  township_review: 'township_reviewed',
  county_filing: 'county_filed',
};

/** The status after `decision` at `step`, or null when the record is not at that step. */
export const nextStatus = (
  status: TalentStatus,
  step: TalentStep,
  decision: Decision,
): TalentStatus | null => {
  if (!STEP_FROM[step].includes(status)) return null;
  if (decision === 'return') return step === 'village_survey' ? null : 'returned';
  if (decision === 'submit') return step === 'village_survey' ? APPROVED[step] : null;
  return step === 'village_survey' ? null : APPROVED[step];
};

/** Only a draft or a returned record may be edited (by the village). */
export const isEditable = (status: TalentStatus): boolean => STEP_FROM.village_survey.includes(status);

/** 待我处理: the statuses waiting for a role's step. */
export const queueStatuses = (role: Role): TalentStatus[] => {
  if (role === 'county_admin') return ['township_reviewed'];
  if (role === 'township') return ['surveyed'];
  if (role === 'village' || role === 'stationed_cadre') return ['draft', 'returned'];
  return [];
};

/** The full-numbers export: only roles that may reveal personal data, and only with a purpose. */
export const assertMayExportInFull = (actor: Pick<Actor, 'role'>, reveal: boolean, purpose?: string) => {
  if (!reveal) return;
  if (!can(actor.role, 'pii.reveal')) throw invalidField('reveal', '您的角色不能导出完整个人信息');
  if (!purpose || purpose.trim().length < 2) throw invalidField('purpose', '导出完整个人信息须填写事由');
};
