import { eq } from 'drizzle-orm';
import { type Ctx, inTransaction } from '../../../platform/context';
import { setIndicators } from '../set-rule';
import { criteriaSets } from '../tables';
import { auditSet } from './audit-set';
import { figureKeys } from './installed-figures';
import { publishErrors, throwIfAny } from './policy';
import { getDraftForEdit } from './set-access';
import { setDetail } from './set-view';

// 发布评定标准: checks the draft as a whole (policy.publishErrors) and freezes it.

export const publishSet = (ctx: Ctx, setId: string) =>
  inTransaction(ctx, async (tx) => {
    const set = await getDraftForEdit(tx, setId);
    const indicators = await setIndicators(tx.db, set.id);
    throwIfAny(publishErrors(set, indicators, figureKeys()));
    const now = new Date();
    const [after] = await tx.db
      .update(criteriaSets)
      .set({ status: 'published', publishedAt: now, publishedBy: tx.actor.userId, updatedAt: now })
      .where(eq(criteriaSets.id, set.id))
      .returning();
    await auditSet(tx, 'publish', after, {
      before: { status: 'draft' },
      after: { status: 'published', year: after.year, version: after.version, indicators: indicators.length },
    });
    return setDetail(tx.db, after);
  });
