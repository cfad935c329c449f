import type { RatingActionBody, RatingSheet } from '../../../../contracts/api/assess-campaign';
import { writeAudit } from '../../../platform/audit/write';
import { type Ctx, inTransaction } from '../../../platform/context';
import { Conflict, Forbidden } from '../../../platform/errors';
import { transition } from '../../../platform/workflow/transition';
import { campaignOf, loadRating, ruleOf, scoresOf } from './load';
import { actsForTownship, actsForVillage } from './policy';
import { sheetOf } from './rating-sheet';
import { fillFromRecords } from './record-fill';
import { storeTotals } from './totals';
import { ratingWorkflow } from './workflows';

// The steps of a village's rating (POST /api/assess/ratings/:ratingId/actions/:action and
// /reopen): submit, approve, return, decide { stars, reason? }, reopen { reason }, all through
// platform/workflow (409 in Chinese when the state does not allow the step).

export const actOnRating = async (
  ctx: Ctx,
  ratingId: string,
  action: string,
  body: RatingActionBody,
): Promise<RatingSheet> => {
  const { record } = await transition(ctx, ratingWorkflow, ratingId, action, {
    reason: body.reason ?? null,
    rating: body.stars ?? null,
  });
  return sheetOf(ctx, record);
};

/**
 * 重新读取 (POST /api/assess/ratings/:ratingId/refresh): the record-filled indicators read again,
 * by the village while it scores (its values) or by the township during review (its values, with
 * the reason that the records were read again when they differ from the village's).
 */
export const refreshRating = (ctx: Ctx, ratingId: string): Promise<RatingSheet> =>
  inTransaction(ctx, async (tx) => {
    const rating = await loadRating(tx, ratingId, true);
    const campaign = await campaignOf(tx, rating);
    const into =
      rating.status === 'self' && actsForVillage(tx.actor)
        ? 'self'
        : rating.status === 'township' && actsForTownship(tx.actor)
          ? 'review'
          : null;
    if (campaign.status !== 'open' || !into) {
      if (!actsForVillage(tx.actor) && !actsForTownship(tx.actor))
        throw new Forbidden('只有村自评或乡镇审核时可以重新读取记录');
      throw new Conflict(
        `该星级评定当前为「${ratingWorkflow.states[rating.status].zh}」，您现在不能重新读取记录`,
      );
    }
    const rule = await ruleOf(tx, campaign);
    const scores = await fillFromRecords(tx, rule, campaign, rating, await scoresOf(tx, rating.id), into);
    const totals = await storeTotals(tx, rule, rating, scores);
    await writeAudit(tx.db, tx, {
      action: 'assessments.rating.refresh',
      entity: ratingWorkflow.kind,
      entityId: rating.id,
      regionCode: rating.regionCode,
      diff: {
        into,
        values: Object.fromEntries(
          scores
            .filter((s) => rule.byCode.get(s.indicatorCode)?.source)
            .map((s) => [s.indicatorCode, s.recordValue]),
        ),
        computedStars: totals.computedStars,
      },
    });
    return sheetOf(tx, await loadRating(tx, rating.id), { campaign });
  });
