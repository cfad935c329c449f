import { eq } from 'drizzle-orm';
import { type Ctx, inTransaction } from '../../../platform/context';
import { invalidField } from '../../../platform/errors';
import { setIndicators } from '../set-rule';
import { criteriaIndicators, criteriaSets } from '../tables';
import { auditSet } from './audit-set';
import { getDraftForEdit } from './set-access';
import { setDetail } from './set-view';

// 调整指标顺序 of a draft: `ids` lists every indicator of the set once, in the new order.

export const reorderIndicators = (ctx: Ctx, setId: string, ids: string[]) =>
  inTransaction(ctx, async (tx) => {
    const set = await getDraftForEdit(tx, setId);
    const current = await setIndicators(tx.db, set.id);
    const known = new Set(current.map((i) => i.id));
    if (ids.length !== current.length || new Set(ids).size !== ids.length || ids.some((id) => !known.has(id)))
      throw invalidField('ids', '顺序应列出本标准的每个指标各一次');
    for (const [k, id] of ids.entries())
      await tx.db
        .update(criteriaIndicators)
        .set({ sort: k + 1 })
        .where(eq(criteriaIndicators.id, id));
    await tx.db.update(criteriaSets).set({ updatedAt: new Date() }).where(eq(criteriaSets.id, set.id));
    const codes = new Map(current.map((i) => [i.id, i.code]));
    await auditSet(tx, 'indicator.reorder', set, {
      before: current.map((i) => i.code),
      after: ids.map((id) => codes.get(id)),
    });
    return setDetail(tx.db, set);
  });
