import { eq } from 'drizzle-orm';
import type { PatchSetBody } from '../../../../contracts/api/assess-criteria';
import { auditDiff } from '../../../platform/audit/diff';
import { type Ctx, inTransaction } from '../../../platform/context';
import { criteriaSets } from '../tables';
import { auditSet } from './audit-set';
import { thresholdsErrors, throwIfAny } from './policy';
import { getDraftForEdit } from './set-access';
import { setDetail } from './set-view';

// 修改评定标准 (name, star thresholds, rules): drafts only.

export const updateSet = (ctx: Ctx, setId: string, body: PatchSetBody) =>
  inTransaction(ctx, async (tx) => {
    const before = await getDraftForEdit(tx, setId);
    if (body.thresholds) throwIfAny(thresholdsErrors(body.thresholds));
    const rules = body.rules
      ? { ...body.rules, satisfaction: body.rules.satisfaction ?? null, caps: body.rules.caps ?? null }
      : undefined;
    const [after] = await tx.db
      .update(criteriaSets)
      .set({ name: body.name, thresholds: body.thresholds, rules, updatedAt: new Date() })
      .where(eq(criteriaSets.id, before.id))
      .returning();
    const pick = (s: typeof before) => ({ name: s.name, thresholds: s.thresholds, rules: s.rules });
    await auditSet(tx, 'update', after, auditDiff(pick(before), pick(after)));
    return setDetail(tx.db, after);
  });
