import { describe, expect, it } from 'vitest';
import type { Role } from '../../../../contracts/roles';
import { DEFAULT_INDICATORS, DEFAULT_RULES, DEFAULT_THRESHOLDS } from '../defaults';
import { assertDraft, indicatorErrors, mayEditCriteria, publishErrors, thresholdsErrors } from './policy';

// Who may edit a criteria set and what a set must be to be published.

const county = '451022000000';
const as = (role: Role, scopeCode: string) => ({ role, scopeCode });
const figures = new Set(['events.onTimeRate', 'members.probationary', 'economy.operatingIncome']);

describe('who may edit a criteria set', () => {
  it('lets the county admin of the set county edit it', () => {
    expect(mayEditCriteria(as('county_admin', county), county)).toBe(true);
  });
  it('refuses another county admin, townships, villages and the region admin', () => {
    expect(mayEditCriteria(as('county_admin', '451027000000'), county)).toBe(false);
    expect(mayEditCriteria(as('township', '451022100000'), county)).toBe(false);
    expect(mayEditCriteria(as('village', '451022100001'), county)).toBe(false);
    expect(mayEditCriteria(as('region_admin', '451000000000'), county)).toBe(false);
  });
  it('refuses any edit of a published set with the Chinese message', () => {
    expect(() => assertDraft({ status: 'published' })).toThrow('已发布的评定标准不能修改，请复制为新版本');
    expect(() => assertDraft({ status: 'draft' })).not.toThrow();
  });
});

describe('what a set must be', () => {
  it('publishes the default set as it is', () => {
    expect(
      publishErrors({ thresholds: DEFAULT_THRESHOLDS, rules: DEFAULT_RULES }, DEFAULT_INDICATORS, figures),
    ).toEqual([]);
  });
  it('wants thresholds in descending order', () => {
    expect(thresholdsErrors({ five: 90, four: 90, three: 70, two: 75 })).toEqual([
      { path: 'thresholds.four', message: '四星分数线应低于五星分数线' },
      { path: 'thresholds.two', message: '二星分数线应低于三星分数线' },
    ]);
  });
  it('wants tiers for a tiers indicator, an installed figure and a matching map', () => {
    const errors = indicatorErrors(
      {
        code: 'D1',
        area: 'D',
        method: 'tiers',
        maxPoints: 12,
        tiers: [],
        source: { figure: 'x', map: 'atLeast' },
      },
      figures,
    );
    expect(errors.map((e) => e.path)).toEqual(['tiers', 'source.figure', 'source.map']);
  });
  it('refuses a veto with points and duplicate codes', () => {
    const errors = publishErrors(
      { thresholds: DEFAULT_THRESHOLDS, rules: { vetoMaxStars: 1, satisfaction: null } },
      [
        { code: 'A1', area: 'A', method: 'yesno', maxPoints: 95 },
        { code: 'A1', area: 'A', method: 'yesno', maxPoints: 5 },
        { code: 'V1', area: 'V', method: 'veto', maxPoints: 2 },
      ],
      figures,
    );
    expect(errors).toEqual([
      { path: 'indicators.A1.code', message: '指标编码 A1 重复' },
      { path: 'indicators.V1.maxPoints', message: '指标 V1 否决项不计分，满分应为 0' },
    ]);
  });
});
