import { describe, expect, it } from 'vitest';
import {
  capProblem,
  decisionNeedsReason,
  mayReview,
  mayScoreSelf,
  publishProblem,
  reviewNeedsReason,
  submitProblem,
} from './policy';

describe('campaign policy', () => {
  const open = { status: 'open' as const };
  it('lets the village score in self and the township review in township, only while open', () => {
    expect(mayScoreSelf({ role: 'village' }, { status: 'self' }, open)).toBe(true);
    expect(mayScoreSelf({ role: 'township' }, { status: 'self' }, open)).toBe(false);
    expect(mayScoreSelf({ role: 'village' }, { status: 'township' }, open)).toBe(false);
    expect(mayScoreSelf({ role: 'village' }, { status: 'self' }, { status: 'notice' })).toBe(false);
    expect(mayReview({ role: 'township' }, { status: 'township' }, open)).toBe(true);
    expect(mayReview({ role: 'county_admin' }, { status: 'township' }, open)).toBe(false);
  });
  it('asks reasons when values or stars differ', () => {
    expect(reviewNeedsReason(3, 3)).toBe(false);
    expect(reviewNeedsReason(3, 2)).toBe(true);
    expect(reviewNeedsReason(null, 2)).toBe(true);
    expect(decisionNeedsReason(4, 4)).toBe(false);
    expect(decisionNeedsReason(4, 3)).toBe(true);
  });
  it('refuses a submission with unvalued indicators or missing evidence', () => {
    const row = { code: 'A1', fromRecords: false, selfValue: 1, evidenceRequired: true, evidence: 1 };
    expect(submitProblem([row])).toBeNull();
    expect(submitProblem([{ ...row, selfValue: null }])).toContain('A1');
    expect(submitProblem([{ ...row, selfValue: null, fromRecords: true }])).toBeNull();
    expect(submitProblem([{ ...row, evidence: 0 }])).toContain('证明材料');
    expect(submitProblem([{ ...row, evidence: 0, fromRecords: true }])).toBeNull();
  });
  it('refuses publication during notice, with open objections or undecided ratings', () => {
    const now = new Date('2026-05-10T00:00:00Z');
    const campaign = { status: 'notice' as const, noticeEndsAt: new Date('2026-05-09T00:00:00Z') };
    expect(publishProblem(campaign, 0, 0, now)).toBeNull();
    expect(
      publishProblem({ ...campaign, noticeEndsAt: new Date('2026-05-11T00:00:00Z') }, 0, 0, now),
    ).toContain('公示期');
    expect(publishProblem(campaign, 1, 0, now)).toContain('异议');
    expect(publishProblem(campaign, 0, 2, now)).toContain('审定');
  });
  it('checks the share caps', () => {
    expect(capProblem({ five: 10 }, 5, 0, 10)).toBeNull();
    expect(capProblem({ five: 10 }, 5, 1, 10)).toContain('5 星');
    expect(capProblem(null, 5, 9, 10)).toBeNull();
  });
});
