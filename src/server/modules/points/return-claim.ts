import { eq } from 'drizzle-orm';
import { auditDiff } from '../../platform/audit/diff';
import { writeAudit } from '../../platform/audit/write';
import { type Ctx, inTransaction } from '../../platform/context';
import { Conflict } from '../../platform/errors';
import { claimInReach, ruleForDecision } from './claim-in-reach';
import { claimViews } from './claim-view';
import { pointsClaims } from './tables';

/** 退回: with a reason the proposer sees; nothing is posted. */
export const returnClaim = (ctx: Ctx, claimId: string, reason: string) =>
  inTransaction(ctx, async (tx) => {
    const claim = await claimInReach(tx, claimId, { forUpdate: true });
    if (claim.status !== 'pending') throw new Conflict('只能退回待审核的申报');
    await ruleForDecision(tx, claim);
    const [returned] = await tx.db
      .update(pointsClaims)
      .set({
        status: 'returned',
        reason,
        decidedBy: tx.actor.userId,
        decidedByName: tx.actor.displayName,
        decidedAt: new Date(),
      })
      .where(eq(pointsClaims.id, claim.id))
      .returning();
    await writeAudit(tx.db, tx, {
      action: 'points.claim.return',
      entity: 'points_claim',
      entityId: claim.id,
      regionCode: claim.regionCode,
      diff: auditDiff({ status: 'pending' }, { status: 'returned', reason }),
    });
    return (await claimViews(tx, [returned]))[0];
  });
