import { and, eq } from 'drizzle-orm';
import type { PutScoreBody, RatingSheet } from '../../../../contracts/api/assess-campaign';
import { auditDiff } from '../../../platform/audit/diff';
import { writeAudit } from '../../../platform/audit/write';
import { type Ctx, inTransaction } from '../../../platform/context';
import { Conflict, Forbidden, Invalid, invalidField, NotFound } from '../../../platform/errors';
import { pointsOf, valueProblem } from '../score';
import { ratingScores } from '../tables';
import { scoreKind } from './kinds';
import { campaignOf, loadRating, ruleOf, scoresOf } from './load';
import { actsForTownship, actsForVillage, mayReview, mayScoreSelf, reviewNeedsReason } from './policy';
import { sheetOf } from './rating-sheet';
import { fillFromRecords } from './record-fill';
import { storeTotals } from './totals';
import { ratingWorkflow } from './workflows';

// One indicator's score (PUT /api/assess/ratings/:ratingId/scores/:indicatorCode): the village
// in 村自评 sets its value, note and links (record-filled indicators take no typed value); the
// township in 乡镇审核 sets its value with a reason when it differs from the village's. The
// value is checked by score.ts; the totals and computed stars are recomputed in the same
// transaction, and the change is audited.

export const putScore = (
  ctx: Ctx,
  ratingId: string,
  indicatorCode: string,
  body: PutScoreBody,
): Promise<RatingSheet> =>
  inTransaction(ctx, async (tx) => {
    const rating = await loadRating(tx, ratingId, true);
    const campaign = await campaignOf(tx, rating);
    const rule = await ruleOf(tx, campaign);
    const indicator = rule.byCode.get(indicatorCode);
    if (!indicator) throw new NotFound(`没有指标 ${indicatorCode}`);
    const [score] = await tx.db
      .select()
      .from(ratingScores)
      .where(and(eq(ratingScores.ratingId, rating.id), eq(ratingScores.indicatorId, indicator.id)));
    if (!score) throw new NotFound(`没有指标 ${indicatorCode}`);
    const state = ratingWorkflow.states[rating.status].zh;
    const checkValue = (value: number) => {
      const problem = valueProblem(indicator, value);
      if (problem) throw invalidField('value', problem);
    };
    let set: Partial<typeof score>;
    if (mayScoreSelf(tx.actor, rating, campaign)) {
      if (indicator.source && body.value != null)
        throw invalidField('value', '此指标由系统记录自动读取，不能手工填写（可填写说明）');
      if (body.reason !== undefined && body.reason !== '')
        throw invalidField('reason', '理由由乡镇审核时填写');
      if (body.value != null) checkValue(body.value);
      set = {
        ...(body.value !== undefined && !indicator.source
          ? {
              selfValue: body.value,
              selfPoints: body.value === null ? null : pointsOf(indicator, body.value),
            }
          : {}),
        ...(body.note !== undefined ? { selfNote: body.note || null } : {}),
        ...(body.links !== undefined ? { links: body.links } : {}),
      };
    } else if (mayReview(tx.actor, rating, campaign)) {
      if (body.value === undefined) throw invalidField('value', '请填写审核分值');
      if (body.value !== null) checkValue(body.value);
      const reason = body.reason?.trim() ?? '';
      if (reviewNeedsReason(score.selfValue, body.value) && reason === '')
        throw invalidField('reason', '审核分值与村自评不同，请写明调整理由');
      set = {
        reviewValue: body.value,
        reviewPoints: body.value === null ? null : pointsOf(indicator, body.value),
        reviewReason: reviewNeedsReason(score.selfValue, body.value) ? reason : reason || null,
        ...(body.links !== undefined ? { links: body.links } : {}),
      };
    } else if (actsForVillage(tx.actor) || actsForTownship(tx.actor)) {
      throw new Conflict(
        campaign.status !== 'open'
          ? '本次星级评定已结束评分，不能再修改'
          : `该星级评定当前为「${state}」，您现在不能修改评分`,
      );
    } else throw new Forbidden('只有本村自评、乡镇审核时可以修改评分');
    if (Object.keys(set).length === 0) throw new Invalid('没有要修改的内容');
    await tx.db
      .update(ratingScores)
      .set({ ...set, updatedAt: new Date() })
      .where(eq(ratingScores.id, score.id));
    let scores = await scoresOf(tx, rating.id);
    if (rating.status === 'self') scores = await fillFromRecords(tx, rule, campaign, rating, scores, 'self');
    await storeTotals(tx, rule, rating, scores);
    await writeAudit(tx.db, tx, {
      action: 'assessments.rating.score',
      entity: scoreKind,
      entityId: score.id,
      regionCode: rating.regionCode,
      diff: auditDiff({ code: indicator.code, ...pick(score, set) }, { code: indicator.code, ...set }),
    });
    return sheetOf(tx, await loadRating(tx, rating.id), { campaign });
  });

const pick = <T extends object>(row: T, keys: object): Partial<T> =>
  Object.fromEntries(Object.keys(keys).map((k) => [k, row[k as keyof T]])) as Partial<T>;
