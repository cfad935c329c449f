import { eq } from 'drizzle-orm';
import { type Ctx, inTransaction } from '../../../platform/context';
import { criteriaIndicators, criteriaSets } from '../tables';
import { auditSet } from './audit-set';
import { getDraftForEdit } from './set-access';
import { indicatorOf } from './update-indicator';

// 删除指标 of a draft.

export const deleteIndicator = (ctx: Ctx, setId: string, indicatorId: string) =>
  inTransaction(ctx, async (tx) => {
    const set = await getDraftForEdit(tx, setId);
    const row = await indicatorOf(tx, set.id, indicatorId);
    await tx.db.delete(criteriaIndicators).where(eq(criteriaIndicators.id, row.id));
    await tx.db.update(criteriaSets).set({ updatedAt: new Date() }).where(eq(criteriaSets.id, set.id));
    await auditSet(tx, 'indicator.delete', set, { before: { code: row.code, name: row.name } });
    return { ok: true as const };
  });
