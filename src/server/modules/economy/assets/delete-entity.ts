import { eq } from 'drizzle-orm';
import { writeAudit } from '../../../platform/audit/write';
import { type Ctx, inTransaction } from '../../../platform/context';
import { Conflict } from '../../../platform/errors';
import { economyEntities } from '../tables';
import { entityView } from './entity-view';
import { loadEntity } from './load';
import { assertMayEdit } from './place';

// Deleting an enterprise or cooperative is undoable; the benefits it paid keep its name.

const setDeleted = (ctx: Ctx, entityId: string, deleted: boolean) =>
  inTransaction(ctx, async (tx) => {
    const before = await loadEntity(tx, entityId, { forUpdate: true, deleted: !deleted });
    assertMayEdit(tx, before.regionCode);
    if (!deleted && !before.deletedAt) throw new Conflict('该经营主体未被删除');
    const at = new Date();
    await tx.db
      .update(economyEntities)
      .set({ deletedAt: deleted ? at : null, updatedAt: at })
      .where(eq(economyEntities.id, entityId));
    await writeAudit(tx.db, tx, {
      action: deleted ? 'economy.entity.delete' : 'economy.entity.restore',
      entity: 'economy_entity',
      entityId,
      regionCode: before.regionCode,
      diff: { name: before.name },
    });
    return entityView(tx, entityId);
  });

export const deleteEntity = (ctx: Ctx, entityId: string) => setDeleted(ctx, entityId, true);
export const restoreEntity = (ctx: Ctx, entityId: string) => setDeleted(ctx, entityId, false);
