import { describe, expect, it } from 'vitest';
import type { Role } from '../../../../contracts/roles';
import { plusOneYear } from './dates';
import {
  acceptanceRefusal,
  consolidationRefusal,
  mayAddMeasure,
  mayDecide,
  mayLog,
  mayMarkDone,
  mayNominate,
  passes,
} from './policy';

const as = (role: Role, userId = 'u1') => ({ role, userId });

describe('weak-organization policy', () => {
  it('passes an acceptance at a score of 70 with at most half the panel dissatisfied', () => {
    expect(passes({ score: 70, dissatisfied: 50 })).toBe(true);
    expect(passes({ score: 69, dissatisfied: 0 })).toBe(false);
    expect(passes({ score: 100, dissatisfied: 51 })).toBe(false);
  });

  it('leaves decisions to the county and nominations to townships', () => {
    expect([mayDecide(as('county_admin')), mayDecide(as('township')), mayDecide(as('village'))]).toEqual([
      true,
      false,
      false,
    ]);
    expect([mayNominate(as('township')), mayNominate(as('village'))]).toEqual([true, false]);
  });

  it('refuses acceptance while measures are open, naming how many', () => {
    expect(acceptanceRefusal(0)).toBeNull();
    expect(acceptanceRefusal(3)).toContain('3 项');
  });

  it('lets a measure be done by its owner of any role, or by those taking part, only while rectifying', () => {
    const open = { status: 'open' as const, ownerUserId: 'owner' };
    expect(mayMarkDone(as('department', 'owner'), { status: 'rectifying' }, open)).toBe(true);
    expect(mayMarkDone(as('department', 'someone'), { status: 'rectifying' }, open)).toBe(false);
    expect(mayMarkDone(as('village'), { status: 'rectifying' }, open)).toBe(true);
    expect(mayMarkDone(as('village'), { status: 'accepting' }, open)).toBe(false);
    expect(mayMarkDone(as('village'), { status: 'rectifying' }, { ...open, status: 'done' })).toBe(false);
    expect([
      mayAddMeasure(as('township'), { status: 'rectifying' }),
      mayAddMeasure(as('village'), { status: 'rectifying' }),
    ]).toEqual([true, false]);
  });

  it('keeps progress and contacts before closure and check-ins after it; the leader logs without the permission', () => {
    expect(mayLog(as('village'), { status: 'rectifying' }, 'progress')).toBe(true);
    expect(mayLog(as('village'), { status: 'closed' }, 'progress')).toBe(false);
    expect(mayLog(as('township'), { status: 'closed' }, 'checkin')).toBe(true);
    expect(mayLog(as('township'), { status: 'rectifying' }, 'checkin')).toBe(false);
    expect(mayLog(as('department', 'lead'), { status: 'assigned', leaderUserId: 'lead' }, 'contact')).toBe(
      true,
    );
    expect(mayLog(as('department', 'other'), { status: 'assigned', leaderUserId: 'lead' }, 'contact')).toBe(
      false,
    );
  });

  it('consolidates only after the year of consolidation and with a check-in', () => {
    const ends = plusOneYear('2026-03-01');
    expect(ends).toBe('2027-03-01');
    expect(plusOneYear('2028-02-29')).toBe('2029-02-28');
    expect(consolidationRefusal({ consolidationEnds: ends }, '2027-02-28', 1)).toContain('期满');
    expect(consolidationRefusal({ consolidationEnds: ends }, '2027-03-01', 0)).toContain('回头看');
    expect(consolidationRefusal({ consolidationEnds: ends }, '2027-03-01', 1)).toBeNull();
  });
});
