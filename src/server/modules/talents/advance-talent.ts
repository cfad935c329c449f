import { eq } from 'drizzle-orm';
import { writeAudit } from '../../platform/audit/write';
import { newId } from '../../platform/auth/session';
import { type Ctx, inTransaction } from '../../platform/context';
import { Conflict, invalidField } from '../../platform/errors';
import { loadTalentInScope } from './load-talent';
import { type Decision, nextStatus, type TalentStatus, type TalentStep } from './policy';
import { talentReviews, talents } from './tables';
import { talentDetail } from './talent-view';

const WRONG_STEP: Record<TalentStep, string> = {
  village_survey: '只有草稿或退回修改的记录可以提交',
  township_review: '该记录不在乡级审核环节',
  county_filing: '该记录不在县级备案环节',
};

/**
 * One step of 村级摸排 → 乡级审核 → 县级备案: the status moves and a review row records who,
 * when and why. The route's permission decides who may take which step.
 */
export const advanceTalent = (
  ctx: Ctx,
  talentId: string,
  step: TalentStep,
  decision: Decision,
  comment?: string,
) =>
  inTransaction(ctx, async (tx) => {
    const talent = await loadTalentInScope(tx, talentId, true);
    if (decision === 'return' && !comment) throw invalidField('comment', '退回时请填写退回意见');
    const status = nextStatus(talent.status as TalentStatus, step, decision);
    if (!status) throw new Conflict(WRONG_STEP[step]);
    const [after] = await tx.db
      .update(talents)
      .set({ status, updatedAt: new Date() })
      .where(eq(talents.id, talentId))
      .returning();
    await tx.db.insert(talentReviews).values({
      id: newId(),
      regionCode: talent.regionCode,
      talentId,
      step,
      decision,
      reviewerId: tx.actor.userId,
      reviewerName: tx.actor.displayName,
      comment: comment || null,
    });
    await writeAudit(tx.db, tx, {
      action: `talent.${decision}`,
      entity: 'talent',
      entityId: talentId,
      regionCode: talent.regionCode,
      diff: { before: { status: talent.status }, after: { status }, step, comment: comment ?? null },
    });
    return talentDetail(tx, after);
  });
