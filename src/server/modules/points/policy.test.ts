import { describe, expect, it } from 'vitest';
import type { Role } from '../../../contracts/roles';
import {
  actsForSelfOnly,
  handsOverAtCounter,
  isProposer,
  mayAddEvidence,
  mayCancelRedemption,
  mayDecide,
  mayEditRuleAt,
  mayProposeFor,
  mayProposeUnder,
  mayReadRulesAt,
  mayRedeemFor,
  maySeeAccount,
  maySeeClaim,
  proposesClaims,
  readsHouseholdPoints,
  reviewsClaims,
  seesOwnClaimsOnly,
} from './policy';

const county = '451022000000';
const township = '451022100000';
const village = '451022100001';
const otherTownship = '451022101000';

const who = (role: Role, scopeCode = village, scopePrefix = '451022100001', userId = 'u1') => ({
  userId,
  role,
  scopeCode,
  scopePrefix,
});
const townshipUser = who('township', township, '451022100');
const countyAdmin = who('county_admin', county, '451022');
const rule = { proposerRoles: ['grid_worker', 'village'] as Role[], approverRoles: ['village'] as Role[] };

describe('points policy', () => {
  it('lets only the roles of a rule propose under it', () => {
    expect(mayProposeUnder(who('grid_worker'), rule)).toBe(true);
    expect(mayProposeUnder(who('stationed_cadre'), rule)).toBe(false);
  });

  it('lets a party member propose only member points for themself', () => {
    const member = who('party_member');
    expect(mayProposeFor(member, { system: 'member', id: 'm1' }, 'm1')).toBe(true);
    expect(mayProposeFor(member, { system: 'member', id: 'm2' }, 'm1')).toBe(false);
    expect(mayProposeFor(member, { system: 'civil', id: 'm1' }, 'm1')).toBe(false);
    expect(mayProposeFor(member, { system: 'member', id: 'm1' }, null)).toBe(false);
    expect(mayProposeFor(who('grid_worker'), { system: 'civil', id: 'h1' }, null)).toBe(true);
  });

  it('lets only the approver roles of a rule approve or return', () => {
    expect(mayDecide(who('village'), rule)).toBe(true);
    expect(mayDecide(who('grid_worker'), rule)).toBe(false);
  });

  it('shows a party member only their own claims, everyone else all in scope', () => {
    expect(maySeeClaim(who('party_member'), { proposedBy: 'u1' })).toBe(true);
    expect(maySeeClaim(who('party_member'), { proposedBy: 'u2' })).toBe(false);
    expect(maySeeClaim(who('village'), { proposedBy: 'u2' })).toBe(true);
    expect(seesOwnClaimsOnly(who('party_member'))).toBe(true);
    expect(seesOwnClaimsOnly(who('village'))).toBe(false);
  });

  it('knows a claim’s proposer, and that a claim with no proposer (imported) has none', () => {
    expect(isProposer(who('grid_worker'), { proposedBy: 'u1' })).toBe(true);
    expect(isProposer(who('grid_worker'), { proposedBy: 'u2' })).toBe(false);
    expect(isProposer(who('grid_worker'), { proposedBy: null })).toBe(false);
  });

  it('lets the proposer, or a role the rule lets propose or approve, add photos', () => {
    expect(mayAddEvidence(who('stationed_cadre'), { proposedBy: 'u1' }, rule)).toBe(true);
    expect(mayAddEvidence(who('stationed_cadre'), { proposedBy: 'u2' }, rule)).toBe(false);
    expect(mayAddEvidence(who('grid_worker'), { proposedBy: 'u2' }, rule)).toBe(true);
    expect(mayAddEvidence(who('village'), { proposedBy: 'u2' }, rule)).toBe(true);
  });

  it('lets a villager redeem and read accounts only for their own household, and only reserve', () => {
    expect(actsForSelfOnly(who('villager'))).toBe(true);
    expect(actsForSelfOnly(who('village'))).toBe(false);
    expect(mayRedeemFor(who('villager'), false)).toBe(false);
    expect(mayRedeemFor(who('villager'), true)).toBe(true);
    expect(mayRedeemFor(who('village'), false)).toBe(true);
    expect(handsOverAtCounter(who('villager'), true)).toBe(false);
    expect(handsOverAtCounter(who('village'), true)).toBe(true);
    expect(handsOverAtCounter(who('village'), false)).toBe(false);
    expect(maySeeAccount(who('party_member'), false)).toBe(false);
    expect(maySeeAccount(who('party_member'), true)).toBe(true);
    expect(maySeeAccount(who('township'), false)).toBe(true);
  });

  it('lets a villager cancel only their own household’s reservation before pick-up', () => {
    const villager = who('villager');
    expect(mayCancelRedemption(villager, { status: 'reserved' }, true)).toBe('yes');
    expect(mayCancelRedemption(villager, { status: 'reserved' }, false)).toBe('not-found');
    expect(mayCancelRedemption(villager, { status: 'handed_over' }, true)).toBe('counter-only');
    expect(mayCancelRedemption(who('village'), { status: 'handed_over' }, false)).toBe('yes');
  });

  it('gives staff households’ points, approvers the review queue and proposers their own claims', () => {
    expect(readsHouseholdPoints(who('grid_worker'))).toBe(true);
    expect(readsHouseholdPoints(who('villager'))).toBe(false);
    expect(reviewsClaims(who('village'))).toBe(true);
    expect(reviewsClaims(who('grid_worker'))).toBe(false);
    expect(proposesClaims(who('party_member'))).toBe(true);
    expect(proposesClaims(who('villager'))).toBe(false);
  });

  it('reads rules in scope and above it, never beside it', () => {
    expect(mayReadRulesAt(who('village'), county)).toBe(true);
    expect(mayReadRulesAt(who('village'), township)).toBe(true);
    expect(mayReadRulesAt(townshipUser, village)).toBe(true);
    expect(mayReadRulesAt(townshipUser, otherTownship)).toBe(false);
  });

  it('edits rules only at the caller’s own level or below, within scope', () => {
    expect(mayEditRuleAt(who('village'), { regionCode: village })).toBe('yes');
    expect(mayEditRuleAt(who('village'), { regionCode: county })).toBe('above');
    expect(mayEditRuleAt(townshipUser, { regionCode: township })).toBe('yes');
    expect(mayEditRuleAt(townshipUser, { regionCode: otherTownship })).toBe('outside');
    expect(mayEditRuleAt(countyAdmin, { regionCode: township })).toBe('yes');
    expect(mayEditRuleAt(countyAdmin, { regionCode: '451022100001003' })).toBe('not-a-rule-level');
  });
});
