import { describe, expect, it } from 'vitest';
import type { Role } from '../../../../contracts/roles';
import {
  mayAddFollowup,
  mayAskRemoval,
  mayDecideRemoval,
  mayEditMeasures,
  mayReadNotice,
  mayStartCase,
  mayTakeStep,
} from './policy';

// Who takes each identification step (policy.ts), in scope only.

const VILLAGE = '451022100001';
const OTHER_VILLAGE = '451022100002';
const who = (role: Role, scopePrefix: string) => ({ role, scopePrefix });
const county = who('county_admin', '451022');
const township = who('township', '451022100');
const village = who('village', VILLAGE);
const cadre = who('stationed_cadre', VILLAGE);
const grid = who('grid_worker', VILLAGE);
const at = (state: Parameters<typeof mayTakeStep>[1]['state'], regionCode = VILLAGE) => ({
  state,
  regionCode,
});

describe('identification steps: who takes each', () => {
  it('gives the home review and the appraisal to the village and the stationed cadre', () => {
    for (const state of ['village_review', 'appraisal'] as const) {
      expect(mayTakeStep(village, at(state))).toBe(true);
      expect(mayTakeStep(cadre, at(state))).toBe(true);
      expect(mayTakeStep(township, at(state))).toBe(false);
      expect(mayTakeStep(county, at(state))).toBe(false);
      expect(mayTakeStep(grid, at(state))).toBe(false);
    }
  });

  it('gives the comparison and the approval to the county, the review to the township', () => {
    for (const state of ['county_compare', 'county_approval', 'removal_review'] as const) {
      expect(mayTakeStep(county, at(state))).toBe(true);
      expect(mayTakeStep(township, at(state))).toBe(false);
      expect(mayTakeStep(village, at(state))).toBe(false);
    }
    expect(mayTakeStep(township, at('township_review'))).toBe(true);
    expect(mayTakeStep(county, at('township_review'))).toBe(false);
    expect(mayTakeStep(village, at('township_review'))).toBe(false);
  });

  it('refuses a step outside the caller’s scope', () => {
    expect(mayTakeStep(village, at('village_review', OTHER_VILLAGE))).toBe(false);
    expect(mayTakeStep(who('township', '451022101'), at('township_review'))).toBe(false);
    expect(mayTakeStep(who('county_admin', '451027'), at('county_compare'))).toBe(false);
  });

  it('lets nobody take a step in monitoring, removed or not identified', () => {
    for (const state of ['monitoring', 'removed', 'not_identified'] as const)
      for (const actor of [county, township, village]) expect(mayTakeStep(actor, at(state))).toBe(false);
  });

  it('lets the village ask for removal and the county decide it', () => {
    expect(mayAskRemoval(village, at('monitoring'))).toBe(true);
    expect(mayAskRemoval(county, at('monitoring'))).toBe(false);
    expect(mayDecideRemoval(county, at('removal_review'))).toBe(true);
    expect(mayDecideRemoval(township, at('removal_review'))).toBe(false);
    expect(mayDecideRemoval(village, at('removal_review'))).toBe(false);
  });

  it('starts cases, edits measures and writes follow-ups in scope only', () => {
    expect(mayStartCase(village, VILLAGE)).toBe(true);
    expect(mayStartCase(grid, VILLAGE)).toBe(false);
    expect(mayStartCase(village, OTHER_VILLAGE)).toBe(false);
    expect(mayEditMeasures(county, at('monitoring'))).toBe(true);
    expect(mayEditMeasures(village, at('county_approval'))).toBe(true);
    expect(mayEditMeasures(county, at('appraisal'))).toBe(false);
    expect(mayEditMeasures(township, at('monitoring'))).toBe(false);
    expect(mayAddFollowup(township, at('monitoring'))).toBe(true);
    expect(mayAddFollowup(village, at('removed'))).toBe(false);
    expect(mayAddFollowup(village, at('monitoring', OTHER_VILLAGE))).toBe(false);
  });
});

describe('the village notice: who reads it', () => {
  it('is read by the village’s own people and its township and county', () => {
    expect(mayReadNotice(village, VILLAGE)).toBe(true);
    expect(mayReadNotice(grid, VILLAGE)).toBe(true);
    expect(mayReadNotice(who('villager', VILLAGE), VILLAGE)).toBe(true);
    expect(mayReadNotice(who('villager', `${VILLAGE}001`), VILLAGE)).toBe(true);
    expect(mayReadNotice(who('party_member', VILLAGE), VILLAGE)).toBe(true);
    expect(mayReadNotice(township, VILLAGE)).toBe(true);
    expect(mayReadNotice(county, VILLAGE)).toBe(true);
  });

  it('is read by nobody outside', () => {
    expect(mayReadNotice(who('villager', OTHER_VILLAGE), VILLAGE)).toBe(false);
    expect(mayReadNotice(who('village', OTHER_VILLAGE), VILLAGE)).toBe(false);
    expect(mayReadNotice(who('township', '451022101'), VILLAGE)).toBe(false);
    expect(mayReadNotice(who('department', '451022'), VILLAGE)).toBe(false);
    expect(mayReadNotice(who('region_admin', '4510'), VILLAGE)).toBe(false);
  });
});
