import { eq } from 'drizzle-orm';
import { auditDiff } from '../../platform/audit/diff';
import { writeAudit } from '../../platform/audit/write';
import { type Ctx, inTransaction } from '../../platform/context';
import { Conflict } from '../../platform/errors';
import { lockRedemption, redemptionViews } from './redemption-view';
import { pointsRedemptions } from './tables';

/** 取货: the shopkeeper finds the reservation by its code and hands the goods over. */
export const handOver = (ctx: Ctx, redemptionId: string) =>
  inTransaction(ctx, async (tx) => {
    const r = await lockRedemption(tx, redemptionId);
    if (r.status === 'handed_over') return (await redemptionViews(tx, [r]))[0];
    if (r.status !== 'reserved') throw new Conflict('该兑换已撤销，不能取货');
    const [done] = await tx.db
      .update(pointsRedemptions)
      .set({ status: 'handed_over', handedOverAt: new Date() })
      .where(eq(pointsRedemptions.id, r.id))
      .returning();
    await writeAudit(tx.db, tx, {
      action: 'points.redeem.hand_over',
      entity: 'points_redemption',
      entityId: r.id,
      regionCode: r.regionCode,
      diff: auditDiff({ status: 'reserved' }, { status: 'handed_over' }),
    });
    return (await redemptionViews(tx, [done]))[0];
  });
