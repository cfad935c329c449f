import { describe, expect, it } from 'vitest';
import { benefitErrors } from './benefit-rules';

describe('benefit rules', () => {
  it('asks a dividend its amount and a job its number of people', () => {
    expect(benefitErrors({ kind: 'dividend', amountFen: 0, jobs: 0 })).toEqual([
      { path: 'amountFen', message: '分红请填写金额' },
    ]);
    expect(benefitErrors({ kind: 'dividend', amountFen: 120_00, jobs: 0 })).toEqual([]);
    expect(benefitErrors({ kind: 'job', amountFen: 2_000_00, jobs: 0 })[0]?.path).toBe('jobs');
    expect(benefitErrors({ kind: 'job', amountFen: 0, jobs: 2 })).toEqual([]);
    expect(benefitErrors({ kind: 'other', amountFen: 0, jobs: 0 })[0]?.path).toBe('amountFen');
  });
});
