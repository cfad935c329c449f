import { eq } from 'drizzle-orm';
import type { UpdateCategoryBody } from '../../../contracts/api/events-catalogue';
import type { Department } from '../../../contracts/roles';
import { auditDiff } from '../../platform/audit/diff';
import { writeAudit } from '../../platform/audit/write';
import { type Ctx, inTransaction } from '../../platform/context';
import { getInScope, scopeOf } from '../../platform/scope';
import { lockCatalogue } from './catalogue-county';
import { asLimits, categoryErrors, normalCode, throwIfAny } from './catalogue-policy';
import { categoryView } from './category-view';
import { assertCodeFree } from './create-category';
import { eventCategories } from './tables';

// 修改事件类别 (also 停用/启用 through `active`; categories are never deleted, events refer to
// them). New limits apply to stages opened afterwards: an open stage keeps the limit and deadline
// it was opened with (event_stages.limit, due_at).

const audited = (v: ReturnType<typeof categoryView>) => ({
  code: v.code,
  name: v.name,
  description: v.description,
  handlingLevel: v.handlingLevel,
  departments: v.departments,
  limits: v.limits,
  requiredFields: v.requiredFields,
  urgent: v.urgent,
  active: v.active,
  sort: v.sort,
});

export const updateCategory = (ctx: Ctx, categoryId: string, body: UpdateCategoryBody) =>
  inTransaction(ctx, async (tx) => {
    const before = await getInScope(tx.db, eventCategories, categoryId, scopeOf(tx.actor), {
      forUpdate: true,
    });
    throwIfAny(categoryErrors(body));
    const code = body.code === undefined ? undefined : normalCode(body.code);
    if (code !== undefined && code !== before.code) {
      await lockCatalogue(tx, before.regionCode, 'categories');
      await assertCodeFree(tx, before.regionCode, code, before.id);
    }
    const [after] = await tx.db
      .update(eventCategories)
      .set({
        code,
        name: body.name,
        description: body.description === undefined ? undefined : body.description?.trim() || null,
        handlingLevel: body.handlingLevel,
        departments: body.departments as Department[] | undefined,
        limits: body.limits ? asLimits(body.limits) : undefined,
        requiredFields: body.requiredFields,
        urgent: body.urgent,
        active: body.active,
        sort: body.sort,
        updatedAt: new Date(),
      })
      .where(eq(eventCategories.id, before.id))
      .returning();
    const view = categoryView(after);
    const action =
      body.active === false && before.active
        ? 'events.category.deactivate'
        : body.active === true && !before.active
          ? 'events.category.activate'
          : 'events.category.update';
    await writeAudit(tx.db, tx, {
      action,
      entity: 'event_category',
      entityId: after.id,
      regionCode: after.regionCode,
      diff: auditDiff(audited(categoryView(before)), audited(view)),
    });
    return view;
  });
