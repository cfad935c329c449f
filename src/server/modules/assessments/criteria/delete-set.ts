import { eq } from 'drizzle-orm';
import { type Ctx, inTransaction } from '../../../platform/context';
import { criteriaIndicators, criteriaSets } from '../tables';
import { auditSet } from './audit-set';
import { getDraftForEdit } from './set-access';

// 删除草稿: a draft and its indicators (a published set stays: campaigns were scored with it).

export const deleteSet = (ctx: Ctx, setId: string) =>
  inTransaction(ctx, async (tx) => {
    const set = await getDraftForEdit(tx, setId);
    await tx.db.delete(criteriaIndicators).where(eq(criteriaIndicators.setId, set.id));
    await tx.db.delete(criteriaSets).where(eq(criteriaSets.id, set.id));
    await auditSet(tx, 'delete', set, { before: { year: set.year, version: set.version, name: set.name } });
    return { ok: true as const };
  });
