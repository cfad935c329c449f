import { eq, max } from 'drizzle-orm';
import type { IndicatorBody } from '../../../../contracts/api/assess-criteria';
import { newId } from '../../../platform/auth/session';
import { type Ctx, inTransaction } from '../../../platform/context';
import { criteriaIndicators, criteriaSets } from '../tables';
import { auditSet } from './audit-set';
import { assertIndicatorCodeFree, indicatorValues } from './indicator-input';
import { getDraftForEdit } from './set-access';
import { indicatorView } from './set-view';

// 新增指标 to a draft, placed last.

export const addIndicator = (ctx: Ctx, setId: string, body: IndicatorBody) =>
  inTransaction(ctx, async (tx) => {
    const set = await getDraftForEdit(tx, setId);
    const values = indicatorValues(body);
    await assertIndicatorCodeFree(tx, set.id, values.code);
    const [last] = await tx.db
      .select({ sort: max(criteriaIndicators.sort) })
      .from(criteriaIndicators)
      .where(eq(criteriaIndicators.setId, set.id));
    const [row] = await tx.db
      .insert(criteriaIndicators)
      .values({
        id: newId(),
        setId: set.id,
        regionCode: set.regionCode,
        ...values,
        sort: (last?.sort ?? 0) + 1,
      })
      .returning();
    await tx.db.update(criteriaSets).set({ updatedAt: new Date() }).where(eq(criteriaSets.id, set.id));
    await auditSet(tx, 'indicator.create', set, { after: values });
    return indicatorView(row);
  });
