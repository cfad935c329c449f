import { eq } from 'drizzle-orm';
import { auditDiff } from '../../../platform/audit/diff';
import { writeAudit } from '../../../platform/audit/write';
import { type Ctx, inTransaction } from '../../../platform/context';
import { economyTargets } from '../tables';
import { loadEditableTarget } from './target-view';

// A target is removed for good (nothing refers to it); the audit row keeps what it was.

export const deleteTarget = (ctx: Ctx, targetId: string) =>
  inTransaction(ctx, async (tx) => {
    const before = await loadEditableTarget(tx, targetId);
    await tx.db.delete(economyTargets).where(eq(economyTargets.id, targetId));
    await writeAudit(tx.db, tx, {
      action: 'economy.target.delete',
      entity: 'economy_target',
      entityId: targetId,
      regionCode: before.regionCode,
      diff: auditDiff(before, null),
    });
    return { ok: true as const };
  });
