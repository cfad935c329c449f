import type { z } from 'zod';
import type { shopBodySchema } from '../../../contracts/api/points';
import { auditDiff } from '../../platform/audit/diff';
import { writeAudit } from '../../platform/audit/write';
import { newId } from '../../platform/auth/session';
import { type Ctx, inTransaction } from '../../platform/context';
import { assertVillageInScope } from '../regions/assert-village';
import { shopViews } from './shop-view';
import { pointsShops } from './tables';

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
