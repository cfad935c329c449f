import { eq } from 'drizzle-orm';
import type { Ctx } from '../../../platform/context';
import { type ScoreResult, scoreVillage } from '../score';
import { villageRatings } from '../tables';
import type { CampaignRule, RatingRow, ScoreRowDb } from './load';

// A rating's totals and computed stars, always from score.ts: the village's total over its self
// values; the reviewed total over the township's values where it gave one and the village's
// elsewhere (once the rating left the village); the computed stars from the latest of the two.

export interface Totals {
  selfTotal: number;
  reviewTotal: number | null;
  computedStars: number;
  current: ScoreResult;
}

type Values = Pick<ScoreRowDb, 'indicatorCode' | 'selfValue' | 'reviewValue'>;

export const totalsOf = (
  rule: CampaignRule,
  status: RatingRow['status'],
  scores: readonly Values[],
): Totals => {
  const self = scoreVillage(rule.rule, new Map(scores.map((s) => [s.indicatorCode, s.selfValue])));
  if (status === 'self')
    return { selfTotal: self.total, reviewTotal: null, computedStars: self.stars, current: self };
  const review = scoreVillage(
    rule.rule,
    new Map(scores.map((s) => [s.indicatorCode, s.reviewValue ?? s.selfValue])),
  );
  return { selfTotal: self.total, reviewTotal: review.total, computedStars: review.stars, current: review };
};

/** Writes the totals and computed stars of a rating (in the caller's transaction). */
export const storeTotals = async (
  tx: Ctx,
  rule: CampaignRule,
  rating: RatingRow,
  scores: readonly Values[],
): Promise<Totals> => {
  const totals = totalsOf(rule, rating.status, scores);
  await tx.db
    .update(villageRatings)
    .set({
      selfTotal: totals.selfTotal,
      reviewTotal: totals.reviewTotal,
      computedStars: totals.computedStars,
      updatedAt: new Date(),
    })
    .where(eq(villageRatings.id, rating.id));
  return totals;
};
