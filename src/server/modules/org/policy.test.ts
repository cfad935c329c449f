import { describe, expect, it } from 'vitest';
import { assertDeletable, assertFitsParent, childRegion, isLevelBelow } from './policy';

const village = '451022100001';
const township = '451022100000';

describe('party organization tree rules', () => {
  it('puts a child strictly below its parent level', () => {
    expect(isLevelBelow('committee', 'branch')).toBe(true);
    expect(isLevelBelow('branch', 'group')).toBe(true);
    expect(isLevelBelow('branch', 'branch')).toBe(false);
    expect(isLevelBelow('group', 'committee')).toBe(false);
  });

  it('keeps a village child inside the village, but lets joint and industry orgs span the township', () => {
    expect(childRegion(village, 'village')).toBe(village);
    expect(childRegion(village, 'joint')).toBe(township);
    expect(childRegion(village, 'industry')).toBe(township);
    expect(childRegion(township, 'village')).toBe(township);
  });

  it('refuses a child of the same level or outside the parent region', () => {
    const parent = { level: 'committee' as const, regionCode: township };
    expect(() =>
      assertFitsParent(parent, { level: 'branch', kind: 'village', regionCode: village }),
    ).not.toThrow();
    expect(() =>
      assertFitsParent(parent, { level: 'committee', kind: 'village', regionCode: village }),
    ).toThrow('级别');
    expect(() =>
      assertFitsParent(parent, { level: 'branch', kind: 'village', regionCode: '451022101001' }),
    ).toThrow('区划');
    const branch = { level: 'general_branch' as const, regionCode: village };
    expect(() =>
      assertFitsParent(branch, { level: 'branch', kind: 'village', regionCode: '451022100002' }),
    ).toThrow('区划');
    expect(() =>
      assertFitsParent(branch, { level: 'branch', kind: 'joint', regionCode: '451022100002' }),
    ).not.toThrow();
  });

  it('refuses to delete an organization that still has children, members or records', () => {
    expect(() => assertDeletable({ children: 0, members: 0, records: 0 })).not.toThrow();
    expect(() => assertDeletable({ children: 1, members: 0, records: 0 })).toThrow('下级党组织');
    expect(() => assertDeletable({ children: 0, members: 2, records: 0 })).toThrow('党员');
    expect(() => assertDeletable({ children: 0, members: 0, records: 1 })).toThrow('发展党员');
    expect(() => assertDeletable({ children: 0, members: 0, records: 0, others: 1 })).toThrow('引用');
  });
});
