import type { IncomeBand } from './tables';

// Income tiers (CATALOGUES.md §11), pure: the only place a village's tier, a region's tier counts
// and a target's progress are computed. Amounts are fen.

/** The band an income falls in: the highest band whose least amount it reaches. */
export const bandOf = (amountFen: number, bands: readonly IncomeBand[]): IncomeBand => {
  const sorted = [...bands].sort((a, b) => a.minFen - b.minFen);
  let found = sorted[0];
  for (const band of sorted) if (amountFen >= band.minFen) found = band;
  return found;
};

export interface TierSummary {
  villages: number;
  totalFen: number;
  averageFen: number;
  /** Villages per band, in the bands' order. */
  counts: { code: string; label: string; minFen: number; villages: number }[];
  /** Villages at or above each band's least amount (田东: all ≥ 50k, 68 ≥ 100k, 22 ≥ 200k …). */
  atLeast: { code: string; minFen: number; villages: number }[];
}

/** Tier counts and totals of a set of villages' incomes (one number per village, fen). */
export const summarize = (incomes: readonly number[], bands: readonly IncomeBand[]): TierSummary => {
  const sorted = [...bands].sort((a, b) => a.minFen - b.minFen);
  const counts = sorted.map((b) => ({ code: b.code, label: b.label, minFen: b.minFen, villages: 0 }));
  let totalFen = 0;
  for (const income of incomes) {
    totalFen += income;
    const band = bandOf(income, sorted);
    counts[sorted.indexOf(band)].villages += 1;
  }
  let running = 0;
  const atLeast = [...counts]
    .reverse()
    .map((c) => {
      running += c.villages;
      return { code: c.code, minFen: c.minFen, villages: running };
    })
    .reverse();
  return {
    villages: incomes.length,
    totalFen,
    averageFen: incomes.length ? Math.round(totalFen / incomes.length) : 0,
    counts,
    atLeast,
  };
};

export interface TargetRule {
  everyMinFen: number | null;
  shareMinFen: number | null;
  sharePercent: number | null;
}

export interface TargetProgress {
  villages: number;
  /** Villages below everyMinFen (those that keep the target from being met). */
  belowEvery: number;
  /** Villages at shareMinFen or more, and their share in percent (one decimal). */
  atShare: number;
  sharePercent: number;
  /** Villages still needed at shareMinFen for the share part to be met. */
  shareMissing: number;
  met: boolean;
}

/** How far a set of villages' incomes is from a target. */
export const targetProgress = (incomes: readonly number[], rule: TargetRule): TargetProgress => {
  const villages = incomes.length;
  const belowEvery = rule.everyMinFen == null ? 0 : incomes.filter((i) => i < rule.everyMinFen!).length;
  const atShare = rule.shareMinFen == null ? 0 : incomes.filter((i) => i >= rule.shareMinFen!).length;
  const sharePercent = villages ? Math.round((atShare / villages) * 1000) / 10 : 0;
  const needed = rule.sharePercent == null ? 0 : Math.ceil((rule.sharePercent * villages) / 100);
  const shareMissing = rule.shareMinFen == null ? 0 : Math.max(0, needed - atShare);
  return {
    villages,
    belowEvery,
    atShare,
    sharePercent,
    shareMissing,
    met: villages > 0 && belowEvery === 0 && shareMissing === 0,
  };
};

/** Growth from one year to the next in percent (one decimal); null when the earlier year is 0. */
export const growthPercent = (before: number, after: number): number | null =>
  before === 0 ? null : Math.round(((after - before) / before) * 1000) / 10;
