import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type {
  goodsBodySchema,
  goodsSchema,
  shopBodySchema,
  shopSchema,
  stockInBodySchema,
  updateGoodsBodySchema,
  updateShopBodySchema,
} from '../../../contracts/api/points';
import { auditDiff } from '../../platform/audit/diff';
import { writeAudit } from '../../platform/audit/write';
import { newId } from '../../platform/auth/session';
import { type Ctx, inTransaction } from '../../platform/context';
import { invalidField, NotFound } from '../../platform/errors';
import { getInScope, inScope, scopeOf, underRegion } from '../../platform/scope';
import { assertVillageInScope } from '../regions/assert-village';
import { regionNames } from '../regions/region-view';
import { once, scopedKey } from './ledger';
import { pointsGoods, pointsShops, pointsStockMoves } from './tables';

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

const shopViews = async (ctx: Ctx, rows: ShopRow[]): Promise<ShopView[]> => {
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

export const getShop = async (ctx: Ctx, shopId: string) => {
  const shop = await getInScope(ctx.db, pointsShops, shopId, scopeOf(ctx.actor));
  if (shop.deletedAt) throw new NotFound();
  return shop;
};

export const listShops = async (ctx: Ctx, q: { regionCode?: string }) => {
  const rows = await ctx.db
    .select()
    .from(pointsShops)
    .where(
      and(
        inScope(pointsShops.regionCode, scopeOf(ctx.actor)),
        q.regionCode ? underRegion(pointsShops.regionCode, q.regionCode) : undefined,
        isNull(pointsShops.deletedAt),
      ),
    )
    .orderBy(asc(pointsShops.regionCode), asc(pointsShops.name));
  return shopViews(ctx, rows);
};

export const createShop = (ctx: Ctx, body: z.infer<typeof shopBodySchema>) =>
  inTransaction(ctx, async (tx) => {
    await assertVillageInScope(tx, body.regionCode);
    const [shop] = await tx.db
      .insert(pointsShops)
      .values({
        id: newId(),
        regionCode: body.regionCode,
        name: body.name,
        cancelMinutes: body.cancelMinutes,
        note: body.note ?? null,
      })
      .returning();
    await writeAudit(tx.db, tx, {
      action: 'points.shop.create',
      entity: 'points_shop',
      entityId: shop.id,
      regionCode: shop.regionCode,
      diff: auditDiff(null, { name: shop.name, cancelMinutes: shop.cancelMinutes }),
    });
    return (await shopViews(tx, [shop]))[0];
  });

export const updateShop = (ctx: Ctx, shopId: string, body: z.infer<typeof updateShopBodySchema>) =>
  inTransaction(ctx, async (tx) => {
    const before = await getShop(tx, shopId);
    const [after] = await tx.db
      .update(pointsShops)
      .set({ ...body, updatedAt: new Date() })
      .where(eq(pointsShops.id, before.id))
      .returning();
    await writeAudit(tx.db, tx, {
      action: 'points.shop.update',
      entity: 'points_shop',
      entityId: after.id,
      regionCode: after.regionCode,
      diff: auditDiff(
        { name: before.name, cancelMinutes: before.cancelMinutes, note: before.note },
        { name: after.name, cancelMinutes: after.cancelMinutes, note: after.note },
      ),
    });
    return (await shopViews(tx, [after]))[0];
  });

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

const getGoods = async (ctx: Ctx, goodsId: string) => {
  const goods = await getInScope(ctx.db, pointsGoods, goodsId, scopeOf(ctx.actor));
  if (goods.deletedAt) throw new NotFound();
  return goods;
};

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
