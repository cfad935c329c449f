import { levelOfCode } from '../../../contracts/region-code';
import { can, type Role } from '../../../contracts/roles';
import type { Actor } from '../../platform/context';
import { coversActor, isAboveActor, isInScope, scopeOf } from '../../platform/scope';

// 积分 policy: who may do what, as pure functions over the caller, the record and its rule. Use
// cases load what these need and turn a refusal into the typed error (a record outside the
// caller's reach is NotFound, never Forbidden, so an outsider learns nothing about it).

type Who = Pick<Actor, 'userId' | 'role' | 'scopeCode' | 'scopePrefix'>;
type RuleRoles = { proposerRoles: readonly Role[]; approverRoles: readonly Role[] };
type ClaimOwner = { proposedBy: string | null };

/** Roles that act for themselves and their own household only (党员、村民), never for others. */
export const actsForSelfOnly = (actor: Pick<Who, 'role'>): boolean =>
  actor.role === 'party_member' || actor.role === 'villager';

/** A rule's proposer roles include the caller's. */
export const mayProposeUnder = (actor: Pick<Who, 'role'>, rule: Pick<RuleRoles, 'proposerRoles'>): boolean =>
  rule.proposerRoles.includes(actor.role);

/**
 * A claim for this holder: a party member only for their own member record (`ownMemberId`),
 * and only member points; everyone else for any holder in scope.
 */
export const mayProposeFor = (
  actor: Pick<Who, 'role'>,
  holder: { system: 'member' | 'civil'; id: string },
  ownMemberId: string | null,
): boolean =>
  actor.role !== 'party_member' ||
  (holder.system === 'member' && ownMemberId !== null && holder.id === ownMemberId);

/** Approve or return (审核、退回): the rule's approver roles include the caller's. */
export const mayDecide = (actor: Pick<Who, 'role'>, rule: Pick<RuleRoles, 'approverRoles'>): boolean =>
  rule.approverRoles.includes(actor.role);

/** A party member sees only the claims they proposed; other roles every claim in scope. */
export const maySeeClaim = (actor: Pick<Who, 'role' | 'userId'>, claim: ClaimOwner): boolean =>
  actor.role !== 'party_member' || claim.proposedBy === actor.userId;

/** The claim is the caller's own proposal (提交、重新提交、撤回 are the proposer's). */
export const isProposer = (actor: Pick<Who, 'userId'>, claim: ClaimOwner): boolean =>
  claim.proposedBy !== null && claim.proposedBy === actor.userId;

/** Lists of claims are narrowed to the caller's own proposals (a party member's). */
export const seesOwnClaimsOnly = (actor: Pick<Who, 'role'>): boolean => actor.role === 'party_member';

/** Photos for a claim (seen by the caller): its proposer, or a role the rule lets propose or approve. */
export const mayAddEvidence = (
  actor: Pick<Who, 'role' | 'userId'>,
  claim: ClaimOwner,
  rule: RuleRoles,
): boolean => claim.proposedBy === actor.userId || mayProposeUnder(actor, rule) || mayDecide(actor, rule);

/** Redeeming for a household: the counter for any household in scope, a villager only for their own. */
export const mayRedeemFor = (actor: Pick<Who, 'role'>, ownHousehold: boolean): boolean =>
  !actsForSelfOnly(actor) || ownHousehold;

/** The counter hands over at once; a villager or party member only reserves (picked up with the code). */
export const handsOverAtCounter = (actor: Pick<Who, 'role'>, asked: boolean): boolean =>
  asked && !actsForSelfOnly(actor);

/**
 * Cancelling a redemption: the counter any in scope; a villager or party member only their own
 * household's (another's is 'not-found') and only before pick-up ('counter-only').
 */
export const mayCancelRedemption = (
  actor: Pick<Who, 'role'>,
  redemption: { status: 'reserved' | 'handed_over' | 'cancelled' },
  ownHousehold: boolean,
): 'yes' | 'not-found' | 'counter-only' => {
  if (!actsForSelfOnly(actor)) return 'yes';
  if (!ownHousehold) return 'not-found';
  return redemption.status === 'reserved' ? 'yes' : 'counter-only';
};

/** A party member or villager reads only their own accounts; staff every account in scope. */
export const maySeeAccount = (actor: Pick<Who, 'role'>, ownAccount: boolean): boolean =>
  !actsForSelfOnly(actor) || ownAccount;

/** A place's rules are in reach when it lies in the caller's scope or above it (the county catalogue applies below). */
export const mayReadRulesAt = (actor: Who, regionCode: string): boolean =>
  isInScope(regionCode, scopeOf(actor)) || coversActor(actor, regionCode);

/**
 * Only the level that owns a rule edits it or adds to it: 'above' for a rule of a level above the
 * caller's (the county catalogue for a village), 'outside' for a region out of scope.
 */
export const mayEditRuleAt = (
  actor: Who,
  rule: { regionCode: string },
): 'yes' | 'not-a-rule-level' | 'above' | 'outside' => {
  if (!['county', 'township', 'village'].includes(levelOfCode(rule.regionCode))) return 'not-a-rule-level';
  if (isAboveActor(actor, rule.regionCode)) return 'above';
  if (!isInScope(rule.regionCode, scopeOf(actor))) return 'outside';
  return 'yes';
};

/** Staff read households' points (一户一档); party members and villagers only their own accounts. */
export const readsHouseholdPoints = (actor: Pick<Who, 'role'>): boolean => can(actor.role, 'points.read');

/** Approvers get the review queue on their home page. */
export const reviewsClaims = (actor: Pick<Who, 'role'>): boolean => can(actor.role, 'points.approve');

/** Proposers get their returned and waiting claims on their home page. */
export const proposesClaims = (actor: Pick<Who, 'role'>): boolean => can(actor.role, 'points.propose');
