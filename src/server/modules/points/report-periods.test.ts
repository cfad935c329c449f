import { describe, expect, it } from 'vitest';
import { MEMBER_BASE, starsFor } from './report-periods';

describe('plaque stars (星级, Huaning bands on a base of 60)', () => {
  it('gives one star for a year without points and five only from +36', () => {
    expect([0, 9, 10, 19, 20, 29, 30, 35, 36, 60].map(starsFor)).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
  });

  it('takes the stars away when deductions bring the year below the base', () => {
    expect([-1, -20].map(starsFor)).toEqual([0, 0]);
  });

  it('does not hand five stars to a member whose yearly score is just the 100 everyone starts with', () => {
    expect(MEMBER_BASE).toBe(100);
    expect(starsFor(0)).toBe(1);
  });
});
