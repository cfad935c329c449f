import { and, eq, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import type { goodsBodySchema } from '../../../contracts/api/points';
import { auditDiff } from '../../platform/audit/diff';
import { writeAudit } from '../../platform/audit/write';
import { newId } from '../../platform/auth/session';
import { type Ctx, inTransaction } from '../../platform/context';
import { invalidField } from '../../platform/errors';
import { getShop } from './get-shop';
import { goodsView } from './shop-view';
import { pointsGoods } from './tables';

export const createGoods = (ctx: Ctx, shopId: string, body: z.infer<typeof goodsBodySchema>) =>
  inTransaction(ctx, async (tx) => {
    const shop = await getShop(tx, shopId);
    const [clash] = await tx.db
      .select({ id: pointsGoods.id })
      .from(pointsGoods)
      .where(
        and(eq(pointsGoods.shopId, shop.id), eq(pointsGoods.name, body.name), isNull(pointsGoods.deletedAt)),
      );
    if (clash) throw invalidField('name', `本超市已有商品“${body.name}”`);
    const [goods] = await tx.db
      .insert(pointsGoods)
      .values({ id: newId(), regionCode: shop.regionCode, shopId: shop.id, ...body, stock: 0 })
      .returning();
    await writeAudit(tx.db, tx, {
      action: 'points.goods.create',
      entity: 'points_goods',
      entityId: goods.id,
      regionCode: goods.regionCode,
      diff: auditDiff(null, goodsView(goods)),
    });
    return goodsView(goods);
  });
