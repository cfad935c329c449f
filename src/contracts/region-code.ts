import type { RegionLevel } from './roles';

// 统计用区划代码: province 2 + city 2 + county 2 + township 3 + village 3 = 12 digits.
// Below a village, villager groups (村民小组 / 自然村) get 3 more digits: 15 in all.
const PREFIX_LENGTH: Record<RegionLevel, number> = {
  province: 2,
  city: 4,
  county: 6,
  township: 9,
  village: 12,
  group: 15,
};

export const REGION_CODE_PATTERN = /^(\d{12}|\d{15})$/;

export const prefixLength = (level: RegionLevel): number => PREFIX_LENGTH[level];

/** The significant prefix of a code at a level: 451022000000 at county level is 451022. */
export const regionPrefix = (code: string, level: RegionLevel): string => code.slice(0, PREFIX_LENGTH[level]);

/** Pads a short code (45, 4510, 451022, 451022100) to the 12-digit form. */
export const toFullCode = (code: string): string => (code.length >= 12 ? code : code.padEnd(12, '0'));

/** The level a 12- or 15-digit code stands at, read from its trailing zeros. */
export const levelOfCode = (code: string): RegionLevel => {
  if (code.length === 15) return 'group';
  if (code.slice(9) !== '000') return 'village';
  if (code.slice(6, 9) !== '000') return 'township';
  if (code.slice(4, 6) !== '00') return 'county';
  if (code.slice(2, 4) !== '00') return 'city';
  return 'province';
};

/**
 * The smallest digit string of the same length greater than every code starting with `prefix`,
 * so that `code >= prefix AND code < upper` selects the subtree with a plain btree range on any
 * collation. Null when the prefix is all nines (no upper bound needed).
 */
export const prefixUpperBound = (prefix: string): string | null => {
  const digits = prefix.split('');
  for (let i = digits.length - 1; i >= 0; i--) {
    if (digits[i] !== '9') {
      digits[i] = String(Number(digits[i]) + 1);
      return digits.join('');
    }
    digits[i] = '0';
  }
  return null;
};

export const isWithinPrefix = (code: string, prefix: string): boolean => code.startsWith(prefix);
