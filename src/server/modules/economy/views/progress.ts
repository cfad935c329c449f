import type { TargetProgressView } from '../../../../contracts/api/economy-views';
import type { economyTargets } from '../tables';
import type { TargetRule } from '../tiers';
import { type BucketRow, countsAround } from './buckets';

// Target progress (目标进度) from bucket counts: the same answer as tiers.ts targetProgress over
// every village's income (progress.test.ts checks both agree).

export type TargetRow = Pick<
  typeof economyTargets.$inferSelect,
  'id' | 'regionCode' | 'name' | 'byYear' | 'everyMinFen' | 'shareMinFen' | 'sharePercent'
>;

export const progressOfCounts = (villages: number, belowCount: number, atCount: number, rule: TargetRule) => {
  const belowEvery = rule.everyMinFen == null ? 0 : belowCount;
  const atShare = rule.shareMinFen == null ? 0 : atCount;
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

export const targetProgressView = (
  target: TargetRow,
  rows: readonly BucketRow[],
  thresholds: readonly number[],
): TargetProgressView => {
  const villages = rows.reduce((s, r) => s + r.villages, 0);
  const every = target.everyMinFen == null ? null : countsAround(rows, thresholds, target.everyMinFen);
  const share = target.shareMinFen == null ? null : countsAround(rows, thresholds, target.shareMinFen);
  const p = progressOfCounts(villages, every?.below ?? 0, share?.atLeast ?? 0, target);
  return {
    id: target.id,
    name: target.name,
    byYear: target.byYear,
    everyMinFen: target.everyMinFen,
    shareMinFen: target.shareMinFen,
    sharePercent: target.sharePercent,
    villages,
    belowEvery: p.belowEvery,
    atShare: p.atShare,
    atSharePercent: p.sharePercent,
    shareMissing: p.shareMissing,
    met: p.met,
  };
};
