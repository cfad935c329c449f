import type { Ctx } from '../../platform/context';
import { NotFound } from '../../platform/errors';
import { getInScope, scopeOf } from '../../platform/scope';
import { pointsGoods, pointsShops } from './tables';

/** A shop in scope that is not deleted; NotFound otherwise. */
export const getShop = async (ctx: Ctx, shopId: string) => {
  const shop = await getInScope(ctx.db, pointsShops, shopId, scopeOf(ctx.actor));
  if (shop.deletedAt) throw new NotFound();
  return shop;
};

/** Goods in scope that are not deleted. */
export const getGoods = async (ctx: Ctx, goodsId: string) => {
  const goods = await getInScope(ctx.db, pointsGoods, goodsId, scopeOf(ctx.actor));
  if (goods.deletedAt) throw new NotFound();
  return goods;
};
