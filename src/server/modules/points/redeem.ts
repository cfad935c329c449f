import { randomInt } from 'node:crypto';
import { and, asc, eq, gte, inArray, isNull, sql } from 'drizzle-orm';
import type { RedeemBody } from '../../../contracts/api/points';
import { auditDiff } from '../../platform/audit/diff';
import { writeAudit } from '../../platform/audit/write';
import { newId } from '../../platform/auth/session';
import { type Ctx, inTransaction } from '../../platform/context';
import { Conflict, invalidField, NotFound } from '../../platform/errors';
import { isUnder } from '../../platform/scope';
import { accountOf, holderOf } from './accounts';
import { getShop } from './get-shop';
import { once, post, scopedKey } from './ledger';
import { isOwnAccount } from './my-accounts';
import { actsForSelfOnly, handsOverAtCounter, mayRedeemFor } from './policy';
import { redemptionByKey, redemptionViews } from './redemption-view';
import { pointsGoods, pointsRedemptions, pointsStockMoves, type RedemptionLine } from './tables';

const today = () => new Date().toISOString().slice(0, 10);

/** A 6-digit pick-up code not yet used in the shop. */
const freshCode = async (tx: Ctx, shopId: string): Promise<string> => {
  for (;;) {
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    const [taken] = await tx.db
      .select({ id: pointsRedemptions.id })
      .from(pointsRedemptions)
      .where(and(eq(pointsRedemptions.shopId, shopId), eq(pointsRedemptions.code, code)));
    if (!taken) return code;
  }
};

/** 兑换: at the counter (handed over now) or reserved for pick-up with the code. */
export const redeem = (ctx: Ctx, shopId: string, body: RedeemBody, clientKey?: string) => {
  const key = scopedKey(ctx, 'redeem', clientKey);
  return once(
    key,
    (k) => redemptionByKey(ctx, k),
    async () => {
      // The view is read after the commit: every redemption of a shop (and every audited write of
      // the county) queues on the goods rows and the audit chain until then, so the reads that
      // only shape the answer stay out of that queue.
      const created = await inTransaction(ctx, async (tx) => {
        const shop = await getShop(tx, shopId);
        const holder = await holderOf(tx, 'civil', body.householdId);
        if (!isUnder(holder.regionCode, shop.regionCode))
          throw invalidField('householdId', '该户不属于本超市所在的村');
        const account = await accountOf(tx, holder);
        // A villager or party member reserves for their own household, to pick up with the code.
        const own = actsForSelfOnly(tx.actor) && (await isOwnAccount(tx, account));
        if (!mayRedeemFor(tx.actor, own)) throw new NotFound();
        const handOver = handsOverAtCounter(tx.actor, body.handOver);
        if (account.frozenUntil && account.frozenUntil >= today())
          throw new Conflict(`该户兑换已暂停至 ${account.frozenUntil}`);
        const quantities = new Map<string, number>();
        for (const line of body.lines)
          quantities.set(line.goodsId, (quantities.get(line.goodsId) ?? 0) + line.quantity);
        const goods = await tx.db
          .select()
          .from(pointsGoods)
          .where(
            and(
              inArray(pointsGoods.id, [...quantities.keys()]),
              eq(pointsGoods.shopId, shop.id),
              isNull(pointsGoods.deletedAt),
            ),
          )
          .orderBy(asc(pointsGoods.id));
        if (goods.length !== quantities.size) throw invalidField('lines', '有商品不存在或不属于本超市');
        const off = goods.find((g) => !g.active);
        if (off) throw invalidField('lines', `“${off.name}”已下架`);
        const lines: RedemptionLine[] = goods.map((g) => ({
          goodsId: g.id,
          name: g.name,
          unit: g.unit,
          price: g.price,
          quantity: quantities.get(g.id)!,
        }));
        const total = lines.reduce((s, l) => s + l.price * l.quantity, 0);
        const id = newId();
        // Points first: the account row is the one every redemption of this household queues on.
        const posting = await post(tx, {
          accountId: account.id,
          regionCode: account.regionCode,
          system: 'civil',
          amount: -total,
          kind: 'redeem',
          occurredOn: today(),
          idempotencyKey: `redeem:${id}`,
          redemptionId: id,
          mustCover: true,
        });
        for (const line of lines) {
          const [left] = await tx.db
            .update(pointsGoods)
            .set({ stock: sql`${pointsGoods.stock} - ${line.quantity}`, updatedAt: new Date() })
            .where(and(eq(pointsGoods.id, line.goodsId), gte(pointsGoods.stock, line.quantity)))
            .returning({ stock: pointsGoods.stock });
          if (!left) {
            const [now] = await tx.db
              .select({ stock: pointsGoods.stock })
              .from(pointsGoods)
              .where(eq(pointsGoods.id, line.goodsId));
            throw new Conflict(`库存不足：“${line.name}”仅剩 ${now?.stock ?? 0}${line.unit}`, [
              { path: 'lines', message: `“${line.name}”库存不足` },
            ]);
          }
          await tx.db.insert(pointsStockMoves).values({
            id: newId(),
            regionCode: shop.regionCode,
            shopId: shop.id,
            goodsId: line.goodsId,
            quantity: -line.quantity,
            stockAfter: left.stock,
            kind: 'redeem',
            redemptionId: id,
            idempotencyKey: `redeem:${id}:${line.goodsId}`,
            createdBy: tx.actor.userId,
          });
        }
        const [created] = await tx.db
          .insert(pointsRedemptions)
          .values({
            id,
            regionCode: account.regionCode,
            shopId: shop.id,
            accountId: account.id,
            code: await freshCode(tx, shop.id),
            lines,
            total,
            status: handOver ? 'handed_over' : 'reserved',
            idempotencyKey: key ?? `redeem:${id}`,
            createdBy: tx.actor.userId,
            createdByName: tx.actor.displayName,
            handedOverAt: handOver ? new Date() : null,
          })
          .returning();
        await writeAudit(tx.db, tx, {
          action: 'points.redeem',
          entity: 'points_redemption',
          entityId: id,
          regionCode: account.regionCode,
          diff: auditDiff(null, {
            household: holder.householdNo,
            lines: lines.map((l) => `${l.name}×${l.quantity}`),
            total,
            balanceAfter: posting.balanceAfter,
          }),
        });
        return created;
      });
      return (await redemptionViews(ctx, [created]))[0];
    },
  );
};
