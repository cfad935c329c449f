import { and, eq, isNotNull, isNull } from 'drizzle-orm';
import { levelOfCode } from '../../../../contracts/region-code';
import { writeAudit } from '../../../platform/audit/write';
import { type Ctx, inTransaction } from '../../../platform/context';
import { invalidField } from '../../../platform/errors';
import { inScope, isInScope, regionScope, scopeOf } from '../../../platform/scope';
import { cadreAssessments } from '../tables';
import { loadAssessment } from './load';
import { assertDraft, assertMay, mayConfirm } from './policy';
import { toView } from './view';

// 县级确认: the county confirms a row (or every graded draft row of a township and year); a
// confirmed row is final and read-only. A row without a grade (scores missing) cannot be confirmed.

export const confirmOne = (ctx: Ctx, id: string) =>
  inTransaction(ctx, async (tx) => {
    const row = await loadAssessment(tx, id, true);
    assertMay(mayConfirm(tx.actor), '考核结果由县级确认');
    assertDraft(row);
    if (!row.grade) throw invalidField('grade', '得分尚未录入完整，不能确认');
    const now = new Date();
    const [updated] = await tx.db
      .update(cadreAssessments)
      .set({ status: 'confirmed', confirmedAt: now, confirmedBy: tx.actor.userId, updatedAt: now })
      .where(eq(cadreAssessments.id, id))
      .returning();
    await writeAudit(tx.db, tx, {
      action: 'assessments.cadre.confirm',
      entity: 'cadre_assessment',
      entityId: id,
      regionCode: row.regionCode,
      diff: { total: row.total, grade: row.grade, payCoefficient: row.payCoefficient },
    });
    return toView(tx, updated);
  });

export const confirmTownship = (ctx: Ctx, body: { year: number; township: string }) =>
  inTransaction(ctx, async (tx) => {
    assertMay(mayConfirm(tx.actor), '考核结果由县级确认');
    if (levelOfCode(body.township) !== 'township' || !isInScope(body.township, scopeOf(tx.actor)))
      throw invalidField('township', '请选择本县的乡镇');
    const drafts = and(
      inScope(cadreAssessments.regionCode, regionScope(body.township)),
      eq(cadreAssessments.year, body.year),
      eq(cadreAssessments.status, 'draft'),
    );
    const now = new Date();
    const confirmed = await tx.db
      .update(cadreAssessments)
      .set({ status: 'confirmed', confirmedAt: now, confirmedBy: tx.actor.userId, updatedAt: now })
      .where(and(drafts, isNotNull(cadreAssessments.grade)))
      .returning({ id: cadreAssessments.id });
    const ungraded = await tx.db
      .select({ id: cadreAssessments.id })
      .from(cadreAssessments)
      .where(and(drafts, isNull(cadreAssessments.grade)));
    await writeAudit(tx.db, tx, {
      action: 'assessments.cadre.confirm_bulk',
      entity: 'cadre_assessment',
      entityId: null,
      regionCode: body.township,
      diff: { year: body.year, confirmed: confirmed.length, ungraded: ungraded.length },
    });
    return { confirmed: confirmed.length, ungraded: ungraded.length };
  });
