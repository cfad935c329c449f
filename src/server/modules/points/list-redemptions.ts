import { and, desc, eq, sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/context';
import { getShop } from './get-shop';
import { type RedemptionRow, redemptionViews } from './redemption-view';
import { pointsRedemptions } from './tables';

export const listRedemptions = async (
  ctx: Ctx,
  shopId: string,
  q: { code?: string; status?: RedemptionRow['status']; page: number; pageSize: number },
) => {
  const shop = await getShop(ctx, shopId);
  const where = and(
    eq(pointsRedemptions.shopId, shop.id),
    q.code ? eq(pointsRedemptions.code, q.code) : undefined,
    q.status ? eq(pointsRedemptions.status, q.status) : undefined,
  );
  const [rows, [{ total }]] = await Promise.all([
    ctx.db
      .select()
      .from(pointsRedemptions)
      .where(where)
      .orderBy(desc(pointsRedemptions.createdAt), desc(pointsRedemptions.id))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    ctx.db.select({ total: sql<number>`count(*)::int` }).from(pointsRedemptions).where(where),
  ]);
  return {
    items: await redemptionViews(ctx, rows),
    total: Number(total),
    page: q.page,
    pageSize: q.pageSize,
  };
};
