import { and, eq } from 'drizzle-orm';
import type { PatchIndicatorBody } from '../../../../contracts/api/assess-criteria';
import { auditDiff } from '../../../platform/audit/diff';
import { type Ctx, inTransaction } from '../../../platform/context';
import { NotFound } from '../../../platform/errors';
import { criteriaIndicators, criteriaSets } from '../tables';
import { auditSet } from './audit-set';
import { assertIndicatorCodeFree, indicatorValues } from './indicator-input';
import { getDraftForEdit } from './set-access';
import { indicatorView } from './set-view';

// 修改指标 of a draft: the fields given, checked as a whole indicator.

/** An indicator of the set (NotFound otherwise). */
export const indicatorOf = async (tx: Ctx, setId: string, indicatorId: string) => {
  const [row] = await tx.db
    .select()
    .from(criteriaIndicators)
    .where(and(eq(criteriaIndicators.id, indicatorId), eq(criteriaIndicators.setId, setId)));
  if (!row) throw new NotFound();
  return row;
};

export const updateIndicator = (ctx: Ctx, setId: string, indicatorId: string, body: PatchIndicatorBody) =>
  inTransaction(ctx, async (tx) => {
    const set = await getDraftForEdit(tx, setId);
    const before = await indicatorOf(tx, set.id, indicatorId);
    const values = indicatorValues({
      code: body.code ?? before.code,
      area: body.area ?? before.area,
      areaName: body.areaName === undefined ? before.areaName : body.areaName,
      name: body.name ?? before.name,
      description: body.description === undefined ? before.description : body.description,
      method: body.method ?? before.method,
      maxPoints: body.maxPoints ?? before.maxPoints,
      tiers: body.tiers === undefined ? before.tiers : body.tiers,
      evidence: body.evidence === undefined ? before.evidence : body.evidence,
      evidenceRequired: body.evidenceRequired ?? before.evidenceRequired,
      source: body.source === undefined ? before.source : body.source,
    });
    if (values.code !== before.code) await assertIndicatorCodeFree(tx, set.id, values.code, before.id);
    const [after] = await tx.db
      .update(criteriaIndicators)
      .set(values)
      .where(eq(criteriaIndicators.id, before.id))
      .returning();
    await tx.db.update(criteriaSets).set({ updatedAt: new Date() }).where(eq(criteriaSets.id, set.id));
    const { id: _a, setId: _b, regionCode: _c, sort: _d, ...was } = before;
    await auditSet(tx, 'indicator.update', set, { code: after.code, ...auditDiff(was, values) });
    return indicatorView(after);
  });
