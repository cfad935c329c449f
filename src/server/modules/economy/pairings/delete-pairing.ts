import { eq } from 'drizzle-orm';
import { writeAudit } from '../../../platform/audit/write';
import { type Ctx, inTransaction } from '../../../platform/context';
import { Conflict, Forbidden } from '../../../platform/errors';
import { economyPairings } from '../tables';
import { assertNoActivePairing } from './create-pairing';
import { loadPairing } from './load';
import { toPairingView } from './pairing-view';
import { mayEditPairing } from './policy';

// Deleting is undoable: the pairing gets deletedAt (lists hide it, its activities stay), and
// restoring clears it, unless the two villages have started another active pairing meanwhile.

const setDeleted = (ctx: Ctx, pairingId: string, deleted: boolean) =>
  inTransaction(ctx, async (tx) => {
    const before = await loadPairing(tx, pairingId, { forUpdate: true, deleted: !deleted });
    if (!mayEditPairing(tx.actor, before)) throw new Forbidden('只有受帮扶村所在的县、乡镇可以删除此结对');
    if (!deleted && !before.deletedAt) throw new Conflict('该结对未被删除');
    if (!deleted && before.status === 'active')
      await assertNoActivePairing(tx, before.regionCode, before.strongCode, before.id);
    const at = new Date();
    const [after] = await tx.db
      .update(economyPairings)
      .set({ deletedAt: deleted ? at : null, updatedAt: at })
      .where(eq(economyPairings.id, pairingId))
      .returning();
    await writeAudit(tx.db, tx, {
      action: deleted ? 'economy.pairing.delete' : 'economy.pairing.restore',
      entity: 'economy_pairing',
      entityId: pairingId,
      regionCode: after.regionCode,
    });
    return toPairingView(tx, after);
  });

export const deletePairing = (ctx: Ctx, pairingId: string) => setDeleted(ctx, pairingId, true);
export const restorePairing = (ctx: Ctx, pairingId: string) => setDeleted(ctx, pairingId, false);
