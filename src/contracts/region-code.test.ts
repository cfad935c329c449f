import { describe, expect, it } from 'vitest';
import {
  isWithinPrefix,
  levelOfCode,
  prefixLength,
  prefixUpperBound,
  REGION_CODE_PATTERN,
  regionPrefix,
  toFullCode,
} from './region-code';

describe('levelOfCode', () => {
  it('reads the level from the trailing zeros of a 12-digit code', () => {
    expect(levelOfCode('450000000000')).toBe('province');
    expect(levelOfCode('451000000000')).toBe('city');
    expect(levelOfCode('451022000000')).toBe('county');
    expect(levelOfCode('451022100000')).toBe('township');
    expect(levelOfCode('451022100001')).toBe('village');
  });

  it('treats every 15-digit code as a villager group', () => {
    expect(levelOfCode('451022100001001')).toBe('group');
  });

  it('counts a village numbered 100 as a village and a township numbered 200 as a township', () => {
    expect(levelOfCode('451022100100')).toBe('village');
    expect(levelOfCode('451022201000')).toBe('township');
  });
});

describe('prefixUpperBound', () => {
  it('increments the last digit', () => {
    expect(prefixUpperBound('451022')).toBe('451023');
    expect(prefixUpperBound('451022100')).toBe('451022101');
  });

  it('carries over trailing nines', () => {
    expect(prefixUpperBound('451029')).toBe('451030');
    expect(prefixUpperBound('451099')).toBe('451100');
    expect(prefixUpperBound('459999')).toBe('460000');
  });

  it('returns null for all nines and for the empty prefix', () => {
    expect(prefixUpperBound('9')).toBeNull();
    expect(prefixUpperBound('999999')).toBeNull();
    expect(prefixUpperBound('')).toBeNull();
  });

  it('bounds exactly the codes that start with the prefix', () => {
    const upper = prefixUpperBound('451029')!;
    const inRange = (code: string) => code >= '451029' && code < upper;
    expect(inRange('451029000000')).toBe(true);
    expect(inRange('451029999999999')).toBe(true);
    expect(inRange('451030000000')).toBe(false);
    expect(inRange('451028999999')).toBe(false);
  });
});

describe('toFullCode', () => {
  it('pads short codes to 12 digits', () => {
    expect(toFullCode('45')).toBe('450000000000');
    expect(toFullCode('4510')).toBe('451000000000');
    expect(toFullCode('451022')).toBe('451022000000');
    expect(toFullCode('451022100')).toBe('451022100000');
  });

  it('leaves full village and group codes unchanged', () => {
    expect(toFullCode('451022100001')).toBe('451022100001');
    expect(toFullCode('451022100001001')).toBe('451022100001001');
  });
});

describe('regionPrefix', () => {
  it('keeps the significant digits of a code at a level', () => {
    expect(regionPrefix('451022000000', 'county')).toBe('451022');
    expect(regionPrefix('451022100000', 'township')).toBe('451022100');
    expect(regionPrefix('451022100001', 'province')).toBe('45');
    expect(regionPrefix('451022100001', 'city')).toBe('4510');
    expect(regionPrefix('451022100001001', 'group')).toBe('451022100001001');
  });

  it('round-trips with toFullCode at the level of the code', () => {
    for (const code of ['450000000000', '451000000000', '451022000000', '451022100000', '451022100001']) {
      const prefix = regionPrefix(code, levelOfCode(code));
      expect(prefix).toHaveLength(prefixLength(levelOfCode(code)));
      expect(toFullCode(prefix)).toBe(code);
      expect(isWithinPrefix(code, prefix)).toBe(true);
    }
  });
});

describe('REGION_CODE_PATTERN', () => {
  it('accepts 12- and 15-digit codes only', () => {
    expect(REGION_CODE_PATTERN.test('451022100001')).toBe(true);
    expect(REGION_CODE_PATTERN.test('451022100001001')).toBe(true);
    expect(REGION_CODE_PATTERN.test('451022')).toBe(false);
    expect(REGION_CODE_PATTERN.test('4510221000011')).toBe(false);
  });
});
