import { describe, expect, it } from 'vitest';
import type { Role } from '../../../../contracts/roles';
import {
  mayAddEvidence,
  mayAward,
  mayEditKinds,
  mayReject,
  mayReview,
  nominableLevels,
  nominateRefusal,
} from './policy';

const who = (role: Role, scopeCode: string) => ({ role, scopeCode });
const countyAdmin = who('county_admin', '451022000000');
const townshipUser = who('township', '451022100000');
const villageUser = who('village', '451022100001');
const cadre = who('stationed_cadre', '451022100001');

const villageFlag = { regionCode: '451022100001', householdId: null };
const townshipFlag = { regionCode: '451022100000', householdId: null };
const householdFlag = { regionCode: '451022100001', householdId: '00000000-0000-4000-8000-000000000001' };

describe('flag policy', () => {
  it('lets the level above the target nominate', () => {
    expect(nominableLevels(countyAdmin)).toEqual(['township']);
    expect(nominableLevels(townshipUser)).toEqual(['village']);
    expect(nominableLevels(villageUser)).toEqual(['group', 'household']);
    expect(nominableLevels(cadre)).toEqual([]);
    expect(nominateRefusal(townshipUser, 'household')).toBe('农户红旗由村级提名');
    expect(nominateRefusal(villageUser, 'group')).toBeNull();
  });

  it('has the township review what lies below it and the county review township flags', () => {
    expect(mayReview(townshipUser, villageFlag)).toBe(true);
    expect(mayReview(townshipUser, householdFlag)).toBe(true);
    expect(mayReview(countyAdmin, villageFlag)).toBe(false);
    expect(mayReview(townshipUser, townshipFlag)).toBe(false);
    expect(mayReview(countyAdmin, townshipFlag)).toBe(true);
    expect(mayReview(villageUser, villageFlag)).toBe(false);
  });

  it('has the county award, revoke and edit kinds; rejection by whoever takes the next step', () => {
    expect(mayAward(countyAdmin)).toBe(true);
    expect(mayAward(townshipUser)).toBe(false);
    expect(mayEditKinds(countyAdmin)).toBe(true);
    expect(mayEditKinds(townshipUser)).toBe(false);
    expect(mayReject(townshipUser, { ...villageFlag, status: 'nominated' })).toBe(true);
    expect(mayReject(townshipUser, { ...villageFlag, status: 'reviewed' })).toBe(false);
    expect(mayReject(countyAdmin, { ...villageFlag, status: 'reviewed' })).toBe(true);
    expect(mayReject(villageUser, { ...villageFlag, status: 'nominated' })).toBe(false);
  });

  it('takes evidence while the nomination is undecided', () => {
    expect(mayAddEvidence(villageUser, { status: 'nominated' })).toBe(true);
    expect(mayAddEvidence(townshipUser, { status: 'reviewed' })).toBe(true);
    expect(mayAddEvidence(villageUser, { status: 'awarded' })).toBe(false);
    expect(mayAddEvidence(cadre, { status: 'nominated' })).toBe(false);
  });
});
