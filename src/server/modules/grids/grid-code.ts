// 精准赋码: a grid's code is the village's 12-digit code + 2 digits for the middle grid (寨管委)
// + 2 digits for the small grid (十联户). The big grid is the village code + "0000"; a middle
// grid ends in "00". Numbers are given in sequence under the parent and never reused.

export type GridTier = 'big' | 'middle' | 'small';

export const MAX_SEQUENCE = 99;

export const bigGridCode = (villageCode: string): string => `${villageCode}0000`;

const pad = (n: number) => String(n).padStart(2, '0');

/** The code of the `seq`-th child (1–99) of a big grid (→ middle) or a middle grid (→ small). */
export const childGridCode = (parentCode: string, childTier: 'middle' | 'small', seq: number): string =>
  childTier === 'middle'
    ? `${parentCode.slice(0, 12)}${pad(seq)}00`
    : `${parentCode.slice(0, 14)}${pad(seq)}`;

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
