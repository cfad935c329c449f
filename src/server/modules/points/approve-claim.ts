import { and, eq } from 'drizzle-orm';
import { auditDiff } from '../../platform/audit/diff';
import { writeAudit } from '../../platform/audit/write';
import { type Ctx, inTransaction } from '../../platform/context';
import { Conflict } from '../../platform/errors';
import { addMonths, postedUnderRule } from './claim-cap';
import { claimInReach, ruleForDecision } from './claim-in-reach';
import { claimViews } from './claim-view';
import { post } from './ledger';
import { pointsAccounts, pointsClaims, pointsEvidence } from './tables';

/** 审核通过: posts the claim's points once (the claim id is the posting's key). */
export const approveClaim = (ctx: Ctx, claimId: string) =>
  inTransaction(ctx, async (tx) => {
    const claim = await claimInReach(tx, claimId, { forUpdate: true });
    if (claim.status === 'approved') return (await claimViews(tx, [claim]))[0];
    if (claim.status !== 'pending') throw new Conflict('该申报已退回，不能再审核');
    const rule = await ruleForDecision(tx, claim);
    if (rule.evidenceRequired) {
      const [photo] = await tx.db
        .select({ id: pointsEvidence.id })
        .from(pointsEvidence)
        .where(eq(pointsEvidence.claimId, claim.id))
        .limit(1);
      if (!photo) throw new Conflict('此项积分须附照片');
    }
    const [account] = await tx.db
      .select()
      .from(pointsAccounts)
      .where(eq(pointsAccounts.id, claim.accountId))
      .for('update');
    if (rule.cap != null && rule.capPeriod && claim.points > 0) {
      const already = await postedUnderRule(tx, account.id, rule.ruleKey, claim.occurredOn, rule.capPeriod);
      if (already + claim.points > rule.cap)
        throw new Conflict(
          `超出此项上限：本期已得 ${already} 分，上限 ${rule.cap} 分（${{ month: '每月', quarter: '每季', year: '每年' }[rule.capPeriod]}）`,
        );
    }
    await post(tx, {
      accountId: account.id,
      regionCode: account.regionCode,
      system: account.system,
      amount: claim.points,
      kind: claim.points > 0 ? 'award' : 'deduction',
      occurredOn: claim.occurredOn,
      idempotencyKey: `claim:${claim.id}`,
      ruleId: claim.ruleId,
      claimId: claim.id,
      note: claim.note,
    });
    if (rule.freezeMonths && claim.points < 0) {
      const until = addMonths(claim.occurredOn, rule.freezeMonths);
      if (!account.frozenUntil || account.frozenUntil < until)
        await tx.db
          .update(pointsAccounts)
          .set({ frozenUntil: until })
          .where(eq(pointsAccounts.id, account.id));
    }
    const [approved] = await tx.db
      .update(pointsClaims)
      .set({
        status: 'approved',
        decidedBy: tx.actor.userId,
        decidedByName: tx.actor.displayName,
        decidedAt: new Date(),
      })
      .where(and(eq(pointsClaims.id, claim.id), eq(pointsClaims.status, 'pending')))
      .returning();
    await writeAudit(tx.db, tx, {
      action: 'points.claim.approve',
      entity: 'points_claim',
      entityId: claim.id,
      regionCode: claim.regionCode,
      diff: auditDiff({ status: 'pending' }, { status: 'approved', points: claim.points }),
    });
    return (await claimViews(tx, [approved]))[0];
  });
