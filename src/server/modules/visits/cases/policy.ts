import { can, type Role } from '../../../../contracts/roles';
import type { Actor } from '../../../platform/context';
import { isInScope, scopeOf, villageOf } from '../../../platform/scope';
import type { CaseState } from '../tables';

// Who takes each identification step (CATALOGUES.md §7, docs/visits.md §4), as pure functions over
// the caller and the case. Reading is scoped by the loaders (outside the scope is 404); these say
// who may act on what they see. The village (village staff or a stationed cadre) reviews at home,
// holds the appraisal and asks for removal; the county compares data, approves and decides on
// removal; the township reviews.

type Who = Pick<Actor, 'role' | 'scopePrefix'>;
export type Level = 'village' | 'township' | 'county';

/** The level each step belongs to; null for states nobody acts on as a step. */
export const STEP_OWNER: Partial<Record<CaseState, Level>> = {
  village_review: 'village',
  county_compare: 'county',
  appraisal: 'village',
  township_review: 'township',
  county_approval: 'county',
  removal_review: 'county',
};

/** The level a role acts at in the identification workflow (null: it takes no step). */
export const levelOfRole = (role: Role): Level | null => {
  if (role === 'county_admin') return 'county';
  if (role === 'township') return 'township';
  if (role === 'village' || role === 'stationed_cadre') return 'village';
  return null;
};

const inScope = (actor: Who, regionCode: string) =>
  can(actor.role, 'monitoring.cases') && isInScope(regionCode, scopeOf(actor));

const atLevel = (actor: Who, level: Level, regionCode: string) =>
  inScope(actor, regionCode) && levelOfRole(actor.role) === level;

/** Whether the caller may take the step the case is in (or refuse it there). */
export const mayTakeStep = (actor: Who, c: { state: CaseState; regionCode: string }): boolean => {
  const owner = STEP_OWNER[c.state];
  return owner !== undefined && atLevel(actor, owner, c.regionCode);
};

/** Starting identification: any level that works on cases, for a household in its scope. */
export const mayStartCase = (actor: Who, householdRegion: string): boolean => inScope(actor, householdRegion);

/** 申请风险消除: the village, for a case being monitored. */
export const mayAskRemoval = (actor: Who, c: { regionCode: string }): boolean =>
  atLevel(actor, 'village', c.regionCode);

/** 审定风险消除 (approve or send back): the county. */
export const mayDecideRemoval = (actor: Who, c: { regionCode: string }): boolean =>
  atLevel(actor, 'county', c.regionCode);

const MEASURE_STATES: readonly CaseState[] = ['county_approval', 'monitoring', 'removal_review'];

/** Measures are set from the county's approval on, by the county or the village that helps. */
export const mayEditMeasures = (actor: Who, c: { state: CaseState; regionCode: string }): boolean =>
  MEASURE_STATES.includes(c.state) &&
  (atLevel(actor, 'county', c.regionCode) || atLevel(actor, 'village', c.regionCode));

/** Follow-ups (跟踪回访) are written while the household is monitored, by anyone who works on cases. */
export const mayAddFollowup = (actor: Who, c: { state: CaseState; regionCode: string }): boolean =>
  (c.state === 'monitoring' || c.state === 'removal_review') && inScope(actor, c.regionCode);

/**
 * The village notice (民主评议公示) is read by the village's own people — staff, grid workers,
 * villagers and party members of that village — and by its township and county; nobody else
 * (not a department, not another village, not a prefecture).
 */
export const mayReadNotice = (actor: Pick<Actor, 'role' | 'scopePrefix'>, villageCode: string): boolean => {
  if (actor.role === 'department' || actor.role === 'region_admin') return false;
  // A group-scoped villager reads the notice of the village the group belongs to.
  if (actor.scopePrefix.length >= 12) return villageOf(actor.scopePrefix) === villageCode;
  return isInScope(villageCode, scopeOf(actor));
};
