import { describe, expect, it } from 'vitest';
import { bigGridCode, childGridCode, nextSequence } from './grid-code';
import { childTierOf, deleteRefusal, mayBindOrg } from './policy';

describe('grid codes', () => {
  const village = '451022100001';
  it('builds big, middle and small codes from the village code', () => {
    expect(bigGridCode(village)).toBe('4510221000010000');
    expect(childGridCode(bigGridCode(village), 'middle', 3)).toBe('4510221000010300');
    expect(childGridCode('4510221000010300', 'small', 12)).toBe('4510221000010312');
  });

  it('numbers children after the highest code ever given and stops at 99', () => {
    expect(nextSequence([], 'middle')).toBe(1);
    expect(nextSequence(['4510221000010100', '4510221000010300'], 'middle')).toBe(4);
    expect(nextSequence(['4510221000010199'], 'small')).toBeNull();
  });
});

describe('grid policy', () => {
  it('keeps the tier order big → middle → small', () => {
    expect(childTierOf('big')).toBe('middle');
    expect(childTierOf('middle')).toBe('small');
    expect(childTierOf('small')).toBeNull();
  });

  it('binds branches and groups, a general branch only to a big grid', () => {
    expect(mayBindOrg('small', 'group')).toBe(true);
    expect(mayBindOrg('small', 'general_branch')).toBe(false);
    expect(mayBindOrg('big', 'general_branch')).toBe(true);
    expect(mayBindOrg('big', 'committee')).toBe(false);
  });

  it('refuses deleting a grid with children or households', () => {
    expect(deleteRefusal(1, 0)).toContain('下级网格');
    expect(deleteRefusal(0, 2)).toContain('农户');
    expect(deleteRefusal(0, 0)).toBeNull();
  });
});
