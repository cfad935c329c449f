import { describe, expect, it } from 'vitest';
import {
  type AudienceRule,
  audienceKind,
  isOpenOn,
  mayKeepBank,
  mayManageTest,
  ownerProblem,
  permille,
  type TakerFacts,
  testProblem,
} from './policy';

const COUNTY = '451022000000';
const TOWN = '451022100000';
const VILLAGE = '451022100001';
const OTHER_VILLAGE = '451022101001';

const member = (over: Partial<TakerFacts> = {}): TakerFacts => ({
  role: 'party_member',
  scopeCode: VILLAGE,
  member: { id: 'm', orgId: 'branch', regionCode: VILLAGE },
  cadreRecord: false,
  ...over,
});
const rule = (over: Partial<AudienceRule> = {}): AudienceRule => ({
  regionCode: COUNTY,
  audience: 'members',
  audienceRegionCode: null,
  audienceOrgId: null,
  ...over,
});

describe('study policy', () => {
  it('lets only the county keep the bank, and the owning level manage a test', () => {
    expect(mayKeepBank({ role: 'county_admin' })).toBe(true);
    expect(mayKeepBank({ role: 'township' })).toBe(false);
    expect(mayManageTest({ role: 'township', scopeCode: TOWN }, { regionCode: TOWN })).toBe(true);
    expect(mayManageTest({ role: 'township', scopeCode: TOWN }, { regionCode: COUNTY })).toBe(false);
    expect(mayManageTest({ role: 'county_admin', scopeCode: COUNTY }, { regionCode: TOWN })).toBe(false);
    expect(ownerProblem({ role: 'township', scopeCode: TOWN }, COUNTY)).toBe('乡镇只能为本乡镇组织考试');
    expect(ownerProblem({ role: 'county_admin', scopeCode: COUNTY }, VILLAGE)).toBe('考试只能由县或乡镇组织');
  });

  it('takes the audience from the registry links, never from app use', () => {
    expect(audienceKind(member(), rule())).toBe('member');
    expect(audienceKind(member(), rule({ audience: 'cadres' }))).toBeNull();
    expect(audienceKind(member({ cadreRecord: true }), rule({ audience: 'cadres' }))).toBe('cadre');
    expect(audienceKind(member({ role: 'village', member: null }), rule({ audience: 'both' }))).toBe('cadre');
    expect(audienceKind(member({ member: null }), rule())).toBeNull();
    expect(audienceKind(member({ role: 'villager' }), rule())).toBeNull();
  });

  it('narrows the audience to a region or a branch', () => {
    expect(audienceKind(member(), rule({ audienceRegionCode: TOWN }))).toBe('member');
    expect(audienceKind(member(), rule({ audienceRegionCode: OTHER_VILLAGE }))).toBeNull();
    expect(audienceKind(member(), rule({ regionCode: '451022101000' }))).toBeNull();
    expect(audienceKind(member(), rule({ audienceOrgId: 'other' }))).toBeNull();
    expect(
      audienceKind(
        member({ role: 'village', member: null }),
        rule({ audience: 'both', audienceOrgId: 'branch' }),
      ),
    ).toBeNull();
  });

  it('opens a published test within its days only', () => {
    const t = { status: 'published', opensOn: '2026-03-01', closesOn: '2026-03-31' };
    expect(isOpenOn(t, '2026-03-01')).toBe(true);
    expect(isOpenOn(t, '2026-04-01')).toBe(false);
    expect(isOpenOn({ ...t, status: 'draft' }, '2026-03-05')).toBe(false);
  });

  it('checks a test’s window, size and pass mark', () => {
    const t = {
      opensOn: '2026-03-01',
      closesOn: '2026-03-31',
      questionCount: 10,
      scorePerQuestion: 10,
      passMark: 60,
    };
    expect(testProblem(t)).toBeNull();
    expect(testProblem({ ...t, closesOn: '2026-02-01' })?.path).toBe('closesOn');
    expect(testProblem({ ...t, passMark: 101 })?.message).toBe('及格分不能高于满分（100分）');
    expect(testProblem({ ...t, questionCount: 0 })?.path).toBe('questionIds');
    expect(permille(1, 3)).toBe(333);
    expect(permille(1, 0)).toBeNull();
  });
});
