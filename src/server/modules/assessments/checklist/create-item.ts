import { and, eq, sql } from 'drizzle-orm';
import type { ChecklistItemBody } from '../../../../contracts/api/assess-checklist';
import { writeAudit } from '../../../platform/audit/write';
import { newId } from '../../../platform/auth/session';
import { type Ctx, inTransaction } from '../../../platform/context';
import { Conflict, Forbidden } from '../../../platform/errors';
import { ownCounty } from '../../events/catalogue-county';
import { throwIfAny } from '../../events/catalogue-policy';
import { checklistItems } from '../tables';
import { installedFigures } from './figures';
import { auditedItem, itemView } from './item-view';
import { cleanSource, itemCodeError, mayEditCatalogue, normalItemCode, sourceErrors } from './policy';

// 新增十有五化项目: the county adds its own items (H11 …); codes are unique in the county.

/** Serializes edits of one county's catalogue, so a code checked as free stays free until commit. */
export const lockItems = (tx: Ctx, county: string) =>
  tx.db.execute(sql`select pg_advisory_xact_lock(hashtext(${`zhenxing.assess.checklist.${county}`}))`);

export const createItem = (ctx: Ctx, body: ChecklistItemBody) =>
  inTransaction(ctx, async (tx) => {
    if (!mayEditCatalogue(tx.actor.role)) throw new Forbidden('只有县级管理员可以维护十有五化项目');
    const county = ownCounty(tx);
    const code = normalItemCode(body.code);
    const figures = installedFigures();
    throwIfAny([itemCodeError(code), ...sourceErrors(body.source, new Set(figures.keys()))]);
    await lockItems(tx, county);
    const [taken] = await tx.db
      .select({ id: checklistItems.id })
      .from(checklistItems)
      .where(and(eq(checklistItems.regionCode, county), eq(checklistItems.code, code)));
    if (taken) throw new Conflict(`编码 ${code} 已被使用`, [{ path: 'code', message: '编码已被使用' }]);
    const [row] = await tx.db
      .insert(checklistItems)
      .values({
        id: newId(),
        regionCode: county,
        code,
        group: body.group,
        name: body.name,
        evidence: body.evidence?.trim() || null,
        source: cleanSource(body.source) ?? null,
        active: body.active ?? true,
        sort: body.sort ?? 0,
      })
      .returning();
    const view = itemView(row, figures);
    await writeAudit(tx.db, tx, {
      action: 'assessments.checklist.item.create',
      entity: 'checklist_item',
      entityId: row.id,
      regionCode: county,
      diff: { after: auditedItem(view) },
    });
    return view;
  });
