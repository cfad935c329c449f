import type { AddGridWorkerBody } from '../../../contracts/api/grids';
import { auditDiff } from '../../platform/audit/diff';
import { writeAudit } from '../../platform/audit/write';
import { newId } from '../../platform/auth/session';
import { users } from '../../platform/auth/tables';
import { type Ctx, inTransaction } from '../../platform/context';
import { invalidField, NotFound } from '../../platform/errors';
import { getInScope, scopeOf } from '../../platform/scope';
import { loadGridInScope } from './load-grid';
import { gridWorkers } from './tables';
import { auditableWorker, toWorkerView } from './worker-view';

export const assertAccountInScope = async (ctx: Ctx, userId: string) => {
  try {
    await getInScope(ctx.db, users, userId, scopeOf(ctx.actor));
  } catch (error) {
    if (error instanceof NotFound) throw invalidField('userId', '账号不存在或不在您的管辖范围内');
    throw error;
  }
};

/**
 * A grid worker (网格员): name, phone stored encrypted, optionally linked to a login account.
 * `at` orders the workers of a grid (an import adds several in one transaction, where now() is one instant).
 */
export const addGridWorker = (ctx: Ctx, gridId: string, body: AddGridWorkerBody, at = new Date()) =>
  inTransaction(ctx, async (tx) => {
    const grid = await loadGridInScope(tx, gridId, true);
    if (body.userId) await assertAccountInScope(tx, body.userId);
    const [worker] = await tx.db
      .insert(gridWorkers)
      .values({
        id: newId(),
        regionCode: grid.regionCode,
        gridId,
        name: body.name,
        phoneEnc: body.phone ? tx.pii.encrypt(body.phone) : null,
        phoneIdx: body.phone ? tx.pii.blindIndex('phone', body.phone) : null,
        userId: body.userId ?? null,
        createdAt: at,
        updatedAt: at,
      })
      .returning();
    await writeAudit(tx.db, tx, {
      action: 'grid.add_worker',
      entity: 'grid_worker',
      entityId: worker.id,
      regionCode: grid.regionCode,
      diff: auditDiff(null, auditableWorker(tx, worker)),
    });
    return toWorkerView(tx, worker);
  });
