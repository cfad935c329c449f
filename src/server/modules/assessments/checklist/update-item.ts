import { eq } from 'drizzle-orm';
import type { UpdateChecklistItemBody } from '../../../../contracts/api/assess-checklist';
import { auditDiff } from '../../../platform/audit/diff';
import { writeAudit } from '../../../platform/audit/write';
import { type Ctx, inTransaction } from '../../../platform/context';
import { Forbidden } from '../../../platform/errors';
import { getInScope, scopeOf } from '../../../platform/scope';
import { throwIfAny } from '../../events/catalogue-policy';
import { checklistItems } from '../tables';
import { installedFigures } from './figures';
import { auditedItem, itemView } from './item-view';
import { cleanSource, mayEditCatalogue, sourceErrors } from './policy';

// 修改十有五化项目: name, evidence asked, source, order, 停用/启用 (items are never deleted: entries
// refer to them). A stopped item leaves the villages' checklists and rates; its entries stay.

export const updateItem = (ctx: Ctx, itemId: string, body: UpdateChecklistItemBody) =>
  inTransaction(ctx, async (tx) => {
    const before = await getInScope(tx.db, checklistItems, itemId, scopeOf(tx.actor), { forUpdate: true });
    if (!mayEditCatalogue(tx.actor.role)) throw new Forbidden('只有县级管理员可以维护十有五化项目');
    const figures = installedFigures();
    throwIfAny(sourceErrors(body.source, new Set(figures.keys())));
    const [after] = await tx.db
      .update(checklistItems)
      .set({
        name: body.name,
        evidence: body.evidence === undefined ? undefined : body.evidence?.trim() || null,
        source: cleanSource(body.source),
        active: body.active,
        sort: body.sort,
        updatedAt: new Date(),
      })
      .where(eq(checklistItems.id, before.id))
      .returning();
    const view = itemView(after, figures);
    await writeAudit(tx.db, tx, {
      action: 'assessments.checklist.item.update',
      entity: 'checklist_item',
      entityId: after.id,
      regionCode: after.regionCode,
      diff: auditDiff(auditedItem(itemView(before, figures)), auditedItem(view)),
    });
    return view;
  });
