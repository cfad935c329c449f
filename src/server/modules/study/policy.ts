import type { Audience } from '../../../contracts/api/study';
import { levelOfCode } from '../../../contracts/region-code';
import { can, type Role } from '../../../contracts/roles';
import type { Actor } from '../../platform/context';
import { isUnder } from '../../platform/scope';

// Who may do what in 以考促学, as pure functions. Scope is checked where records are loaded
// (platform/scope.ts); these decide the rest. Nothing here looks at log-ins or app use.

/** 题库: the county organization department keeps its county's bank. */
export const mayKeepBank = (actor: Pick<Actor, 'role'>): boolean => can(actor.role, 'study.bank');

/** Create, publish and close tests: the county for the county, a township for its own. */
export const mayManageTests = (actor: Pick<Actor, 'role'>): boolean => can(actor.role, 'study.tests');

/** A test is managed by the level that owns it: a township reads the county's tests, never edits them. */
export const mayManageTest = (
  actor: Pick<Actor, 'role' | 'scopeCode'>,
  test: { regionCode: string },
): boolean => mayManageTests(actor) && test.regionCode === actor.scopeCode;

/** The owner of a new test: the county (county admin) or a township (township, or the county for it). */
export const ownerProblem = (actor: Pick<Actor, 'role' | 'scopeCode'>, regionCode: string): string | null => {
  const level = levelOfCode(regionCode);
  if (level !== 'county' && level !== 'township') return '考试只能由县或乡镇组织';
  if (actor.role === 'township' && regionCode !== actor.scopeCode) return '乡镇只能为本乡镇组织考试';
  return null;
};

/** Roles that count as village cadres for a test's audience, whatever their registry links. */
const CADRE_ROLES: readonly Role[] = ['village', 'stationed_cadre'];

/** What the registries say of the person behind an account. */
export interface TakerFacts {
  role: Role;
  /** The account's scope code. */
  scopeCode: string;
  member: { id: string; orgId: string; regionCode: string } | null;
  /** The person has a cadre record (村两委, 后备干部). */
  cadreRecord: boolean;
}

export interface AudienceRule {
  regionCode: string;
  audience: Audience;
  audienceRegionCode: string | null;
  audienceOrgId: string | null;
}

/** The region the person belongs to: the member record's, else the account's. */
export const takerRegion = (f: TakerFacts): string => f.member?.regionCode ?? f.scopeCode;

/** How the person takes part in a test ('member' before 'cadre'), or null when outside its audience. */
export const audienceKind = (f: TakerFacts, t: AudienceRule): 'member' | 'cadre' | null => {
  if (!can(f.role, 'study.take')) return null;
  const region = takerRegion(f);
  if (!isUnder(region, t.regionCode)) return null;
  if (t.audienceRegionCode && !isUnder(region, t.audienceRegionCode)) return null;
  const isCadre = CADRE_ROLES.includes(f.role) || f.cadreRecord;
  const member = f.member && (!t.audienceOrgId || f.member.orgId === t.audienceOrgId);
  if (t.audience !== 'cadres' && member) return 'member';
  if (t.audience !== 'members' && isCadre && !t.audienceOrgId) return 'cadre';
  return null;
};

/** Whether the test is open on `today` (YYYY-MM-DD, Beijing). */
export const isOpenOn = (t: { status: string; opensOn: string; closesOn: string }, today: string): boolean =>
  t.status === 'published' && t.opensOn <= today && today <= t.closesOn;

/** Why a test cannot be set so, or null: a window that ends, questions, a pass mark within reach. */
export const testProblem = (t: {
  opensOn: string;
  closesOn: string;
  questionCount: number;
  scorePerQuestion: number;
  passMark: number;
}): { path: string; message: string } | null => {
  if (t.closesOn < t.opensOn) return { path: 'closesOn', message: '截止日期不能早于开始日期' };
  if (t.questionCount === 0) return { path: 'questionIds', message: '请选择题目或按分类抽题' };
  if (t.passMark > t.questionCount * t.scorePerQuestion)
    return {
      path: 'passMark',
      message: `及格分不能高于满分（${t.questionCount * t.scorePerQuestion}分）`,
    };
  return null;
};

/** Per mille, rounded; null without a base. */
export const permille = (part: number, whole: number): number | null =>
  whole > 0 ? Math.round((part * 1000) / whole) : null;

/** Today in Beijing (YYYY-MM-DD): a test's window is in calendar days in China. */
export const todayInBeijing = (now = new Date()): string =>
  new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
