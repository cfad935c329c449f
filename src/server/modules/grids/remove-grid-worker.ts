import { and, eq, isNull } from 'drizzle-orm';
import { auditDiff } from '../../platform/audit/diff';
import { writeAudit } from '../../platform/audit/write';
import { type Ctx, inTransaction } from '../../platform/context';
import { NotFound } from '../../platform/errors';
import { loadGridInScope } from './load-grid';
import { gridWorkers } from './tables';
import { auditableWorker } from './worker-view';

export const removeGridWorker = (ctx: Ctx, gridId: string, workerId: string) =>
  inTransaction(ctx, async (tx) => {
    const grid = await loadGridInScope(tx, gridId, true);
    const [worker] = await tx.db
      .update(gridWorkers)
      .set({ deletedAt: new Date() })
      .where(and(eq(gridWorkers.id, workerId), eq(gridWorkers.gridId, gridId), isNull(gridWorkers.deletedAt)))
      .returning();
    if (!worker) throw new NotFound('该网格员不存在');
    await writeAudit(tx.db, tx, {
      action: 'grid.remove_worker',
      entity: 'grid_worker',
      entityId: workerId,
      regionCode: grid.regionCode,
      diff: auditDiff(auditableWorker(tx, worker), null),
    });
    return { ok: true as const };
  });
