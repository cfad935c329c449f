import { and, inArray, isNull, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { goodsSchema, shopSchema } from '../../../contracts/api/points';
import type { Ctx } from '../../platform/context';
import { regionNames } from '../regions/region-view';
import { pointsGoods, type pointsShops } from './tables';

// 积分超市: a village's shop, its goods with point prices, and stock-in (入库) records. Stock
// changes only together with a stock move, like points only with a ledger entry.

type ShopRow = typeof pointsShops.$inferSelect;

type GoodsRow = typeof pointsGoods.$inferSelect;

export type ShopView = z.infer<typeof shopSchema>;

export type GoodsView = z.infer<typeof goodsSchema>;

export const goodsView = (g: GoodsRow): GoodsView => ({
  id: g.id,
  shopId: g.shopId,
  name: g.name,
  unit: g.unit,
  price: g.price,
  stock: g.stock,
  active: g.active,
  sortOrder: g.sortOrder,
});

export const shopViews = async (ctx: Ctx, rows: ShopRow[]): Promise<ShopView[]> => {
  const names = await regionNames(
    ctx.db,
    rows.map((r) => r.regionCode),
  );
  const counts = new Map<string, number>();
  if (rows.length) {
    const found = await ctx.db
      .select({ shopId: pointsGoods.shopId, n: sql<number>`count(*)::int` })
      .from(pointsGoods)
      .where(
        and(
          inArray(
            pointsGoods.shopId,
            rows.map((r) => r.id),
          ),
          isNull(pointsGoods.deletedAt),
        ),
      )
      .groupBy(pointsGoods.shopId);
    for (const f of found) counts.set(f.shopId, Number(f.n));
  }
  return rows.map((r) => ({
    id: r.id,
    regionCode: r.regionCode,
    villageName: names.get(r.regionCode) ?? null,
    name: r.name,
    cancelMinutes: r.cancelMinutes,
    note: r.note,
    goodsCount: counts.get(r.id) ?? 0,
  }));
};
