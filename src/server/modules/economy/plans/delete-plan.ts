import { eq, sql } from 'drizzle-orm';
import { auditDiff } from '../../../platform/audit/diff';
import { writeAudit } from '../../../platform/audit/write';
import { type Ctx, inTransaction } from '../../../platform/context';
import { Conflict, Forbidden } from '../../../platform/errors';
import { getInScope, scopeOf } from '../../../platform/scope';
import { economyPlans } from '../tables';
import { assertNoOverlap, toPlanViews } from './plan-view';
import { mayWritePlans } from './policy';

// Deleting a plan hides it (deletedAt) and can be undone, unless another plan has taken its years meanwhile.

const setDeleted = (ctx: Ctx, planId: string, deleted: boolean) =>
  inTransaction(ctx, async (tx) => {
    if (!mayWritePlans(ctx.actor)) throw new Forbidden();
    const before = await getInScope(tx.db, economyPlans, planId, scopeOf(ctx.actor), { forUpdate: true });
    if (!!before.deletedAt === deleted) throw new Conflict(deleted ? '该方案已删除' : '该方案未被删除');
    if (!deleted) await assertNoOverlap(tx.db, before);
    const [after] = await tx.db
      .update(economyPlans)
      .set({ deletedAt: deleted ? new Date() : null, updatedBy: ctx.actor.userId, updatedAt: sql`now()` })
      .where(eq(economyPlans.id, planId))
      .returning();
    await writeAudit(tx.db, tx, {
      action: deleted ? 'economy.plan.delete' : 'economy.plan.restore',
      entity: 'economy_plan',
      entityId: planId,
      regionCode: after.regionCode,
      diff: auditDiff(before, after),
    });
    return (await toPlanViews(tx, [after]))[0];
  });

export const deletePlan = (ctx: Ctx, planId: string) => setDeleted(ctx, planId, true);
export const restorePlan = (ctx: Ctx, planId: string) => setDeleted(ctx, planId, false);
