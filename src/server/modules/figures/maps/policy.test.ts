import { describe, expect, it } from 'vitest';
import { assertMayKeepBoundaries, holdsChildBoundaries, mayKeepBoundaries } from './policy';

describe('region boundary rules', () => {
  it('lets county and township accounts keep maps, and no one else', () => {
    expect(mayKeepBoundaries({ role: 'county_admin' })).toBe(true);
    expect(mayKeepBoundaries({ role: 'township' })).toBe(true);
    for (const role of ['village', 'region_admin', 'department', 'grid_worker', 'villager'] as const)
      expect(mayKeepBoundaries({ role })).toBe(false);
    expect(() => assertMayKeepBoundaries({ role: 'village' })).toThrow(/县、乡镇/);
  });

  it('keeps maps of a county’s townships and a township’s villages only', () => {
    expect(holdsChildBoundaries('451022000000')).toBe(true);
    expect(holdsChildBoundaries('451022100000')).toBe(true);
    expect(holdsChildBoundaries('451022100001')).toBe(false);
    expect(holdsChildBoundaries('451000000000')).toBe(false);
    expect(holdsChildBoundaries('451022100001003')).toBe(false);
  });
});
