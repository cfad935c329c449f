import { and, desc, eq } from 'drizzle-orm';
import type { MyShop } from '../../../contracts/api/points';
import type { Ctx } from '../../platform/context';
import { listShops } from './list-shops';
import { myAccounts } from './my-accounts';
import { redemptionViews } from './redemption-view';
import { pointsRedemptions } from './tables';

const OPEN_RESERVATIONS = 20;

/**
 * 积分兑换 for a villager or party member: the household's account, the points supermarkets of
 * its village and the reservations still waiting to be picked up (newest first). Goods are
 * reserved through the ordinary redemption route and picked up at the counter with the code.
 */
export const myShop = async (ctx: Ctx): Promise<MyShop> => {
  const { household } = await myAccounts(ctx);
  if (!household) return { household: null, shops: [], reservations: [] };
  const [shops, rows] = [
    await listShops(ctx, { regionCode: household.regionCode }),
    await ctx.db
      .select()
      .from(pointsRedemptions)
      .where(and(eq(pointsRedemptions.accountId, household.id), eq(pointsRedemptions.status, 'reserved')))
      .orderBy(desc(pointsRedemptions.createdAt), desc(pointsRedemptions.id))
      .limit(OPEN_RESERVATIONS),
  ];
  return { household, shops, reservations: await redemptionViews(ctx, rows) };
};
