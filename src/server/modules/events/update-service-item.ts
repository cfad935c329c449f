import { eq } from 'drizzle-orm';
import type { UpdateServiceItemBody } from '../../../contracts/api/events-catalogue';
import { auditDiff } from '../../platform/audit/diff';
import { writeAudit } from '../../platform/audit/write';
import { type Ctx, inTransaction } from '../../platform/context';
import { getInScope, scopeOf } from '../../platform/scope';
import { lockCatalogue } from './catalogue-county';
import { normalCode, serviceItemErrors, throwIfAny } from './catalogue-policy';
import { assertCategoryOf, assertServiceCodeFree, auditedItem } from './create-service-item';
import { serviceItemViews } from './service-item-view';
import { serviceItems, type TimeLimit } from './tables';

// 修改服务事项 (also 停用/启用 through `active`; items are never deleted, requests refer to them).

export const updateServiceItem = (ctx: Ctx, itemId: string, body: UpdateServiceItemBody) =>
  inTransaction(ctx, async (tx) => {
    const before = await getInScope(tx.db, serviceItems, itemId, scopeOf(tx.actor), { forUpdate: true });
    throwIfAny(serviceItemErrors(body));
    const code = body.code === undefined ? undefined : normalCode(body.code);
    if (code !== undefined && code !== before.code) {
      await lockCatalogue(tx, before.regionCode, 'services');
      await assertServiceCodeFree(tx, before.regionCode, code, before.id);
    }
    if (body.categoryCode !== undefined) await assertCategoryOf(tx, before.regionCode, body.categoryCode);
    const [after] = await tx.db
      .update(serviceItems)
      .set({
        ...body,
        code,
        categoryCode: body.categoryCode === undefined ? undefined : normalCode(body.categoryCode),
        timeLimit: body.timeLimit as TimeLimit | null | undefined,
        limitNote: body.limitNote === undefined ? undefined : body.limitNote?.trim() || null,
        updatedAt: new Date(),
      })
      .where(eq(serviceItems.id, before.id))
      .returning();
    const [was, view] = await serviceItemViews(tx.db, [before, after]);
    const action =
      body.active === false && before.active
        ? 'events.service.deactivate'
        : body.active === true && !before.active
          ? 'events.service.activate'
          : 'events.service.update';
    await writeAudit(tx.db, tx, {
      action,
      entity: 'service_item',
      entityId: after.id,
      regionCode: after.regionCode,
      diff: auditDiff(auditedItem(was), auditedItem(view)),
    });
    return view;
  });
