import type { TierCounts } from '../../../../contracts/api/economy-views';
import type { IncomeBand } from '../tables';
import type { TargetRule } from '../tiers';

// Tier counts from buckets. The summaries' SQL groups the villages by a bucket of their income:
// the number of thresholds (every band's least amount and every target's amounts) it reaches.
// Each bucket lies wholly inside one band and on one side of every target amount, so a handful of
// grouped rows give the same counts as tiers.ts summarize and targetProgress over every village.

export interface BucketRow {
  bucket: number;
  villages: number;
  withAccount: number;
  basisFen: number;
  operatingFen: number;
  totalFen: number;
  contractingFen: number;
}

/** The sorted distinct thresholds of the bands and target amounts. */
export const thresholdsOf = (bands: readonly IncomeBand[], rules: readonly TargetRule[] = []): number[] =>
  [
    ...new Set([
      ...bands.map((b) => b.minFen),
      ...rules.flatMap((r) => [r.everyMinFen, r.shareMinFen].filter((v): v is number => v != null)),
    ]),
  ].sort((a, b) => a - b);

/** The least income of a bucket (bucket 0: below every threshold). */
const lowerOf = (bucket: number, thresholds: readonly number[]) =>
  bucket === 0 ? Number.NEGATIVE_INFINITY : thresholds[bucket - 1];

/** Bucket index of an amount (what the SQL CASE computes), for tests. */
export const bucketOf = (amountFen: number, thresholds: readonly number[]) =>
  thresholds.filter((t) => amountFen >= t).length;

const bandIndexOf = (lower: number, bands: readonly IncomeBand[]) => {
  let found = 0;
  bands.forEach((b, i) => {
    if (lower >= b.minFen) found = i;
  });
  return found;
};

/** A region's tier counts and sums from its bucket rows of one year (bands sorted ascending). */
export const tierCountsOf = (
  rows: readonly BucketRow[],
  bands: readonly IncomeBand[],
  thresholds: readonly number[],
): TierCounts => {
  const counts = bands.map((b) => ({ code: b.code, villages: 0 }));
  const sum = { villages: 0, withAccount: 0, basisFen: 0, operatingFen: 0, totalFen: 0, contractingFen: 0 };
  for (const r of rows) {
    counts[bandIndexOf(lowerOf(r.bucket, thresholds), bands)].villages += r.villages;
    sum.villages += r.villages;
    sum.withAccount += r.withAccount;
    sum.basisFen += r.basisFen;
    sum.operatingFen += r.operatingFen;
    sum.totalFen += r.totalFen;
    sum.contractingFen += r.contractingFen;
  }
  let running = 0;
  const atLeast = bands
    .map((b, i) => ({ code: b.code, minFen: b.minFen, i }))
    .reverse()
    .map((b) => {
      running += counts[b.i].villages;
      return { code: b.code, minFen: b.minFen, villages: running };
    })
    .reverse();
  return {
    ...sum,
    averageFen: sum.villages ? Math.round(sum.basisFen / sum.villages) : 0,
    counts,
    atLeast,
  };
};

/** Villages below `belowFen` and at `atLeastFen` or more, from bucket rows (both amounts thresholds). */
export const countsAround = (
  rows: readonly BucketRow[],
  thresholds: readonly number[],
  amountFen: number,
): { below: number; atLeast: number } => {
  let below = 0;
  let atLeast = 0;
  for (const r of rows) {
    if (lowerOf(r.bucket, thresholds) >= amountFen) atLeast += r.villages;
    else below += r.villages;
  }
  return { below, atLeast };
};
