import { and, count, eq, isNull } from 'drizzle-orm';
import { writeAudit } from '../../platform/audit/write';
import { type Ctx, inTransaction } from '../../platform/context';
import { Conflict } from '../../platform/errors';
import { householdCountsByGrid } from '../households/grid-lookups';
import { loadGridInScope } from './load-grid';
import { deleteRefusal } from './policy';
import { grids } from './tables';

/** Soft delete, refused while the grid has living children or households. Its code is not reused. */
export const deleteGrid = (ctx: Ctx, gridId: string) =>
  inTransaction(ctx, async (tx) => {
    const grid = await loadGridInScope(tx, gridId, true);
    const [{ children }] = await tx.db
      .select({ children: count() })
      .from(grids)
      .where(and(eq(grids.parentId, gridId), isNull(grids.deletedAt)));
    const households = (await householdCountsByGrid(tx, [gridId])).get(gridId) ?? 0;
    const refusal = deleteRefusal(children, households);
    if (refusal) throw new Conflict(refusal);
    await tx.db.update(grids).set({ deletedAt: new Date() }).where(eq(grids.id, gridId));
    await writeAudit(tx.db, tx, {
      action: 'grid.delete',
      entity: 'grid',
      entityId: gridId,
      regionCode: grid.regionCode,
      diff: { code: grid.code, name: grid.name },
    });
    return { ok: true as const };
  });
