import { describe, expect, it } from 'vitest';
import { STAGE_ITEMS } from '../../../contracts/api/members';
import {
  assertAdultOn,
  assertAdvance,
  assertItemsDone,
  memberDateWarnings,
  nextStage,
  plusYears,
} from './policy';

const done = (stage: keyof typeof STAGE_ITEMS) =>
  Object.fromEntries(STAGE_ITEMS[stage].map((i) => [i, true]));

describe('member dates', () => {
  it('warns, without refusing, when the full date is less than a year after joining', () => {
    expect(memberDateWarnings({ status: 'full', joinedOn: '2024-05-01', fullOn: '2025-04-30' })).toHaveLength(
      1,
    );
    expect(memberDateWarnings({ status: 'full', joinedOn: '2024-05-01', fullOn: '2025-05-01' })).toEqual([]);
  });
  it('refuses a full date before joining and a full date on a probationary member', () => {
    expect(() =>
      memberDateWarnings({ status: 'full', joinedOn: '2024-05-01', fullOn: '2024-04-30' }),
    ).toThrow();
    expect(() =>
      memberDateWarnings({ status: 'probationary', joinedOn: '2024-05-01', fullOn: '2025-05-01' }),
    ).toThrow('预备党员');
  });
});

describe('development pipeline', () => {
  it('moves one stage at a time', () => {
    expect(nextStage('applicant')).toBe('activist');
    expect(nextStage('full')).toBeNull();
    expect(plusYears('2024-03-15', 1)).toBe('2025-03-15');
    const at = { stage: 'applicant' as const, reachedOn: '2024-01-01' };
    expect(() => assertAdvance(at, { stage: 'activist', reachedOn: '2024-04-01' })).not.toThrow();
    expect(() => assertAdvance(at, { stage: 'target', reachedOn: '2026-04-01' })).toThrow('顺序');
    expect(() =>
      assertAdvance({ stage: 'full', reachedOn: '2024-01-01' }, { stage: 'full', reachedOn: '2025-01-01' }),
    ).toThrow('已是正式党员');
  });
  it('refuses a date before the previous step and a target sooner than a year after activist', () => {
    const activist = { stage: 'activist' as const, reachedOn: '2024-06-01' };
    expect(() =>
      assertAdvance(
        { stage: 'applicant', reachedOn: '2024-06-01' },
        { stage: 'activist', reachedOn: '2024-05-31' },
      ),
    ).toThrow('早于');
    expect(() => assertAdvance(activist, { stage: 'target', reachedOn: '2025-05-31' })).toThrow('满一年');
    expect(() => assertAdvance(activist, { stage: 'target', reachedOn: '2025-06-01' })).not.toThrow();
    const probation = { stage: 'probationary' as const, reachedOn: '2025-07-01' };
    expect(() => assertAdvance(probation, { stage: 'full', reachedOn: '2026-06-30' })).toThrow('预备期');
  });
  it('asks for every required item of the stage and for an adult applicant', () => {
    expect(() => assertItemsDone('target', done('target'))).not.toThrow();
    expect(() => assertItemsDone('target', { ...done('target'), 政治审查: false })).toThrow('政治审查');
    expect(() => assertAdultOn('2008-06-02', '2026-06-01')).toThrow('18');
    expect(() => assertAdultOn('2008-06-01', '2026-06-01')).not.toThrow();
    expect(() => assertAdultOn(null, '2026-06-01')).not.toThrow();
  });
});
