import { eq } from 'drizzle-orm';
import type { MeasureInput } from '../../../../contracts/api/assess-weak';
import { writeAudit } from '../../../platform/audit/write';
import { newId } from '../../../platform/auth/session';
import { type Ctx, inTransaction } from '../../../platform/context';
import { Conflict, invalidField } from '../../../platform/errors';
import { getInScope, scopeOf } from '../../../platform/scope';
import { weakMeasures, weakOrgs } from '../tables';
import { beijingToday } from './dates';
import { mayAddMeasure, mayMarkDone } from './policy';

// 整顿措施: written by the plan (制定整顿方案) and, while rectifying, one by one; each is marked done
// with a note (and photos of kind weak_measure) by its owner or anyone taking part.

type OrgRow = typeof weakOrgs.$inferSelect;

/** The plan's measures, in the caller's transaction (the workflow's `plan` effect). */
export const insertMeasures = async (tx: Ctx, org: OrgRow, measures: MeasureInput[], from = 0) => {
  const rows = measures.map((m, i) => ({
    id: newId(),
    weakOrgId: org.id,
    regionCode: org.regionCode,
    slot: m.slot ?? null,
    text: m.text,
    ownerName: m.ownerName,
    ownerUserId: m.ownerUserId ?? null,
    deadline: m.deadline,
    sort: from + i + 1,
  }));
  if (rows.length) await tx.db.insert(weakMeasures).values(rows);
  return rows;
};

/** One more measure while rectifying (after a failed acceptance, or a gap found on the way). */
export const addMeasure = (ctx: Ctx, weakId: string, m: MeasureInput) =>
  inTransaction(ctx, async (tx) => {
    const org = await getInScope(tx.db, weakOrgs, weakId, scopeOf(tx.actor), { forUpdate: true });
    if (!mayAddMeasure(tx.actor, org)) throw new Conflict('整顿中时，乡镇或县里才能增加整顿措施');
    if (m.deadline < beijingToday()) throw invalidField('deadline', '完成时限不能早于今天');
    const existing = await tx.db
      .select({ id: weakMeasures.id })
      .from(weakMeasures)
      .where(eq(weakMeasures.weakOrgId, org.id));
    const [row] = await insertMeasures(tx, org, [m], existing.length);
    await writeAudit(tx.db, tx, {
      action: 'assessments.weak.measure.add',
      entity: 'weak_measure',
      entityId: row.id,
      regionCode: org.regionCode,
      diff: { text: m.text, ownerName: m.ownerName, deadline: m.deadline },
    });
    return row;
  });

/** 完成措施: the note says what was done; photos go to the measure (weak_measure). */
export const markMeasureDone = (ctx: Ctx, measureId: string, note: string) =>
  inTransaction(ctx, async (tx) => {
    const measure = await getInScope(tx.db, weakMeasures, measureId, scopeOf(tx.actor), { forUpdate: true });
    const [org] = await tx.db.select().from(weakOrgs).where(eq(weakOrgs.id, measure.weakOrgId));
    if (!mayMarkDone(tx.actor, org, measure))
      throw new Conflict(
        measure.status === 'done' ? '该措施已完成' : '整顿中时，措施的责任人或乡村干部才能标记完成',
      );
    await tx.db
      .update(weakMeasures)
      .set({ status: 'done', doneAt: new Date(), doneNote: note, updatedAt: new Date() })
      .where(eq(weakMeasures.id, measure.id));
    await writeAudit(tx.db, tx, {
      action: 'assessments.weak.measure.done',
      entity: 'weak_measure',
      entityId: measure.id,
      regionCode: measure.regionCode,
      diff: { status: { from: 'open', to: 'done' }, note },
    });
    return { weakId: org.id };
  });
