import { eq } from 'drizzle-orm';
import { writeAudit } from '../../platform/audit/write';
import { type Ctx, inTransaction } from '../../platform/context';
import { loadCadreInScope } from './get-cadre';
import { cadres } from './tables';

/** Soft delete: the record leaves lists and figures; the row and its audit trail stay. */
export const deleteCadre = (ctx: Ctx, cadreId: string) =>
  inTransaction(ctx, async (tx) => {
    const cadre = await loadCadreInScope(tx, cadreId, true);
    await tx.db.update(cadres).set({ deletedAt: new Date() }).where(eq(cadres.id, cadreId));
    await writeAudit(tx.db, tx, {
      action: 'cadre.delete',
      entity: 'cadre',
      entityId: cadreId,
      regionCode: cadre.regionCode,
    });
    return { ok: true as const };
  });
