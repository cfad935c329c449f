import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { updateGoodsBodySchema } from '../../../contracts/api/points';
import { auditDiff } from '../../platform/audit/diff';
import { writeAudit } from '../../platform/audit/write';
import { type Ctx, inTransaction } from '../../platform/context';
import { getGoods } from './get-shop';
import { goodsView } from './shop-view';
import { pointsGoods } from './tables';

/** Name, unit, price and shelf state; stock changes only through stock-in and redemptions. */
export const updateGoods = (ctx: Ctx, goodsId: string, body: z.infer<typeof updateGoodsBodySchema>) =>
  inTransaction(ctx, async (tx) => {
    const before = await getGoods(tx, goodsId);
    const [after] = await tx.db
      .update(pointsGoods)
      .set({ ...body, updatedAt: new Date() })
      .where(eq(pointsGoods.id, before.id))
      .returning();
    await writeAudit(tx.db, tx, {
      action: 'points.goods.update',
      entity: 'points_goods',
      entityId: after.id,
      regionCode: after.regionCode,
      diff: auditDiff(goodsView(before), goodsView(after)),
    });
    return goodsView(after);
  });
