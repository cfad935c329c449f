import { gridSubtree, isInScope, villageOf } from '../../platform/scope';

// 精准赋码: a grid's code is the village's 12-digit code + 2 digits for the middle grid (寨管委)
// + 2 digits for the small grid (十联户). The big grid is the village code + "0000"; a middle
// grid ends in "00". Numbers are given in sequence under the parent and never reused.

export type GridTier = 'big' | 'middle' | 'small';

export const MAX_SEQUENCE = 99;

export const bigGridCode = (villageCode: string): string => `${villageCode}0000`;

const pad = (n: number) => String(n).padStart(2, '0');

/** The 14 digits a middle grid and its small grids share. */
const middlePrefix = (code: string): string => gridSubtree({ code, tier: 'middle' }).prefix;

/** The codes of the big and middle grids above a grid, and its own (a big grid's path is itself). */
export const gridPathCodes = (code: string): string[] => [
  ...new Set([bigGridCode(villageOf(code)), `${middlePrefix(code)}00`, code]),
];

/** The code of the `seq`-th child (1–99) of a big grid (→ middle) or a middle grid (→ small). */
export const childGridCode = (parentCode: string, childTier: 'middle' | 'small', seq: number): string =>
  childTier === 'middle' ? `${villageOf(parentCode)}${pad(seq)}00` : `${middlePrefix(parentCode)}${pad(seq)}`;

/** The sequence number a child code carries. */
export const sequenceOf = (code: string, tier: GridTier): number =>
  tier === 'big' ? 0 : Number(tier === 'middle' ? code.slice(12, 14) : code.slice(14, 16));

/** The next free number after every code ever given under the parent (deleted ones included); null when full. */
export const nextSequence = (
  siblingCodes: readonly string[],
  childTier: 'middle' | 'small',
): number | null => {
  const next = Math.max(0, ...siblingCodes.map((c) => sequenceOf(c, childTier))) + 1;
  return next > MAX_SEQUENCE ? null : next;
};

/**
 * Why a code typed by hand (an import's 网格编码) does not fit the grid's tier and place, or null.
 * `parentCode` is the parent's code when it is known (a middle grid's prefix is its village's).
 */
export const codeMisfit = (
  code: string,
  tier: GridTier,
  villageCode: string,
  parentCode?: string,
): string | null => {
  if (!/^\d{16}$/.test(code)) return '网格编码应为16位数字';
  if (villageOf(code) !== villageCode) return '网格编码的前12位应为所属村的区划代码';
  const middle = code.slice(12, 14);
  const small = code.slice(14, 16);
  if (tier === 'big') return middle === '00' && small === '00' ? null : '大网格的编码应为村代码加“0000”';
  if (tier === 'middle')
    return middle !== '00' && small === '00' ? null : '中网格的编码应为村代码 + 2位序号（01–99）+“00”';
  if (parentCode && !isInScope(code, gridSubtree({ code: parentCode, tier: 'middle' })))
    return '小网格编码的前14位应与上级中网格的编码相同';
  return middle !== '00' && small !== '00' ? null : '小网格编码的末2位应为序号01–99';
};
