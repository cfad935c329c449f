import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { updateShopBodySchema } from '../../../contracts/api/points';
import { auditDiff } from '../../platform/audit/diff';
import { writeAudit } from '../../platform/audit/write';
import { type Ctx, inTransaction } from '../../platform/context';
import { getShop } from './get-shop';
import { shopViews } from './shop-view';
import { pointsShops } from './tables';

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
