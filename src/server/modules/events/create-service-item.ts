import { and, eq, ne } from 'drizzle-orm';
import type { z } from 'zod';
import type { serviceItemBodySchema } from '../../../contracts/api/events-catalogue';
import { auditDiff } from '../../platform/audit/diff';
import { writeAudit } from '../../platform/audit/write';
import { newId } from '../../platform/auth/session';
import { type Ctx, inTransaction } from '../../platform/context';
import { invalidField } from '../../platform/errors';
import { lockCatalogue, ownCounty } from './catalogue-county';
import { normalCode, serviceItemErrors, throwIfAny } from './catalogue-policy';
import { serviceItemViews } from './service-item-view';
import { eventCategories, serviceItems, type TimeLimit } from './tables';

// 新增服务事项: the county admin adds an item to its service list (codes unique in the county;
// the category a request becomes must be one of the county's active categories).

export const assertServiceCodeFree = async (tx: Ctx, county: string, code: string, exceptId?: string) => {
  const [taken] = await tx.db
    .select({ name: serviceItems.name })
    .from(serviceItems)
    .where(
      and(
        eq(serviceItems.regionCode, county),
        eq(serviceItems.code, code),
        exceptId ? ne(serviceItems.id, exceptId) : undefined,
      ),
    );
  if (taken) throw invalidField('code', `编码 ${code} 已被事项「${taken.name}」使用`);
};

export const assertCategoryOf = async (tx: Ctx, county: string, code: string) => {
  const [category] = await tx.db
    .select({ active: eventCategories.active })
    .from(eventCategories)
    .where(and(eq(eventCategories.regionCode, county), eq(eventCategories.code, normalCode(code))));
  if (!category) throw invalidField('categoryCode', `本县没有编码为 ${code} 的事件类别`);
  if (!category.active) throw invalidField('categoryCode', `事件类别 ${code} 已停用，请选择启用中的类别`);
};

export const auditedItem = (v: Record<string, unknown>) => {
  const { id, regionCode, initials, categoryId, categoryName, updatedAt, ...rest } = v;
  return rest;
};

export const createServiceItem = (ctx: Ctx, body: z.output<typeof serviceItemBodySchema>) =>
  inTransaction(ctx, async (tx) => {
    const county = ownCounty(tx);
    throwIfAny(serviceItemErrors(body));
    const code = normalCode(body.code);
    await lockCatalogue(tx, county, 'services');
    await assertServiceCodeFree(tx, county, code);
    await assertCategoryOf(tx, county, body.categoryCode);
    const [row] = await tx.db
      .insert(serviceItems)
      .values({
        ...body,
        id: newId(),
        regionCode: county,
        code,
        categoryCode: normalCode(body.categoryCode),
        timeLimit: (body.timeLimit as TimeLimit | null | undefined) ?? null,
        limitNote: body.limitNote?.trim() || null,
      })
      .returning();
    const [view] = await serviceItemViews(tx.db, [row]);
    await writeAudit(tx.db, tx, {
      action: 'events.service.create',
      entity: 'service_item',
      entityId: row.id,
      regionCode: county,
      diff: auditDiff(null, auditedItem(view)),
    });
    return view;
  });
