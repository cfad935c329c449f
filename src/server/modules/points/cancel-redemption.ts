import { and, eq, sql } from 'drizzle-orm';
import { auditDiff } from '../../platform/audit/diff';
import { writeAudit } from '../../platform/audit/write';
import { newId } from '../../platform/auth/session';
import { type Ctx, inTransaction } from '../../platform/context';
import { Conflict, NotFound } from '../../platform/errors';
import { getAccount } from './accounts';
import { getShop } from './get-shop';
import { post } from './ledger';
import { isOwnAccount } from './my-accounts';
import { actsForSelfOnly, mayCancelRedemption } from './policy';
import { cancelWindow, lockRedemption, redemptionViews } from './redemption-view';
import { pointsGoods, pointsRedemptions, pointsStockMoves } from './tables';

const today = () => new Date().toISOString().slice(0, 10);

/**
 * 撤销: points and stock go back, the ledger and stock moves record both ways. A reservation may be
 * released until it is picked up; goods handed over only within the shop's window.
 */
export const cancelRedemption = (ctx: Ctx, redemptionId: string, reason: string) =>
  inTransaction(ctx, async (tx) => {
    const r = await lockRedemption(tx, redemptionId);
    if (r.status === 'cancelled') throw new Conflict('该兑换已撤销');
    // A villager or party member cancels only their own household's reservation, before pick-up.
    const own = actsForSelfOnly(tx.actor) && (await isOwnAccount(tx, await getAccount(tx, r.accountId)));
    const may = mayCancelRedemption(tx.actor, r, own);
    if (may === 'not-found') throw new NotFound();
    if (may === 'counter-only') throw new Conflict('已领取的兑换请到积分超市柜台办理');
    const shop = await getShop(tx, r.shopId);
    // Goods handed over come back only within the shop's window; a reservation not yet picked
    // up holds points and stock and may be released at any time.
    if (!cancelWindow(r, shop.cancelMinutes).open)
      throw new Conflict(`已超过撤销时限（领取后 ${shop.cancelMinutes} 分钟内可撤销）`);
    const [cancelled] = await tx.db
      .update(pointsRedemptions)
      .set({
        status: 'cancelled',
        cancelledAt: new Date(),
        cancelledBy: tx.actor.userId,
        cancelReason: reason,
      })
      .where(and(eq(pointsRedemptions.id, r.id), sql`${pointsRedemptions.status} <> 'cancelled'`))
      .returning();
    if (!cancelled) throw new Conflict('该兑换已撤销');
    await post(tx, {
      accountId: r.accountId,
      regionCode: r.regionCode,
      system: 'civil',
      amount: r.total,
      kind: 'redeem_cancel',
      occurredOn: today(),
      idempotencyKey: `redeem-cancel:${r.id}`,
      redemptionId: r.id,
      note: reason,
    });
    for (const line of [...r.lines].sort((a, b) => (a.goodsId < b.goodsId ? -1 : 1))) {
      const [after] = await tx.db
        .update(pointsGoods)
        .set({ stock: sql`${pointsGoods.stock} + ${line.quantity}`, updatedAt: new Date() })
        .where(eq(pointsGoods.id, line.goodsId))
        .returning({ stock: pointsGoods.stock });
      await tx.db.insert(pointsStockMoves).values({
        id: newId(),
        regionCode: r.regionCode,
        shopId: r.shopId,
        goodsId: line.goodsId,
        quantity: line.quantity,
        stockAfter: after.stock,
        kind: 'redeem_cancel',
        redemptionId: r.id,
        idempotencyKey: `redeem-cancel:${r.id}:${line.goodsId}`,
        createdBy: tx.actor.userId,
      });
    }
    await writeAudit(tx.db, tx, {
      action: 'points.redeem.cancel',
      entity: 'points_redemption',
      entityId: r.id,
      regionCode: r.regionCode,
      diff: auditDiff({ status: r.status }, { status: 'cancelled', reason, returned: r.total }),
    });
    return (await redemptionViews(tx, [cancelled]))[0];
  });
