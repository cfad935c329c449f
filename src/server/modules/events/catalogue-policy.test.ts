import { describe, expect, it } from 'vitest';
import { Invalid } from '../../platform/errors';
import { categoryErrors, limitError, serviceItemErrors, throwIfAny } from './catalogue-policy';

const LIMITS = {
  accept: { amount: 1, unit: 'wd' },
  village: { amount: 3, unit: 'd' },
  township: { amount: 5, unit: 'wd' },
  acknowledge: { amount: 2, unit: 'h' },
  handle: { amount: 5, unit: 'wd' },
  review: { amount: 2, unit: 'wd' },
};
const paths = (errors: ({ path: string } | null)[]) => errors.filter(Boolean).map((e) => e!.path);

describe('catalogue checks', () => {
  it('accepts a complete category and names every wrong field', () => {
    expect(paths(categoryErrors({ code: 'e16', departments: ['fire'], limits: LIMITS }))).toEqual([]);
    expect(
      paths(
        categoryErrors({
          code: '16',
          departments: ['fire', 'fire'],
          limits: { ...LIMITS, review: { amount: 91, unit: 'd' }, extra: { amount: 1, unit: 'h' } },
        }),
      ),
    ).toEqual(['code', 'departments', 'limits.extra', 'limits.review']);
  });

  it('bounds limits by unit: whole numbers from 1, up to 90 days or 720 hours', () => {
    expect(limitError('x', '时限', { amount: 720, unit: 'h' })).toBeNull();
    expect(limitError('x', '时限', { amount: 721, unit: 'h' })?.message).toContain('720 小时');
    expect(limitError('x', '时限', { amount: 0.5, unit: 'd' })?.message).toContain('整数');
    expect(limitError('x', '时限', { amount: 1, unit: 'm' })?.message).toContain('单位');
  });

  it('checks a service item’s intake and limit, and throws one 422 with all fields', () => {
    expect(paths(serviceItemErrors({ intake: 'V→bank', timeLimit: null }))).toEqual([]);
    try {
      throwIfAny(serviceItemErrors({ code: 'S', intake: 'bank', timeLimit: { amount: -1, unit: 'wd' } }));
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(Invalid);
      expect((e as Invalid).fields?.map((f) => f.path)).toEqual(['code', 'intake', 'timeLimit']);
    }
  });
});
