import type { Rng } from './random';

// Village incomes of a year that add up to a seed's published figures exactly: the 田东 2020 shape
// of seed T (167 villages, 19,254,700 元 in all, every village ≥ 50,000, 68 ≥ 100,000, 22 ≥ 200,000,
// 3 ≥ 500,000). Amounts in whole 元.

export interface IncomeShape {
  villages: number;
  totalYuan: number;
  /** Villages at or above each amount (元), the lowest first; the lowest covers every village. */
  atLeast: readonly { yuan: number; villages: number }[];
  /** The top band's upper end for drawing (元). */
  maxYuan: number;
}

export const TIANDONG_2020: IncomeShape = {
  villages: 167,
  totalYuan: 19_254_700,
  atLeast: [
    { yuan: 50_000, villages: 167 },
    { yuan: 100_000, villages: 68 },
    { yuan: 200_000, villages: 22 },
    { yuan: 500_000, villages: 3 },
  ],
  maxYuan: 1_200_000,
};

/** Incomes (元, in random village order) that meet the shape exactly. */
export const incomesOfShape = (rng: Rng, shape: IncomeShape): number[] => {
  const ranges: { lo: number; hi: number }[] = [];
  shape.atLeast.forEach((band, i) => {
    const next = shape.atLeast[i + 1];
    const count = band.villages - (next?.villages ?? 0);
    const hi = (next?.yuan ?? shape.maxYuan) - 1;
    for (let k = 0; k < count; k++) ranges.push({ lo: band.yuan, hi });
  });
  if (ranges.length !== shape.villages) throw new Error('收入结构与村数不符');
  // Draw low in each band (most villages sit near the lower edge), then spread the rest by room.
  const values = ranges.map((r) => Math.round(r.lo + (r.hi - r.lo) * rng.float() ** 2.2));
  let diff = shape.totalYuan - values.reduce((s, v) => s + v, 0);
  for (let round = 0; diff !== 0 && round < 50; round++) {
    const room = values.map((v, i) => (diff > 0 ? ranges[i].hi - v : v - ranges[i].lo));
    const all = room.reduce((s, r) => s + r, 0);
    if (all === 0) throw new Error('收入结构无法达到合计');
    const step = diff;
    for (let i = 0; i < values.length && diff !== 0; i++) {
      const share = Math.sign(step) * Math.min(room[i], Math.floor((Math.abs(step) * room[i]) / all) || 1);
      const move = Math.sign(step) * Math.min(Math.abs(share), Math.abs(diff));
      values[i] += move;
      diff -= move;
    }
  }
  if (diff !== 0) throw new Error('收入结构无法达到合计');
  for (let i = values.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [values[i], values[j]] = [values[j], values[i]];
  }
  return values;
};
