import { and, asc, eq, gte, lt, sql } from 'drizzle-orm';
import type { StatementView } from '../../../contracts/api/points';
import type { Ctx } from '../../platform/context';
import { getShop } from './get-shop';
import { pointsGoods, pointsRedemptions, pointsStockMoves } from './tables';

/** 月度对账单 of a shop: stock per goods from the moves, points from the month's redemptions. */
export const monthlyStatement = async (
  ctx: Ctx,
  shop: { id: string; name: string },
  month: string,
): Promise<StatementView> => {
  const start = new Date(`${month}-01T00:00:00+08:00`);
  const [y, m] = month.split('-').map(Number);
  const end = new Date(
    `${m === 12 ? y + 1 : y}-${String(m === 12 ? 1 : m + 1).padStart(2, '0')}-01T00:00:00+08:00`,
  );
  // Three independent reads, sent together.
  const [goods, moves, redemptions] = await Promise.all([
    ctx.db
      .select()
      .from(pointsGoods)
      .where(eq(pointsGoods.shopId, shop.id))
      .orderBy(asc(pointsGoods.sortOrder), asc(pointsGoods.name)),
    ctx.db
      .select({
        goodsId: pointsStockMoves.goodsId,
        kind: pointsStockMoves.kind,
        before: sql<number>`coalesce(sum(${pointsStockMoves.quantity}) filter (where ${pointsStockMoves.createdAt} < ${start}), 0)::int`,
        during: sql<number>`coalesce(sum(${pointsStockMoves.quantity}) filter (where ${pointsStockMoves.createdAt} >= ${start} and ${pointsStockMoves.createdAt} < ${end}), 0)::int`,
      })
      .from(pointsStockMoves)
      .where(and(eq(pointsStockMoves.shopId, shop.id), lt(pointsStockMoves.createdAt, end)))
      .groupBy(pointsStockMoves.goodsId, pointsStockMoves.kind),
    ctx.db
      .select()
      .from(pointsRedemptions)
      .where(
        and(
          eq(pointsRedemptions.shopId, shop.id),
          gte(pointsRedemptions.createdAt, start),
          lt(pointsRedemptions.createdAt, end),
        ),
      ),
  ]);
  const kept = redemptions.filter((r) => r.status !== 'cancelled');
  const pointsOf = new Map<string, number>();
  for (const r of kept)
    for (const l of r.lines) pointsOf.set(l.goodsId, (pointsOf.get(l.goodsId) ?? 0) + l.price * l.quantity);
  return {
    shopId: shop.id,
    shopName: shop.name,
    month,
    goods: goods
      .map((g) => {
        const of = moves.filter((x) => x.goodsId === g.id);
        const during = (kind: string) =>
          of.filter((x) => x.kind === kind).reduce((s, x) => s + Number(x.during), 0);
        const opening = of.reduce((s, x) => s + Number(x.before), 0);
        const stockIn = during('in') + during('adjust');
        const redeemed = -during('redeem');
        const returned = during('redeem_cancel');
        return {
          goodsId: g.id,
          name: g.name,
          unit: g.unit,
          price: g.price,
          opening,
          stockIn,
          redeemed,
          returned,
          closing: opening + stockIn - redeemed + returned,
          points: pointsOf.get(g.id) ?? 0,
        };
      })
      .filter(
        (g) => !goods.find((x) => x.id === g.goodsId)?.deletedAt || g.opening || g.stockIn || g.redeemed,
      ),
    redemptions: redemptions.length,
    cancelled: redemptions.length - kept.length,
    households: new Set(kept.map((r) => r.accountId)).size,
    points: kept.reduce((s, r) => s + r.total, 0),
  };
};

/** 月度对账单 of a shop in the caller's scope (NotFound otherwise). */
export const shopStatement = async (ctx: Ctx, shopId: string, month: string) =>
  monthlyStatement(ctx, await getShop(ctx, shopId), month);
