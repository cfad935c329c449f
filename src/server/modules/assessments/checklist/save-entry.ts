import { and, eq } from 'drizzle-orm';
import type { ChecklistEntryBody, ChecklistEntryView } from '../../../../contracts/api/assess-checklist';
import { writeAudit } from '../../../platform/audit/write';
import { newId } from '../../../platform/auth/session';
import { type Ctx, inTransaction } from '../../../platform/context';
import { Conflict, Forbidden, NotFound } from '../../../platform/errors';
import { countyCodeOf } from '../../../platform/scope';
import { checklistEntries, checklistItems } from '../tables';
import { entryViews } from './entry-views';
import { beijingYear, entryRefusal, handTickRefusal } from './policy';
import { villageInScope } from './village';

// 填写十有五化: the village (or its stationed cadre, township, county) ticks an item and notes how it
// is met. Items the records answer take a note only: their `done` is the records' answer.

export const saveEntry = (ctx: Ctx, village: string, itemId: string, body: ChecklistEntryBody) =>
  inTransaction(ctx, async (tx): Promise<ChecklistEntryView> => {
    await villageInScope(tx, village);
    const [item] = await tx.db
      .select()
      .from(checklistItems)
      .where(and(eq(checklistItems.id, itemId), eq(checklistItems.regionCode, countyCodeOf(village))));
    if (!item) throw new NotFound('没有这个十有五化项目');
    const refusal = entryRefusal(tx.actor.role, body.year, beijingYear());
    if (refusal) throw new Forbidden(refusal);
    if (!item.active) throw new Conflict(`「${item.code}」已停用，不能填写`);
    const byHand = body.done === undefined ? null : handTickRefusal(item);
    if (byHand) throw new Conflict(byHand, [{ path: 'done', message: byHand }]);
    const key = and(
      eq(checklistEntries.regionCode, village),
      eq(checklistEntries.year, body.year),
      eq(checklistEntries.itemId, item.id),
    );
    const [before] = await tx.db.select().from(checklistEntries).where(key).for('update');
    const change = {
      done: body.done,
      note: body.note === undefined ? undefined : body.note?.trim() || null,
      updatedBy: tx.actor.userId,
      updatedAt: new Date(),
    };
    const [after] = before
      ? await tx.db.update(checklistEntries).set(change).where(eq(checklistEntries.id, before.id)).returning()
      : await tx.db
          .insert(checklistEntries)
          .values({ id: newId(), regionCode: village, year: body.year, itemId: item.id, ...change })
          .returning();
    await writeAudit(tx.db, tx, {
      action: 'assessments.checklist.entry.update',
      entity: 'checklist_entry',
      entityId: after.id,
      regionCode: village,
      diff: {
        item: item.code,
        year: body.year,
        before: { done: before?.done ?? false, note: before?.note ?? null },
        after: { done: after.done, note: after.note },
      },
    });
    const [view] = await entryViews(tx, village, body.year, [item]);
    return view;
  });
