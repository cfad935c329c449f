import { eq } from 'drizzle-orm';
import type { UpdateItemBody } from '../../../contracts/api/disclosure';
import { auditDiff } from '../../platform/audit/diff';
import { writeAudit } from '../../platform/audit/write';
import { type Ctx, inTransaction } from '../../platform/context';
import { Conflict, Forbidden } from '../../platform/errors';
import { auditableItem } from './create-item';
import { DISCLOSURE_KIND } from './kinds';
import { assertOpen, kindForVillage, loadItem } from './load';
import { mayDelete, mayDraft } from './policy';
import { disclosureItems } from './tables';

// 修改、删除草稿: only a draft or a returned item changes; what was published is corrected by a
// new version (new-version.ts), never edited or deleted.

export const updateItem = (ctx: Ctx, id: string, b: UpdateItemBody) =>
  inTransaction(ctx, async (tx) => {
    const before = await loadItem(tx, id, true);
    if (!mayDraft(tx.actor)) throw new Forbidden();
    assertOpen(before);
    if (b.kindId && before.change !== 'original' && b.kindId !== before.kindId)
      throw new Conflict('更正不能改变公开类别');
    if (b.kindId) await kindForVillage(tx, before.regionCode, b.kindId);
    const [row] = await tx.db
      .update(disclosureItems)
      .set({
        ...(b.kindId ? { kindId: b.kindId } : {}),
        ...(b.title !== undefined ? { title: b.title } : {}),
        ...(b.period !== undefined ? { period: b.period } : {}),
        ...(b.year !== undefined ? { year: b.year } : {}),
        ...(b.body !== undefined ? { body: b.body } : {}),
        ...(b.table !== undefined ? { content: b.table ?? null } : {}),
        updatedAt: new Date(),
      })
      .where(eq(disclosureItems.id, id))
      .returning();
    await writeAudit(tx.db, tx, {
      action: 'disclosure.item.update',
      entity: DISCLOSURE_KIND,
      entityId: id,
      regionCode: row.regionCode,
      diff: auditDiff(auditableItem(before), auditableItem(row)),
    });
    return row;
  });

export const deleteItem = (ctx: Ctx, id: string) =>
  inTransaction(ctx, async (tx) => {
    const item = await loadItem(tx, id, true);
    if (!mayDelete(tx.actor, item)) {
      if (!mayDraft(tx.actor)) throw new Forbidden();
      throw new Conflict('只有草稿或被退回的事项可以删除；已公开的事项不能删除，可以更正或撤回');
    }
    await tx.db.update(disclosureItems).set({ deletedAt: new Date() }).where(eq(disclosureItems.id, id));
    await writeAudit(tx.db, tx, {
      action: 'disclosure.item.delete',
      entity: DISCLOSURE_KIND,
      entityId: id,
      regionCode: item.regionCode,
      diff: { before: auditableItem(item) },
    });
    return { ok: true as const };
  });
