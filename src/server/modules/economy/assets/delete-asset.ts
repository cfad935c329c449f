import { eq } from 'drizzle-orm';
import { writeAudit } from '../../../platform/audit/write';
import { type Ctx, inTransaction } from '../../../platform/context';
import { Conflict } from '../../../platform/errors';
import { economyAssets } from '../tables';
import { assetView } from './asset-view';
import { loadAsset } from './load';
import { assertMayEdit } from './place';

// Deleting an asset is undoable: lists hide it, restore brings it back as it was.

const setDeleted = (ctx: Ctx, assetId: string, deleted: boolean) =>
  inTransaction(ctx, async (tx) => {
    const before = await loadAsset(tx, assetId, { forUpdate: true, deleted: !deleted });
    assertMayEdit(tx, before.regionCode);
    if (!deleted && !before.deletedAt) throw new Conflict('该资产未被删除');
    const at = new Date();
    await tx.db
      .update(economyAssets)
      .set({ deletedAt: deleted ? at : null, updatedAt: at })
      .where(eq(economyAssets.id, assetId));
    await writeAudit(tx.db, tx, {
      action: deleted ? 'economy.asset.delete' : 'economy.asset.restore',
      entity: 'economy_asset',
      entityId: assetId,
      regionCode: before.regionCode,
      diff: { name: before.name },
    });
    return assetView(tx, assetId);
  });

export const deleteAsset = (ctx: Ctx, assetId: string) => setDeleted(ctx, assetId, true);
export const restoreAsset = (ctx: Ctx, assetId: string) => setDeleted(ctx, assetId, false);
