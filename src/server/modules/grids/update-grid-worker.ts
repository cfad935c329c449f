import { and, eq, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import { addGridWorkerBodySchema } from '../../../contracts/api/grids';
import { auditDiff } from '../../platform/audit/diff';
import { writeAudit } from '../../platform/audit/write';
import { type Ctx, inTransaction } from '../../platform/context';
import { NotFound } from '../../platform/errors';
import { assertAccountInScope } from './add-grid-worker';
import { loadGridInScope } from './load-grid';
import { gridWorkers } from './tables';
import { auditableWorker, toWorkerView } from './worker-view';

/** What a grid worker's edit may change: the fields of add, each optional; null clears phone or account. */
export const updateGridWorkerBodySchema = addGridWorkerBodySchema.partial();
type UpdateGridWorkerBody = z.infer<typeof updateGridWorkerBodySchema>;

/** Changes a grid worker's name, phone (stored encrypted) or login account. */
export const updateGridWorker = (ctx: Ctx, gridId: string, workerId: string, body: UpdateGridWorkerBody) =>
  inTransaction(ctx, async (tx) => {
    const grid = await loadGridInScope(tx, gridId, true);
    const where = and(
      eq(gridWorkers.id, workerId),
      eq(gridWorkers.gridId, gridId),
      isNull(gridWorkers.deletedAt),
    );
    const [before] = await tx.db.select().from(gridWorkers).where(where).for('update');
    if (!before) throw new NotFound('该网格员不存在');
    if (body.userId) await assertAccountInScope(tx, body.userId);
    const phone =
      body.phone === undefined
        ? {}
        : {
            phoneEnc: body.phone ? tx.pii.encrypt(body.phone) : null,
            phoneIdx: body.phone ? tx.pii.blindIndex('phone', body.phone) : null,
          };
    const [after] = await tx.db
      .update(gridWorkers)
      .set({ name: body.name, userId: body.userId, ...phone, updatedAt: new Date() })
      .where(where)
      .returning();
    await writeAudit(tx.db, tx, {
      action: 'grid.update_worker',
      entity: 'grid_worker',
      entityId: workerId,
      regionCode: grid.regionCode,
      diff: auditDiff(auditableWorker(tx, before), auditableWorker(tx, after)) ?? { note: 'no change' },
    });
    return toWorkerView(tx, after);
  });
