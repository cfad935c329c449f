import { and, eq, ne } from 'drizzle-orm';
import type { z } from 'zod';
import type { categoryBodySchema } from '../../../contracts/api/events-catalogue';
import type { Department } from '../../../contracts/roles';
import { auditDiff } from '../../platform/audit/diff';
import { writeAudit } from '../../platform/audit/write';
import { newId } from '../../platform/auth/session';
import { type Ctx, inTransaction } from '../../platform/context';
import { invalidField } from '../../platform/errors';
import { lockCatalogue, ownCounty } from './catalogue-county';
import { asLimits, categoryErrors, normalCode, throwIfAny } from './catalogue-policy';
import { categoryView } from './category-view';
import { eventCategories } from './tables';

// 新增事件类别: the county admin adds a category of its own (codes unique in the county).

/** Refuses a code another category of the county already has. */
export const assertCodeFree = async (tx: Ctx, county: string, code: string, exceptId?: string) => {
  const [taken] = await tx.db
    .select({ name: eventCategories.name })
    .from(eventCategories)
    .where(
      and(
        eq(eventCategories.regionCode, county),
        eq(eventCategories.code, code),
        exceptId ? ne(eventCategories.id, exceptId) : undefined,
      ),
    );
  if (taken) throw invalidField('code', `编码 ${code} 已被类别「${taken.name}」使用`);
};

export const createCategory = (ctx: Ctx, body: z.output<typeof categoryBodySchema>) =>
  inTransaction(ctx, async (tx) => {
    const county = ownCounty(tx);
    throwIfAny(categoryErrors(body));
    const code = normalCode(body.code);
    await lockCatalogue(tx, county, 'categories');
    await assertCodeFree(tx, county, code);
    const [row] = await tx.db
      .insert(eventCategories)
      .values({
        id: newId(),
        regionCode: county,
        code,
        name: body.name,
        description: body.description?.trim() || null,
        handlingLevel: body.handlingLevel,
        departments: body.departments as Department[],
        limits: asLimits(body.limits),
        requiredFields: body.requiredFields,
        urgent: body.urgent,
        active: body.active,
        sort: body.sort,
      })
      .returning();
    const view = categoryView(row);
    await writeAudit(tx.db, tx, {
      action: 'events.category.create',
      entity: 'event_category',
      entityId: row.id,
      regionCode: county,
      diff: auditDiff(null, { ...view, id: undefined, regionCode: undefined, updatedAt: undefined }),
    });
    return view;
  });
