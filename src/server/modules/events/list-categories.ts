import { and, asc, eq } from 'drizzle-orm';
import { can } from '../../../contracts/roles';
import type { Ctx } from '../../platform/context';
import { catalogueCounty } from './catalogue-county';
import { categoryView } from './category-view';
import { eventCategories } from './tables';

/** 事件类别 of the caller's county, in the county's order; stopped ones only for the county admin's editor. */
export const listCategories = async (ctx: Ctx, query: { regionCode?: string; includeInactive?: boolean }) => {
  const county = catalogueCounty(ctx, query.regionCode);
  const all = query.includeInactive === true && can(ctx.actor.role, 'events.catalogue');
  const rows = await ctx.db
    .select()
    .from(eventCategories)
    .where(and(eq(eventCategories.regionCode, county), all ? undefined : eq(eventCategories.active, true)))
    .orderBy(asc(eventCategories.sort), asc(eventCategories.code));
  return rows.map(categoryView);
};
