import { describe, expect, it } from 'vitest';
import { modelLabel, orderedModel } from './model';

describe('entity model', () => {
  it('names the parts in the order of 公司 + 基地 + 党支部 + 合作社 + 农户, once each', () => {
    expect(modelLabel(['farmers', 'company', 'branch', 'base', 'cooperative'])).toBe(
      '公司 + 基地 + 党支部 + 合作社 + 农户',
    );
    expect(orderedModel(['farmers', 'cooperative', 'farmers'])).toEqual(['cooperative', 'farmers']);
    expect(modelLabel([])).toBe('');
  });
});
