import { can } from '../../../../contracts/roles';
import type { Actor } from '../../../platform/context';
import type { WeakLogKind, WeakStatus } from '../tables';

// Who may do what with weak and lagging organizations (软弱涣散, docs/assessments.md §5). Scope is
// checked before these (a record outside the caller's region is NotFound): the county organization
// department identifies, assigns its leader (包抓), accepts (验收) and closes; the township nominates,
// plans the rectification with the village and asks for acceptance; whoever owns a measure (and the
// village, the township, the county) marks it done; everyone taking part keeps the log.

type Who = Pick<Actor, 'role' | 'userId'>;

/** 验收 passes with at least this score of 100 (CATALOGUES.md §1c, Heyang). */
export const PASS_SCORE = 70;
/** … and at most this share of the panel dissatisfied, per cent (more than half fails, Chunhua). */
export const MAX_DISSATISFIED = 50;

export const isCounty = (a: Who): boolean => a.role === 'county_admin';
const takesPart = (a: Who): boolean => can(a.role, 'assess.weak');

/** Catalogues (situations, templates) and every decision: the county. */
export const mayDecide = isCounty;
/** A township nominates its villages (the county may record one directly). */
export const mayNominate = (a: Who): boolean => a.role === 'township' || isCounty(a);
/** The plan and the request for acceptance: the township or the county. */
export const mayPlan = (a: Who): boolean => a.role === 'township' || isCounty(a);

export const passes = (r: { score: number; dissatisfied: number }): boolean =>
  r.score >= PASS_SCORE && r.dissatisfied <= MAX_DISSATISFIED;

interface OrgState {
  status: WeakStatus;
  leaderUserId?: string | null;
}

/** Logs: progress and contacts while the rectification runs, check-ins during consolidation. */
export const mayLog = (a: Who, org: OrgState, kind: WeakLogKind): boolean => {
  const leader = !!org.leaderUserId && org.leaderUserId === a.userId;
  if (!takesPart(a) && !leader) return false;
  if (kind === 'checkin') return org.status === 'closed';
  return org.status === 'assigned' || org.status === 'rectifying' || org.status === 'accepting';
};

/** A measure is marked done while the plan is in force, by its owner or anyone taking part. */
export const mayMarkDone = (
  a: Who,
  org: OrgState,
  measure: { status: 'open' | 'done'; ownerUserId: string | null },
): boolean =>
  org.status === 'rectifying' &&
  measure.status === 'open' &&
  (measure.ownerUserId === a.userId || takesPart(a));

/** More measures after a failed acceptance (or a gap found while rectifying). */
export const mayAddMeasure = (a: Who, org: OrgState): boolean => org.status === 'rectifying' && mayPlan(a);

/** Why a rectification may not ask for acceptance yet: open measures. */
export const acceptanceRefusal = (open: number): string | null =>
  open > 0 ? `还有 ${open} 项整顿措施未完成，全部完成后才能申请验收` : null;

/** Why a closed organization is not yet consolidated: the period runs, or nobody checked in. */
export const consolidationRefusal = (
  org: { consolidationEnds: string | null },
  today: string,
  checkins: number,
): string | null => {
  if (!org.consolidationEnds || today < org.consolidationEnds)
    return `巩固期至 ${org.consolidationEnds ?? '—'} 结束，期满后才能确认巩固`;
  if (checkins === 0) return '巩固期内还没有回头看记录，请先记录至少一次回头看';
  return null;
};
