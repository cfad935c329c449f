import { eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { stockInBodySchema } from '../../../contracts/api/points';
import { auditDiff } from '../../platform/audit/diff';
import { writeAudit } from '../../platform/audit/write';
import { newId } from '../../platform/auth/session';
import { type Ctx, inTransaction } from '../../platform/context';
import { getGoods } from './get-shop';
import { once, scopedKey } from './ledger';
import { goodsView } from './shop-view';
import { pointsGoods, pointsStockMoves } from './tables';

/** 入库: adds stock with its source (a helping unit's donation, the village company's profit …). */
export const stockIn = (
  ctx: Ctx,
  goodsId: string,
  body: z.infer<typeof stockInBodySchema>,
  clientKey?: string,
) => {
  const key = scopedKey(ctx, 'stock-in', clientKey);
  return once(
    key,
    async (k) => {
      const [move] = await ctx.db
        .select()
        .from(pointsStockMoves)
        .where(eq(pointsStockMoves.idempotencyKey, k));
      return move ? goodsView(await getGoods(ctx, move.goodsId)) : undefined;
    },
    () =>
      inTransaction(ctx, async (tx) => {
        const goods = await getGoods(tx, goodsId);
        const [after] = await tx.db
          .update(pointsGoods)
          .set({ stock: sql`${pointsGoods.stock} + ${body.quantity}`, updatedAt: new Date() })
          .where(eq(pointsGoods.id, goods.id))
          .returning();
        const moveId = newId();
        await tx.db.insert(pointsStockMoves).values({
          id: moveId,
          regionCode: goods.regionCode,
          shopId: goods.shopId,
          goodsId: goods.id,
          quantity: body.quantity,
          stockAfter: after.stock,
          kind: 'in',
          source: body.source,
          note: body.note ?? null,
          idempotencyKey: key ?? `stock-in:${moveId}`,
          createdBy: tx.actor.userId,
        });
        await writeAudit(tx.db, tx, {
          action: 'points.goods.stock_in',
          entity: 'points_goods',
          entityId: goods.id,
          regionCode: goods.regionCode,
          diff: auditDiff({ stock: goods.stock }, { stock: after.stock, source: body.source }),
        });
        return goodsView(after);
      }),
  );
};
