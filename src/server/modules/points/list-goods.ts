import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Ctx } from '../../platform/context';
import { getShop } from './get-shop';
import { goodsView } from './shop-view';
import { pointsGoods } from './tables';

export const listGoods = async (ctx: Ctx, shopId: string, o: { includeInactive?: boolean } = {}) => {
  const shop = await getShop(ctx, shopId);
  const rows = await ctx.db
    .select()
    .from(pointsGoods)
    .where(
      and(
        eq(pointsGoods.shopId, shop.id),
        isNull(pointsGoods.deletedAt),
        o.includeInactive ? undefined : eq(pointsGoods.active, true),
      ),
    )
    .orderBy(asc(pointsGoods.sortOrder), asc(pointsGoods.name));
  return rows.map(goodsView);
};
