import { and, eq, isNull } from 'drizzle-orm';
import type { RecordStepBody } from '../../../../contracts/api/visits-contacts';
import { auditDiff } from '../../../platform/audit/diff';
import { writeAudit } from '../../../platform/audit/write';
import { newId } from '../../../platform/auth/session';
import { type Ctx, inTransaction } from '../../../platform/context';
import { Conflict, Forbidden, invalidField } from '../../../platform/errors';
import { regionNames } from '../../regions/region-view';
import { tenStepProgress } from '../tables';
import { loadStep, type StepRow } from './load';
import { stepRefusal } from './policy';
import { ownNames } from './ten-steps';

// 十步法: marking a step done records it with its date; marking it again corrects the date and
// note (the township or county correcting a cadre's entry is the same call). Deleting is undoable.

const toStepView = (r: StepRow) => ({
  id: r.id,
  regionCode: r.regionCode,
  cadreName: r.cadreName,
  step: r.step as RecordStepBody['step'],
  doneOn: r.doneOn,
  note: r.note,
  deleted: r.deletedAt !== null,
});

const livingStep = (tx: Ctx, row: Pick<StepRow, 'regionCode' | 'cadreName' | 'step'>) =>
  tx.db
    .select()
    .from(tenStepProgress)
    .where(
      and(
        eq(tenStepProgress.regionCode, row.regionCode),
        eq(tenStepProgress.cadreName, row.cadreName),
        eq(tenStepProgress.step, row.step),
        isNull(tenStepProgress.deletedAt),
      ),
    )
    .for('update');

export const recordStep = (ctx: Ctx, body: RecordStepBody) =>
  inTransaction(ctx, async (tx) => {
    const refusal = stepRefusal(tx.actor, body.regionCode, body.cadreName, await ownNames(tx), body.doneOn);
    if (refusal) throw invalidField(refusal.field, refusal.message);
    if (!(await regionNames(tx.db, [body.regionCode])).has(body.regionCode))
      throw invalidField('regionCode', '该村不存在');
    const [before] = await livingStep(tx, body);
    const values = { doneOn: body.doneOn, note: body.note ?? null };
    const [row] = before
      ? await tx.db
          .update(tenStepProgress)
          .set({ ...values, updatedAt: new Date() })
          .where(eq(tenStepProgress.id, before.id))
          .returning()
      : await tx.db
          .insert(tenStepProgress)
          .values({
            id: newId(),
            regionCode: body.regionCode,
            cadreName: body.cadreName,
            cadreUserId: tx.actor.role === 'stationed_cadre' ? tx.actor.userId : null,
            step: body.step,
            ...values,
          })
          .returning();
    await writeAudit(tx.db, tx, {
      action: before ? 'contacts.ten_step.update' : 'contacts.ten_step.create',
      entity: 'ten_step',
      entityId: row.id,
      regionCode: row.regionCode,
      diff: auditDiff(before ? { doneOn: before.doneOn, note: before.note } : null, {
        cadreName: row.cadreName,
        step: row.step,
        ...values,
      }),
    });
    return toStepView(row);
  });

const setDeleted = (ctx: Ctx, tenStepId: string, deleted: boolean) =>
  inTransaction(ctx, async (tx) => {
    const before = await loadStep(tx, tenStepId, { forUpdate: true, deleted: !deleted });
    if (stepRefusal(tx.actor, before.regionCode, before.cadreName, await ownNames(tx)))
      throw new Forbidden('只有驻村干部本人或乡镇、县可以修改十步法');
    if (!deleted && !before.deletedAt) throw new Conflict('该步骤未被删除');
    if (!deleted && (await livingStep(tx, before)).length) throw new Conflict('该步骤已重新记录，不能恢复');
    const at = new Date();
    const [after] = await tx.db
      .update(tenStepProgress)
      .set({ deletedAt: deleted ? at : null, updatedAt: at })
      .where(eq(tenStepProgress.id, tenStepId))
      .returning();
    await writeAudit(tx.db, tx, {
      action: deleted ? 'contacts.ten_step.delete' : 'contacts.ten_step.restore',
      entity: 'ten_step',
      entityId: tenStepId,
      regionCode: after.regionCode,
    });
    return toStepView(after);
  });

export const deleteStep = (ctx: Ctx, tenStepId: string) => setDeleted(ctx, tenStepId, true);
export const restoreStep = (ctx: Ctx, tenStepId: string) => setDeleted(ctx, tenStepId, false);
